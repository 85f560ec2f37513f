import Foundation
import TribunalKernel

/// Where courtrooms and hearings are kept: SQLiteStore and PostgresStore implement it, and the
/// store contract suite runs the same tests against both.
public protocol HearingRepository: Sendable {
    /// Stores a new courtroom and returns it with its id.
    func addCourtroom(_ courtroom: Courtroom) async throws -> Courtroom

    /// Every courtroom, by id.
    func courtrooms() async throws -> [Courtroom]

    /// Stores a new hearing, after `check` passes against the hearings that overlap its day, read
    /// inside the same transaction (so that two bookings at once cannot both take a slot).
    /// Returns it with its id.
    func book(_ hearing: Hearing, _ check: @Sendable ([Hearing]) throws -> Void) async throws -> Hearing

    /// The hearings starting in `[from, to)`, earliest first.
    func hearings(from: Date, to: Date) async throws -> [Hearing]

    /// A case's hearings, earliest first.
    func hearings(caseId: Int64) async throws -> [Hearing]

    /// Sets a hearing's status (held, postponed, cancelled). Throws `NotFound` for an unknown id.
    func setStatus(_ status: Hearing.Status, ofHearing id: Int64) async throws -> Hearing
}
