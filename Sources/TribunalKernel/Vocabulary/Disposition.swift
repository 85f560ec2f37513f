/// How the Tribunal disposed of a case (结案方式).
public enum Disposition: String, CaseIterable, Codable, Sendable {
    /// 驳回上诉，维持原判
    case affirmed
    /// 撤销原判，改判
    case reversed
    /// 部分改判
    case modified
    /// 发回重审
    case remanded
    /// 准许撤回上诉
    case withdrawn
    /// 调解结案
    case mediated
    /// 驳回起诉 / 驳回再审申请
    case dismissed
    /// 移送
    case transferred

    public var zh: String {
        switch self {
        case .affirmed: return "驳回上诉，维持原判"
        case .reversed: return "撤销原判，依法改判"
        case .modified: return "部分改判"
        case .remanded: return "发回重审"
        case .withdrawn: return "准许撤回上诉"
        case .mediated: return "调解"
        case .dismissed: return "驳回"
        case .transferred: return "移送"
        }
    }

    public var en: String {
        switch self {
        case .affirmed: return "Appeal dismissed, judgment affirmed"
        case .reversed: return "Reversed"
        case .modified: return "Modified in part"
        case .remanded: return "Remanded for retrial"
        case .withdrawn: return "Withdrawal of appeal permitted"
        case .mediated: return "Mediated"
        case .dismissed: return "Dismissed"
        case .transferred: return "Transferred"
        }
    }
}
