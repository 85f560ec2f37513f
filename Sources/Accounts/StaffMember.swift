import Foundation
import TribunalKernel

/// A judge or a member of the judicial staff of the Tribunal.
public struct StaffMember: Codable, Hashable, Sendable, Identifiable {
    /// The posts on a collegial panel and beside it.
    public enum Role: String, CaseIterable, Codable, Sendable {
        /// 审判长 (a judge who may preside)
        case presidingJudge
        /// 审判员
        case judge
        /// 法官助理
        case judicialAssistant
        /// 书记员
        case clerk

        /// Judges sit on panels; assistants and clerks serve them.
        public var isJudge: Bool { self == .presidingJudge || self == .judge }
    }

    public var id: Int64
    public var nameZh: String
    public var nameEn: String
    public var role: Role
    public var inPostFrom: CalendarDate
    /// Nil while still in post.
    public var inPostUntil: CalendarDate?

    public init(id: Int64, nameZh: String, nameEn: String, role: Role,
                inPostFrom: CalendarDate, inPostUntil: CalendarDate? = nil) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.role = role
        self.inPostFrom = inPostFrom
        self.inPostUntil = inPostUntil
    }

    public func isInPost(on date: CalendarDate) -> Bool {
        inPostFrom <= date && (inPostUntil.map { date <= $0 } ?? true)
    }
}

/// A staff member before the store has given it an identifier.
public struct NewStaffMember: Codable, Hashable, Sendable {
    public var nameZh: String
    public var nameEn: String
    public var role: StaffMember.Role
    public var inPostFrom: CalendarDate
    public var inPostUntil: CalendarDate?

    public init(nameZh: String, nameEn: String, role: StaffMember.Role,
                inPostFrom: CalendarDate, inPostUntil: CalendarDate? = nil) {
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.role = role
        self.inPostFrom = inPostFrom
        self.inPostUntil = inPostUntil
    }

    /// Names must be given and the post must not end before it starts.
    public func validated() throws(InvalidValue) -> NewStaffMember {
        if nameZh.isBlank { throw InvalidValue(field: "nameZh", "the Chinese name is required") }
        if nameEn.isBlank { throw InvalidValue(field: "nameEn", "the English name is required") }
        if let until = inPostUntil, until < inPostFrom {
            throw InvalidValue(field: "inPostUntil", "the post cannot end (\(until)) before it starts (\(inPostFrom))")
        }
        return self
    }
}
