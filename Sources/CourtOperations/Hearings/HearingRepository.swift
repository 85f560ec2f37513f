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

    /// The hearing with this id, or nil.
    func hearing(id: Int64) async throws -> Hearing?

    /// A case's hearings, earliest first.
    func hearings(caseId: Int64) async throws -> [Hearing]

    /// Sets a hearing's status (held, postponed, cancelled) after `check` passes against the
    /// hearing as stored, read inside the same transaction; if it throws, nothing is written.
    /// Throws `NotFound` for an unknown id.
    func setStatus(_ status: Hearing.Status, ofHearing id: Int64, _ check: @Sendable (Hearing) throws -> Void) async throws -> Hearing
}

extension HearingRepository {
    /// Sets a hearing's status whatever it was.
    public func setStatus(_ status: Hearing.Status, ofHearing id: Int64) async throws -> Hearing {
        try await setStatus(status, ofHearing: id) { _ in }
    }
}
