import Foundation
import TribunalKernel
import Docket

/// The rules a hearing's time and place follow before it is booked.
public enum HearingRules {
    /// CPL 2023 amendment, Art. 139: the parties are notified three days before the hearing.
    public static let noticeDays = 3
    /// A hearing is held within one day, at most ten hours.
    public static let longestHours: Double = 10

    /// Refuses a hearing that cannot be held as asked: times out of order or across days, a
    /// hearing in person or mixed without a courtroom, one online with a courtroom, one booked
    /// with less than three days' notice, one for a case without a panel or already decided.
    public static func check(_ hearing: Hearing, of courtCase: CourtCase, courtrooms: [Int64: Courtroom], now: Date) throws(InvalidValue) {
        guard hearing.endsAt > hearing.startsAt else {
            throw InvalidValue(field: "endsAt", "a hearing ends after it starts")
        }
        guard hearing.endsAt.timeIntervalSince(hearing.startsAt) <= longestHours * 3600, CalendarDate(hearing.endsAt.addingTimeInterval(-1)) == hearing.day else {
            throw InvalidValue(field: "endsAt", "a hearing is held within one day, at most \(Int(longestHours)) hours")
        }
        switch hearing.mode {
        case .inPerson, .mixed:
            guard let room = hearing.courtroomId else { throw InvalidValue(field: "courtroomId", "a hearing in person or mixed needs a courtroom") }
            guard courtrooms[room] != nil else { throw InvalidValue(field: "courtroomId", "no courtroom has id \(room)") }
        case .online:
            guard hearing.courtroomId == nil else { throw InvalidValue(field: "courtroomId", "an online hearing takes no courtroom") }
        }
        let notified = CalendarDate(now)
        guard notified.adding(days: noticeDays) <= hearing.day else {
            throw InvalidValue(field: "startsAt", "the parties are notified three days before the hearing (CPL Art. 139): a hearing booked on \(notified) is held on \(notified.adding(days: noticeDays)) at the earliest")
        }
        try hearing.day.require(in: CalendarDate.docketRange, field: "startsAt")
        guard courtCase.panel != nil else { throw InvalidValue(field: "caseId", "\(courtCase.number.canonical) has no panel yet; assign one first") }
        guard courtCase.decidedOn == nil, courtCase.status != .closed else {
            throw InvalidValue(field: "caseId", "\(courtCase.number.canonical) is decided; no hearing is held")
        }
    }

    /// Every booking `hearing` would make twice among `existing`: a judge, the courtroom or counsel
    /// already in a scheduled hearing that overlaps it.
    public static func conflicts(of hearing: Hearing, among existing: [Hearing]) -> [HearingConflict] {
        existing.filter { $0.id != hearing.id && $0.status == .scheduled && $0.overlaps(hearing) }.flatMap { other -> [HearingConflict] in
            var found: [HearingConflict] = []
            for judge in hearing.judgeIds where other.judgeIds.contains(judge) {
                found.append(HearingConflict(kind: .judge, who: String(judge), other: other))
            }
            if let room = hearing.courtroomId, room == other.courtroomId {
                found.append(HearingConflict(kind: .courtroom, who: String(room), other: other))
            }
            for name in hearing.counsel where other.counsel.contains(name) {
                found.append(HearingConflict(kind: .counsel, who: name, other: other))
            }
            return found
        }
    }
}

/// A hearing refused because someone or something would be booked twice; names the first clash.
public struct HearingConflictRefusal: DomainFailure {
    public let conflicts: [HearingConflict]
    public var failureKind: DomainFailureKind { .illegalMove }
    public var field: String? {
        switch conflicts.first?.kind {
        case .judge: return "judgeIds"
        case .courtroom: return "courtroomId"
        case .counsel: return "counsel"
        case nil: return nil
        }
    }
    public var reason: String {
        conflicts.map { conflict in
            let what: String
            switch conflict.kind {
            case .judge: what = "judge \(conflict.who)"
            case .courtroom: what = "courtroom \(conflict.who)"
            case .counsel: what = "counsel \(conflict.who)"
            }
            return "\(what) is booked for \(conflict.other.caseNumber.canonical) at the same time"
        }.joined(separator: "; ")
    }
}
