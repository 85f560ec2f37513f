import Foundation
import PostgresNIO
import StoreRecords
import TribunalKernel
import CourtOperations

extension PostgresStore: HearingRepository {
    public func addCourtroom(_ courtroom: Courtroom) async throws -> Courtroom {
        let inserted = try await rows("""
            INSERT INTO courtroom (nameZh, nameEn, location) VALUES (\(courtroom.nameZh), \(courtroom.nameEn), \(courtroom.location)) RETURNING id
            """)
        guard let row = inserted.first else { throw StoredRowError(column: "courtroom.id", value: nil) }
        var added = courtroom
        added.id = try StoredRow(row)("id")
        return added
    }

    public func courtrooms() async throws -> [Courtroom] {
        readable(try await rows("SELECT id, nameZh, nameEn, location FROM courtroom ORDER BY id"), "courtroom") { row in
            Courtroom(id: try row("id"), nameZh: try row("nameZh"), nameEn: try row("nameEn"), location: try row("location"))
        }
    }

    public func book(_ hearing: Hearing, _ check: @Sendable ([Hearing]) throws -> Void) async throws -> Hearing {
        try await transaction { connection in
            // One booking at a time: bookings made at once through several processes wait here, so
            // that each reads the day with the others' hearings in it.
            try await connection.query("SELECT pg_advisory_xact_lock(7159, 1)", logger: logger)
            let day = hearing.day
            let sameDay = readable(try await rows("""
                SELECT id, document::text AS document FROM hearing
                WHERE startsAt >= \(day.adding(days: -1).startInBeijing) AND startsAt < \(day.adding(days: 1).startInBeijing)
                """, on: connection), "hearing", Self.decodeHearing)
            try check(sameDay)
            let inserted = try await rows("""
                INSERT INTO hearing (caseId, startsAt, status, document)
                VALUES (\(hearing.caseId), \(hearing.startsAt), \(hearing.status.rawValue), \(StoredJSON.text(hearing))::jsonb) RETURNING id
                """, on: connection)
            guard let row = inserted.first else { throw StoredRowError(column: "hearing.id", value: nil) }
            var booked = hearing
            booked.id = try StoredRow(row)("id")
            try await connection.query("UPDATE hearing SET document = \(StoredJSON.text(booked))::jsonb WHERE id = \(booked.id)", logger: logger)
            return booked
        }
    }

    public func hearings(from: Date, to: Date) async throws -> [Hearing] {
        readable(try await rows("""
            SELECT id, document::text AS document FROM hearing WHERE startsAt >= \(from) AND startsAt < \(to) ORDER BY startsAt, id
            """), "hearing", Self.decodeHearing)
    }

    public func hearing(id: Int64) async throws -> Hearing? {
        try await rows("SELECT id, document::text AS document FROM hearing WHERE id = \(id)").first.map { try Self.decodeHearing(StoredRow($0)) }
    }

    public func hearings(caseId: Int64) async throws -> [Hearing] {
        readable(try await rows("SELECT id, document::text AS document FROM hearing WHERE caseId = \(caseId) ORDER BY startsAt, id"),
                 "hearing", Self.decodeHearing)
    }

    public func setStatus(_ status: Hearing.Status, ofHearing id: Int64, _ check: @Sendable (Hearing) throws -> Void) async throws -> Hearing {
        try await transaction { connection in
            let found = try await rows("SELECT id, document::text AS document FROM hearing WHERE id = \(id) FOR UPDATE", on: connection)
            guard let row = found.first else { throw NotFound(field: "id", "no hearing has id \(id)") }
            var hearing = try Self.decodeHearing(StoredRow(row))
            try check(hearing)
            hearing.status = status
            hearing.version += 1
            try await connection.query("""
                UPDATE hearing SET status = \(status.rawValue), document = \(StoredJSON.text(hearing))::jsonb WHERE id = \(id)
                """, logger: logger)
            return hearing
        }
    }

    static func decodeHearing(_ row: StoredRow) throws -> Hearing {
        var hearing = try StoredJSON.value(Hearing.self, try row("document"), column: "hearing.document")
        hearing.id = try row("id")
        return hearing
    }
}
