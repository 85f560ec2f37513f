import GRDB
import TribunalCore

extension SQLiteStore: StaffRepository {
    public func add(_ member: NewStaffMember) async throws -> StaffMember {
        let member = try member.validated()
        return try await writer.write { db in
            try db.execute(sql: "INSERT INTO staff (nameZh, nameEn, role, inPostFrom, inPostUntil) VALUES (?, ?, ?, ?, ?)",
                           arguments: [member.nameZh, member.nameEn, member.role.rawValue, member.inPostFrom, member.inPostUntil])
            return StaffMember(id: db.lastInsertedRowID, nameZh: member.nameZh, nameEn: member.nameEn,
                               role: member.role, inPostFrom: member.inPostFrom, inPostUntil: member.inPostUntil)
        }
    }

    public func allStaff() async throws -> [StaffMember] {
        try await writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM staff ORDER BY id").map(Self.decodeStaff) }
    }

    public func staffMember(id: Int64) async throws -> StaffMember? {
        try await writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE id = ?", arguments: [id]).map(Self.decodeStaff) }
    }

    static func decodeStaff(_ row: Row) -> StaffMember {
        StaffMember(id: row["id"], nameZh: row["nameZh"], nameEn: row["nameEn"],
                    role: StaffMember.Role(rawValue: row["role"]) ?? .judge,
                    inPostFrom: row["inPostFrom"], inPostUntil: row["inPostUntil"])
    }
}
