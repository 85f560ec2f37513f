/// What a published case is designated as, besides an ordinary judgment.
public enum DesignationKind: String, CaseIterable, Codable, Sendable {
    /// 指导性案例 of the Supreme People's Court
    case guiding
    /// 典型案例
    case typical
    /// 参阅案例 / benchmark case of the Tribunal
    case benchmark
}
