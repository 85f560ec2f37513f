import Foundation
import TribunalKernel
import Accounts
import Docket

/// Booking hearings: the case's panel and counsel, the courtroom, the rules of time and notice,
/// and no one booked twice; the docket's case moves to "hearing scheduled" with the day.
public struct HearingService: Sendable {
    public let hearings: any HearingRepository
    public let docket: DocketService

    public init(hearings: any HearingRepository, docket: DocketService) {
        self.hearings = hearings
        self.docket = docket
    }

    /// What a clerk asks for: the case, how and where, and when.
    public struct Request: Codable, Hashable, Sendable {
        public var mode: Hearing.Mode
        public var courtroomId: Int64?
        public var startsAt: Date
        public var endsAt: Date
        public var isPublic: Bool

        public init(mode: Hearing.Mode, courtroomId: Int64?, startsAt: Date, endsAt: Date, isPublic: Bool) {
            self.mode = mode
            self.courtroomId = courtroomId
            self.startsAt = startsAt
            self.endsAt = endsAt
            self.isPublic = isPublic
        }
    }

    /// Adds a courtroom after checking its names.
    public func addCourtroom(_ courtroom: Courtroom) async throws -> Courtroom {
        try courtroom.validate()
        return try await hearings.addCourtroom(courtroom)
    }

    /// Books a hearing of the case: refused, writing nothing, when a rule is broken or a judge,
    /// the courtroom or counsel is already booked at that time (`HearingConflictRefusal`).
    public func schedule(_ request: Request, caseId: Int64, actor: String, at now: Date) async throws -> Hearing {
        let courtCase = try await docket.courtCase(id: caseId)
        let rooms = Dictionary(uniqueKeysWithValues: try await hearings.courtrooms().map { ($0.id, $0) })
        let hearing = Hearing(id: 0, caseId: caseId, caseNumber: courtCase.number, mode: request.mode, courtroomId: request.courtroomId,
                              startsAt: request.startsAt, endsAt: request.endsAt, judgeIds: courtCase.panel?.allJudgeIds ?? [],
                              clerkId: courtCase.panel?.clerkId, counsel: Array(Set(courtCase.parties.flatMap { $0.counsel.map(\.name) })).sorted(),
                              parties: courtCase.parties.map(\.name), isPublic: request.isPublic, scheduledBy: actor, scheduledAt: now)
        try HearingRules.check(hearing, of: courtCase, courtrooms: rooms, now: now)
        let booked = try await hearings.book(hearing) { sameDay in
            let conflicts = HearingRules.conflicts(of: hearing, among: sameDay)
            if !conflicts.isEmpty { throw HearingConflictRefusal(conflicts: conflicts) }
        }
        // The docket shows the next hearing's day (a later booking leaves an earlier one shown); a
        // case already heard keeps its state. If the docket refuses (the case was decided
        // meanwhile), the booking is cancelled and the refusal stands.
        let shown = courtCase.hearingOn.flatMap { $0 >= CalendarDate(now) ? $0 : nil }
        if [.assigned, .hearingScheduled].contains(courtCase.status), shown.map({ booked.day < $0 }) ?? true {
            do {
                _ = try await docket.apply(.scheduleHearing(on: booked.day), toCase: caseId, actor: actor, at: now)
            } catch {
                _ = try await hearings.setStatus(.cancelled, ofHearing: booked.id)
                throw error
            }
        }
        return booked
    }

    /// The hearings of the days `from` to `through` (both included, Beijing), of one judge or one
    /// courtroom when asked, earliest first.
    public func calendar(from: CalendarDate, through: CalendarDate, judgeId: Int64? = nil, courtroomId: Int64? = nil) async throws -> [Hearing] {
        guard from <= through, from.days(until: through) <= 366 else { throw InvalidValue(field: "through", "a calendar spans at most a year, from its first day") }
        let all = try await hearings.hearings(from: from.startInBeijing, to: through.adding(days: 1).startInBeijing)
        return all.filter { hearing in
            (judgeId.map { hearing.judgeIds.contains($0) } ?? true) && (courtroomId.map { hearing.courtroomId == $0 } ?? true)
        }
    }

    /// Public hearings of the coming days, for the portal's announcements (开庭公告).
    public func announcements(from: CalendarDate, days: Int) async throws -> [Hearing] {
        try await hearings.hearings(from: from.startInBeijing, to: from.adding(days: days).startInBeijing).filter { $0.isPublic && $0.status == .scheduled }
    }
}

extension CalendarDate {
    /// Midnight at the start of the day in Beijing.
    public var startInBeijing: Date {
        Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch * 86_400 - 8 * 3600))
    }
}
