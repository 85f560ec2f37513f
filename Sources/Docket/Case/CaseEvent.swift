import Foundation
import TribunalKernel
import Accounts

/// One entry in a case's history: who did what, and when. The history is append-only.
public struct CaseEvent: Codable, Hashable, Sendable {
    /// What happened.
    public enum Kind: String, Codable, Sendable {
        case docketed
        case partiesChanged
        case panelAssigned
        case hearingScheduled
        case heard
        case decided
        case closed
        case exclusionRecorded
        case exclusionEnded
        case extensionApproved
        case extensionRequested
        case extensionRefused
    }

    public var kind: Kind
    /// The account that made the change.
    public var actor: String
    public var at: Date
    /// A sentence for the history view, e.g. "Panel assigned: 审判长 张三 …".
    public var summary: String

    public init(kind: Kind, actor: String, at: Date, summary: String) {
        self.kind = kind
        self.actor = actor
        self.at = at
        self.summary = summary
    }
}
