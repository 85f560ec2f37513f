/// What an account may do on the staff side. Public routes need no account.
public enum StaffAction: String, Sendable, CaseIterable {
    /// Read the docket, histories and trial periods.
    case readDocket
    /// Docket cases and change their parties (立案).
    case docketCases
    /// Form and change panels.
    case assignPanels
    /// Schedule and record hearings.
    case manageHearings
    /// Decide cases.
    case decideCases
    /// Close decided cases (结案).
    case closeCases
    /// Record excluded intervals and approved extensions of the trial period.
    case manageTrialPeriods
    /// Draft judgments and check their redaction.
    case draftJudgments
    /// Publish judgments and their corrections.
    case publishJudgments
    /// Add staff members and accounts.
    case administer
    /// Read what the public sent to the court's mailbox (the court office and its leaders).
    case readMailbox
}

extension Account.Role {
    /// Whether the role may take `action`. Judges decide; clerks and assistants keep the docket;
    /// presiding judges form panels; admins run the system but do not decide cases.
    public func may(_ action: StaffAction) -> Bool {
        switch action {
        case .readDocket, .manageHearings:
            return true
        case .docketCases, .closeCases:
            return [.admin, .clerk, .assistant].contains(self)
        case .assignPanels:
            return [.admin, .presidingJudge].contains(self)
        case .decideCases:
            return [.presidingJudge, .judge].contains(self)
        case .manageTrialPeriods:
            return [.admin, .presidingJudge, .assistant].contains(self)
        case .draftJudgments:
            return [.presidingJudge, .judge, .assistant].contains(self)
        case .publishJudgments:
            return [.admin, .presidingJudge].contains(self)
        case .administer:
            return self == .admin
        case .readMailbox:
            return [.admin, .presidingJudge].contains(self)
        }
    }
}

extension Account {
    /// Whether the account may read the confidential passages (technical secrets) of `courtCase`'s
    /// judgments: the case's panel, its assistant and clerk, and those who publish judgments.
    public func mayReadConfidentialPassages(of courtCase: CourtCase) -> Bool {
        if role.may(.publishJudgments) { return true }
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
