import Accounts
import TribunalKernel

extension Permission {
    /// Draft judgments and check their redaction.
    public static let draftJudgments = Permission("draftJudgments")
    /// Publish judgments and their corrections.
    public static let publishJudgments = Permission("publishJudgments")
}

/// The judgments module's permissions.
public enum JudgmentPermissions {
    public static let set = PermissionSet(module: "judgments", grants: [
        .draftJudgments: [.presidingJudge, .judge, .assistant],
        .publishJudgments: [.admin, .presidingJudge],
    ])
}
