import Foundation
import TribunalKernel
import Docket

/// A hearing whose present status does not allow the change asked for.
public struct HearingStatusRefusal: DomainFailure {
    public let reason: String
    public var field: String? { "status" }
    public var failureKind: DomainFailureKind { .illegalMove }

    public init(_ reason: String) { self.reason = reason }
}

extension HearingService {
    /// Records what became of a scheduled hearing: held, postponed or cancelled.
    ///
    /// Only a scheduled hearing changes, and it is held only once it has begun. Held, it is also
    /// recorded on the docket (the case moves to heard) when the case awaits its hearing; if the
    /// docket refuses, the hearing stays scheduled and the refusal stands. Postponed or cancelled,
    /// the docket shows the case's next scheduled hearing, if one is booked (a postponed hearing's
    /// new day is booked as a new hearing).
    public func record(_ outcome: Hearing.Status, ofHearing id: Int64, actor: String, at now: Date) async throws -> Hearing {
        guard outcome != .scheduled else { throw HearingStatusRefusal("a hearing is scheduled by booking it, not by changing its status") }
        let changed = try await hearings.setStatus(outcome, ofHearing: id) { hearing in
            guard hearing.status == .scheduled else {
                throw HearingStatusRefusal("the hearing of \(hearing.startsAt) is already \(hearing.status.rawValue); only a scheduled hearing can become \(outcome.rawValue)")
            }
            if outcome == .held, hearing.startsAt > now {
                throw HearingStatusRefusal("a hearing is held once it has begun: this one begins at \(hearing.startsAt)")
            }
        }
        let hearing = changed
        let courtCase = try await docket.courtCase(id: hearing.caseId)
        guard courtCase.status == .hearingScheduled else { return changed }
        do {
            if outcome == .held {
                _ = try await docket.apply(.recordHearing(on: hearing.day), toCase: hearing.caseId, actor: actor, at: now)
            } else if let next = try await hearings.hearings(caseId: hearing.caseId)
                        .filter({ $0.status == .scheduled && $0.day >= CalendarDate(now) }).min(by: { $0.startsAt < $1.startsAt }),
                      next.day != courtCase.hearingOn {
                _ = try await docket.apply(.scheduleHearing(on: next.day), toCase: hearing.caseId, actor: actor, at: now)
            }
        } catch {
            _ = try await hearings.setStatus(.scheduled, ofHearing: id)
            throw error
        }
        return changed
    }

    /// Applies one move to a case with its bookings kept in step: recording the hearing on the
    /// docket marks the hearings booked for that day held; every other move is the docket's alone.
    /// The workspace and the API apply case moves through here.
    public func apply(_ move: CaseMove, toCase caseId: Int64, actor: String, at now: Date) async throws -> CourtCase {
        let moved = try await docket.apply(move, toCase: caseId, actor: actor, at: now)
        if case let .recordHearing(on: day) = move {
            for booking in try await hearings.hearings(caseId: caseId) where booking.status == .scheduled && booking.day == day {
                _ = try await hearings.setStatus(.held, ofHearing: booking.id)
            }
        }
        return moved
    }
}
