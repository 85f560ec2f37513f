import TribunalKernel
import Accounts

/// Where a case stands in its life before the Tribunal.
///
/// docketed → assigned → hearingScheduled → heard → decided → closed; a case may be decided on
/// the papers without a hearing (CPL Art. 176), so decided also follows assigned.
public enum CaseStatus: String, CaseIterable, Codable, Sendable {
    case docketed
    case assigned
    case hearingScheduled
    case heard
    case decided
    case closed
}
