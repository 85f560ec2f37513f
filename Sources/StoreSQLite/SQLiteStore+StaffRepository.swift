import GRDB
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension SQLiteStore: StaffRepository {
    public func add(_ member: NewStaffMember) async throws -> StaffMember {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO staff (nameZh, nameEn, role, inPostFrom, inPostUntil) VALUES (?, ?, ?, ?, ?)",
                           arguments: [member.nameZh, member.nameEn, member.role.rawValue, member.inPostFrom, member.inPostUntil])
            return StaffMember(id: db.lastInsertedRowID, nameZh: member.nameZh, nameEn: member.nameEn,
                               role: member.role, inPostFrom: member.inPostFrom, inPostUntil: member.inPostUntil)
        }
    }

    public func allStaff() async throws -> [StaffMember] {
        try await Self.readList(writer, "staff", sql: "SELECT * FROM staff ORDER BY id", Self.decodeStaff)
    }

    public func staffMember(id: Int64) async throws -> StaffMember? {
        try await writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE id = ?", arguments: [id]).map(Self.decodeStaff) }
    }

    static func decodeStaff(_ row: Row) throws -> StaffMember {
        StaffMember(id: try column(row, "id"), nameZh: try column(row, "nameZh"), nameEn: try column(row, "nameEn"),
                    role: try value(row, "role", StaffMember.Role.init(rawValue:)),
                    inPostFrom: try column(row, "inPostFrom"), inPostUntil: try column(row, "inPostUntil"))
    }
}
