import Accounts
import TribunalKernel

extension Permission {
    /// File applications for preservation and record compliance and breach reports.
    public static let recordPreservation = Permission("recordPreservation")
    /// Rule on preservation, decide reconsideration, lift an order.
    public static let rulePreservation = Permission("rulePreservation")
    /// Assess damages and record an assessment on a case.
    public static let assessDamages = Permission("assessDamages")
    /// Read the court's judicial statistics and dashboard.
    public static let readStatistics = Permission("readStatistics")
}

/// Court operations' permissions: clerks and assistants record what arrives, the panel's judges
/// rule; leaders read the figures.
public enum CourtOperationsPermissions {
    public static let set = PermissionSet(module: "courtOperations", grants: [
        .recordPreservation: [.clerk, .assistant, .presidingJudge, .judge],
        .rulePreservation: [.presidingJudge, .judge],
        .assessDamages: [.presidingJudge, .judge, .assistant],
        .readStatistics: [.courtLeader, .presidingJudge, .admin],
    ])
}
