import Foundation
import TribunalKernel
import Accounts
import Docket

/// Judgments on their way to the public, and their published versions.
///
/// Every write is one transaction. Publishing stores the version, marks the judgment and updates
/// the search index together, so that the index never shows text that is not published.
public protocol JudgmentRepository: Sendable {
    /// Stores a new judgment of the case: reads the case inside the transaction, lets `make`
    /// build the judgment from it (and refuse it, by throwing), and returns it with its id.
    /// Throws `NotFound` for an unknown case; nothing is written if `make` throws.
    func draft(caseId: Int64, _ make: @Sendable (CourtCase) throws -> Judgment) async throws -> Judgment

    /// One judgment (staff side, with its confidential passages), or nil.
    func judgment(id: Int64) async throws -> Judgment?

    /// A case's judgments, oldest first.
    func judgments(caseId: Int64) async throws -> [Judgment]

    /// Reads the judgment, lets `change` edit it, and stores the result; throws `NotFound` for an
    /// unknown id. Nothing is written if `change` throws.
    func updateJudgment(id: Int64, _ change: @Sendable (inout Judgment) throws -> Void) async throws -> Judgment

    /// Publishes the judgment's next version: reads the judgment and its case inside the
    /// transaction (locked against changes until it commits), lets `make` check them and build
    /// the publication (and refuse, by throwing), then stores it as the next version, marks the
    /// judgment published and indexes it in place of the previous version. Throws `NotFound` for
    /// an unknown judgment; nothing is written if `make` throws.
    func publish(judgmentId: Int64, _ make: @Sendable (Judgment, CourtCase) throws -> PublishedJudgment) async throws -> PublishedJudgment

    /// Every published version of the judgments with this number (with its 之n suffix, if any),
    /// oldest first.
    func publications(caseNumber: CaseNumber) async throws -> [PublishedJudgment]

    /// The newest published judgments (latest versions only), newest decision first.
    func latestPublications(limit: Int, offset: Int) async throws -> [PublishedJudgment]

    /// The newest guiding, typical and benchmark cases (latest versions only).
    func designatedPublications(limit: Int) async throws -> [PublishedJudgment]

    /// Records that the account read the judgment's confidential passages at `instant`.
    func recordConfidentialRead(accountId: Int64, judgmentId: Int64, at instant: Date) async throws

    /// Who read the judgment's confidential passages, and when, oldest first.
    func confidentialReads(judgmentId: Int64) async throws -> [ConfidentialRead]
}

/// One read of a judgment's confidential passages.
public struct ConfidentialRead: Codable, Hashable, Sendable {
    public var accountId: Int64
    public var judgmentId: Int64
    public var at: Date

    public init(accountId: Int64, judgmentId: Int64, at: Date) {
        self.accountId = accountId
        self.judgmentId = judgmentId
        self.at = at
    }
}
