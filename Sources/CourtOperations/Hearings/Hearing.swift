import Foundation
import TribunalKernel

/// A courtroom of the Tribunal, where hearings in person are held.
public struct Courtroom: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var nameZh: String
    public var nameEn: String
    /// Building and floor, for the public announcement.
    public var location: String?

    public init(id: Int64, nameZh: String, nameEn: String, location: String? = nil) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.location = location
    }

    func validate() throws(InvalidValue) {
        for (field, text) in [("nameZh", nameZh), ("nameEn", nameEn)] {
            try TextField.check(text, field: field, maxLength: 100)
            guard !text.isBlank else { throw InvalidValue(field: field, "a courtroom needs a name") }
        }
        try TextField.check(location, field: "location", maxLength: 200)
    }
}

/// A hearing of a case: when, where, how, and who sits and appears.
public struct Hearing: Codable, Hashable, Sendable, Identifiable {
    public enum Mode: String, Codable, CaseIterable, Hashable, Sendable {
        /// 线下: everyone in the courtroom.
        case inPerson
        /// 在线: everyone online, no courtroom.
        case online
        /// 线上线下结合: the panel in the courtroom, some parties online.
        case mixed
    }

    public enum Status: String, Codable, CaseIterable, Hashable, Sendable {
        case scheduled, held, postponed, cancelled
    }

    public var id: Int64
    public var caseId: Int64
    public var caseNumber: CaseNumber
    public var mode: Mode
    public var courtroomId: Int64?
    public var startsAt: Date
    public var endsAt: Date
    /// The panel's judges, presiding judge first.
    public var judgeIds: [Int64]
    public var clerkId: Int64?
    /// Counsel appearing, by name, as the case's parties list them.
    public var counsel: [String]
    /// The parties' names, for the public announcement (CPL Art. 139).
    public var parties: [String]
    /// Heard in public, and so announced on the portal (公开开庭).
    public var isPublic: Bool
    public var status: Status
    public var scheduledBy: String
    public var scheduledAt: Date
    public var version: Int

    public init(id: Int64, caseId: Int64, caseNumber: CaseNumber, mode: Mode, courtroomId: Int64?, startsAt: Date, endsAt: Date,
                judgeIds: [Int64], clerkId: Int64?, counsel: [String], parties: [String], isPublic: Bool, status: Status = .scheduled,
                scheduledBy: String, scheduledAt: Date, version: Int = 1) {
        self.id = id
        self.caseId = caseId
        self.caseNumber = caseNumber
        self.mode = mode
        self.courtroomId = courtroomId
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.judgeIds = judgeIds
        self.clerkId = clerkId
        self.counsel = counsel
        self.parties = parties
        self.isPublic = isPublic
        self.status = status
        self.scheduledBy = scheduledBy
        self.scheduledAt = scheduledAt
        self.version = version
    }

    /// The day of the hearing in Beijing.
    public var day: CalendarDate { CalendarDate(startsAt) }

    /// Whether the two hearings' times overlap (a hearing ending at 10:00 and one starting at 10:00 do not).
    public func overlaps(_ other: Hearing) -> Bool {
        startsAt < other.endsAt && other.startsAt < endsAt
    }
}

/// Why a hearing cannot be held when it is asked: someone or something is booked twice.
public struct HearingConflict: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case judge, courtroom, counsel }
    public let kind: Kind
    /// The judge's id, the courtroom's id, or counsel's name.
    public let who: String
    public let other: Hearing
}
