import Accounts
import TribunalKernel

extension Permission {
    /// Read the docket, histories and trial periods.
    public static let readDocket = Permission("readDocket")
    /// Docket cases and change their parties (立案).
    public static let docketCases = Permission("docketCases")
    /// Form and change panels.
    public static let assignPanels = Permission("assignPanels")
    /// Schedule and record hearings.
    public static let manageHearings = Permission("manageHearings")
    /// Decide cases.
    public static let decideCases = Permission("decideCases")
    /// Close decided cases (结案).
    public static let closeCases = Permission("closeCases")
    /// Record excluded intervals of the trial period.
    public static let manageTrialPeriods = Permission("manageTrialPeriods")
    /// Ask for an extension of a case's trial period (the panel).
    public static let requestExtensions = Permission("requestExtensions")
    /// Approve or refuse an extension (the court's president: CPL 2023 Art. 183).
    public static let decideExtensions = Permission("decideExtensions")
}

/// The docket's permissions. Judges decide; clerks and assistants keep the docket; presiding
/// judges form panels; the court's leaders read everything and decide extensions; admins run the
/// system but do not decide cases.
public enum DocketPermissions {
    public static let set = PermissionSet(module: "docket", grants: [
        .readDocket: Set(Role.staffRoles),
        .manageHearings: [.admin, .presidingJudge, .judge, .assistant, .clerk],
        .docketCases: [.admin, .clerk, .assistant],
        .closeCases: [.admin, .clerk, .assistant],
        .assignPanels: [.admin, .presidingJudge],
        .decideCases: [.presidingJudge, .judge],
        .manageTrialPeriods: [.admin, .presidingJudge, .assistant, .courtLeader],
        .requestExtensions: [.presidingJudge, .judge, .assistant],
        .decideExtensions: [.courtLeader],
    ])
}
