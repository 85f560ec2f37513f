import TribunalKernel
import Accounts

/// A change to a case that its history records. Each move is checked against the case's present
/// state by `CourtCase.apply(_:staff:actor:at:)`.
public enum CaseMove: Sendable, Hashable {
    case changeParties([Party])
    case assignPanel(Panel)
    case scheduleHearing(on: CalendarDate)
    case recordHearing(on: CalendarDate)
    case decide(Disposition, on: CalendarDate)
    case close(on: CalendarDate)
    case recordExclusion(TrialPeriodExclusion)
    case endExclusion(index: Int, on: CalendarDate)
    case approveExtension(TrialPeriodExtension)
    case requestExtension(TrialPeriodExtensionRequest)
    case refuseExtension(on: CalendarDate, by: String, reason: String)

    /// The name used in the API's path and in error messages.
    public var name: String {
        switch self {
        case .changeParties: return "change-parties"
        case .assignPanel: return "assign-panel"
        case .scheduleHearing: return "schedule-hearing"
        case .recordHearing: return "record-hearing"
        case .decide: return "decide"
        case .close: return "close"
        case .recordExclusion: return "record-exclusion"
        case .endExclusion: return "end-exclusion"
        case .approveExtension: return "approve-extension"
        case .requestExtension: return "request-extension"
        case .refuseExtension: return "refuse-extension"
        }
    }
}

/// A move the case's present state does not allow.
public enum CaseLifecycleError: DomainFailure, Equatable {
    case undecidedCaseCannotClose(CaseStatus)
    case closedCaseIsFinal(move: String)
    case decidedCaseCannotChange(move: String)
    case moveNotAllowed(move: String, from: CaseStatus)
    case panelRequired(move: String)
    case noRunningExclusion(index: Int)
    /// Someone else changed the case between reading and writing it.
    case changedConcurrently

    public var failureKind: DomainFailureKind { .illegalMove }

    public var field: String? {
        switch self {
        case .noRunningExclusion: return "index"
        case .panelRequired: return "panel"
        case .changedConcurrently: return "version"
        default: return "status"
        }
    }

    public var reason: String {
        switch self {
        case let .undecidedCaseCannotClose(status):
            return "a case is closed only after it is decided; this one is \(status.rawValue)"
        case let .closedCaseIsFinal(move):
            return "the case is closed; '\(move)' is no longer possible"
        case let .decidedCaseCannotChange(move):
            return "the case is decided; '\(move)' is no longer possible"
        case let .moveNotAllowed(move, status):
            return "'\(move)' is not possible while the case is \(status.rawValue)"
        case let .panelRequired(move):
            return "'\(move)' needs a panel; assign one first"
        case let .noRunningExclusion(index):
            return "there is no running excluded interval at index \(index)"
        case .changedConcurrently:
            return "the case was changed by someone else meanwhile; reload it and try again"
        }
    }
}
