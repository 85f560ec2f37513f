import Foundation
import TribunalKernel

/// What the parties report about the respondent's obedience to a preservation order: the
/// respondent's compliance, or the applicant's report of a breach. Each names the day it
/// happened; the fine statement is worked out from them.
public struct ComplianceReport: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Hashable, Sendable {
        /// The respondent complies from `on` (recorded by the court on the respondent's report).
        case compliance
        /// The applicant reports that the respondent breached the order from `on`.
        case breach
    }

    public var kind: Kind
    /// The day the compliance or the breach began.
    public var on: CalendarDate
    /// What was reported, in a sentence or two.
    public var details: String
    /// Who reported it (the party's name) and who recorded it (the account).
    public var reportedBy: String
    public var recordedBy: String
    public var recordedAt: Date

    public init(kind: Kind, on: CalendarDate, details: String, reportedBy: String, recordedBy: String, recordedAt: Date) {
        self.kind = kind
        self.on = on
        self.details = details
        self.reportedBy = reportedBy
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
