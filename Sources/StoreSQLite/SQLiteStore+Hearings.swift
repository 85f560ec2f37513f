import Foundation
import GRDB
import StoreRecords
import TribunalKernel
import CourtOperations

extension SQLiteStore: HearingRepository {
    public func addCourtroom(_ courtroom: Courtroom) async throws -> Courtroom {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO courtroom (nameZh, nameEn, location) VALUES (?, ?, ?)",
                           arguments: [courtroom.nameZh, courtroom.nameEn, courtroom.location])
            var added = courtroom
            added.id = db.lastInsertedRowID
            return added
        }
    }

    public func courtrooms() async throws -> [Courtroom] {
        try await Self.readList(writer, "courtroom", sql: "SELECT * FROM courtroom ORDER BY id") { row in
            Courtroom(id: try Self.column(row, "id"), nameZh: try Self.column(row, "nameZh"), nameEn: try Self.column(row, "nameEn"),
                      location: try Self.column(row, "location"))
        }
    }

    public func book(_ hearing: Hearing, _ check: @Sendable ([Hearing]) throws -> Void) async throws -> Hearing {
        try await writer.write { db in
            // The write transaction is the only one: the day read here cannot change before the insert.
            let day = hearing.day
            let sameDay = Self.readable(try Row.fetchAll(db, sql: "SELECT id, document FROM hearing WHERE startsAt >= ? AND startsAt < ?",
                                                         arguments: [day.adding(days: -1).startInBeijing, day.adding(days: 1).startInBeijing]),
                                        "hearing", Self.decodeHearing)
            try check(sameDay)
            try db.execute(sql: "INSERT INTO hearing (caseId, startsAt, status, document) VALUES (?, ?, ?, ?)",
                           arguments: [hearing.caseId, hearing.startsAt, hearing.status.rawValue, StoredJSON.text(hearing)])
            var booked = hearing
            booked.id = db.lastInsertedRowID
            try db.execute(sql: "UPDATE hearing SET document = ? WHERE id = ?", arguments: [StoredJSON.text(booked), booked.id])
            return booked
        }
    }

    public func hearings(from: Date, to: Date) async throws -> [Hearing] {
        try await Self.readList(writer, "hearing", sql: "SELECT id, document FROM hearing WHERE startsAt >= ? AND startsAt < ? ORDER BY startsAt, id",
                                arguments: [from, to], Self.decodeHearing)
    }

    public func hearing(id: Int64) async throws -> Hearing? {
        try await writer.read { db in try Row.fetchOne(db, sql: "SELECT id, document FROM hearing WHERE id = ?", arguments: [id]).map(Self.decodeHearing) }
    }

    public func hearings(caseId: Int64) async throws -> [Hearing] {
        try await Self.readList(writer, "hearing", sql: "SELECT id, document FROM hearing WHERE caseId = ? ORDER BY startsAt, id",
                                arguments: [caseId], Self.decodeHearing)
    }

    public func setStatus(_ status: Hearing.Status, ofHearing id: Int64, _ check: @Sendable (Hearing) throws -> Void) async throws -> Hearing {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, document FROM hearing WHERE id = ?", arguments: [id]) else {
                throw NotFound(field: "id", "no hearing has id \(id)")
            }
            var hearing = try Self.decodeHearing(row)
            try check(hearing)
            hearing.status = status
            hearing.version += 1
            try db.execute(sql: "UPDATE hearing SET status = ?, document = ? WHERE id = ?", arguments: [status.rawValue, StoredJSON.text(hearing), id])
            return hearing
        }
    }

    @Sendable static func decodeHearing(_ row: Row) throws -> Hearing {
        var hearing = try StoredJSON.value(Hearing.self, try column(row, "document"), column: "hearing.document")
        hearing.id = try column(row, "id")
        return hearing
    }
}
