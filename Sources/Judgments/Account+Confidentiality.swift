import Accounts
import Docket
import TribunalKernel

extension Account {
    /// Whether the account may read the confidential passages (technical secrets) of `courtCase`'s
    /// judgments: the case's panel, its assistant and clerk, and those who publish judgments.
    public func mayReadConfidentialPassages(of courtCase: CourtCase) -> Bool {
        if JudgmentPermissions.set.may(role, .publishJudgments) { return true }
        guard let staffId, let panel = courtCase.panel else { return false }
        return panel.allJudgeIds.contains(staffId) || panel.assistantId == staffId || panel.clerkId == staffId
    }
}

/// Refused: the text has confidential passages, and only the case's panel, its assistant and
/// clerk, and those who publish may read or rewrite them.
public struct ConfidentialPassagesWithheld: DomainFailure, Equatable {
    public var failureKind: DomainFailureKind { .forbidden }
    public var field: String? { "zh.sections" }
    public var reason: String {
        "only the case's panel, its assistant and clerk, and those who publish read or edit a judgment's confidential passages"
    }

    public init() {}
}
