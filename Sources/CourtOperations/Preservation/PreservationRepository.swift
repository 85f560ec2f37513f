import Foundation
import TribunalKernel

/// Where preservation matters are kept: SQLiteStore and PostgresStore implement it, and the store
/// contract suite runs the same tests against both. Every write is one transaction.
public protocol PreservationRepository: Sendable {
    /// Stores a new matter under `number` (the cases' number during litigation) or, when `number`
    /// is nil, under the next number of type 行保 for the year of `instant`, and returns it.
    func file(_ draft: NewPreservationMatter, number: CaseNumber?, actor: String, at instant: Date) async throws -> PreservationMatter

    /// The matter with this id, or nil.
    func matter(id: Int64) async throws -> PreservationMatter?

    /// The matters made in a case, oldest first.
    func matters(caseId: Int64) async throws -> [PreservationMatter]

    /// The matters in one status, oldest first (the panel's queue of pending ones; the orders in force).
    func matters(status: PreservationMatter.Status) async throws -> [PreservationMatter]

    /// Reads the matter, works out the ruling numbers it may take (the next 之N among every ruling
    /// issued on its cases, the next 行保复 of the year of `instant`), lets `change` apply one move,
    /// and stores the matter and any number it took, in one transaction: the move applies to the
    /// matter as stored, so two moves at once are applied one after the other and none is lost.
    /// A number taken twice (a concurrent ruling on a case the matter shares) fails with
    /// `PreservationMoveRefused`; if `change` throws, nothing is written. Throws `NotFound` for an
    /// unknown id.
    func update(id: Int64, at instant: Date, _ change: @Sendable (inout PreservationMatter, RulingNumbers) throws -> PreservationEvent) async throws -> PreservationMatter
}
