import Foundation
import GRDB
import StoreRecords
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension SQLiteStore: CaseRepository {
    public func docket(_ draft: NewCase, actor: String, at instant: Date) async throws -> CourtCase {
        try await writer.write { db in
            // Allocation and insertion share the transaction: if the insert fails, the sequence
            // increment rolls back with it, so numbers have no gaps.
            let sequence = try Int.fetchOne(db, sql: """
                INSERT INTO caseSequence (year, typeCode, lastSequence) VALUES (?, ?, 1)
                ON CONFLICT (year, typeCode) DO UPDATE SET lastSequence = lastSequence + 1
                RETURNING lastSequence
                """, arguments: [draft.docketYear, draft.type.rawValue])!
            let number = CaseNumber(year: draft.docketYear, type: draft.type, sequence: sequence)
            var docketed = CourtCase(id: 0, number: number, draft: draft)
            docketed.id = try Self.insert(docketed, db: db)
            let event = CaseEvent(kind: .docketed, actor: actor, at: instant,
                                  summary: "Docketed as \(number.canonical): \(draft.cause.en) (\(draft.cause.zh))")
            try Self.append(event, caseId: docketed.id, db: db)
            return docketed
        }
    }

    public func find(id: Int64) async throws -> CourtCase? {
        try await writer.read { db in try Self.fetchCase(db, sql: "SELECT * FROM courtCase WHERE id = ?", arguments: [id]) }
    }

    public func find(number: CaseNumber) async throws -> CourtCase? {
        let canonical = CaseNumber(year: number.year, courtCode: number.courtCode, typeCode: number.typeCode,
                                   sequences: [number.sequences[0]]).canonical
        return try await writer.read { db in
            try Self.fetchCase(db, sql: "SELECT * FROM courtCase WHERE number = ?", arguments: [canonical])
        }
    }

    public func list(_ query: CaseQuery) async throws -> CasePage {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let year = query.year {
            // A case's number takes the year it is docketed in: the year as a range of docket
            // dates walks the listing index instead of the whole docket.
            conditions.append("year = ? AND docketedOn BETWEEN ? AND ?")
            arguments += [year, "\(year)-01-01", "\(year)-12-31"]
        }
        if let type = query.type { conditions.append("typeCode = ?"); arguments += [type.rawValue] }
        if let cause = query.cause { conditions.append("cause = ?"); arguments += [cause.rawValue] }
        if let status = query.status { conditions.append("status = ?"); arguments += [status.rawValue] }
        if let court = query.originCourtCode { conditions.append("originCourtCode = ?"); arguments += [court] }
        if let judge = query.judgeId {
            conditions.append("id IN (SELECT caseId FROM caseJudge WHERE staffId = ?)"); arguments += [judge]
        }
        let (beyond, direction) = query.oldestFirst ? (">", "ASC") : ("<", "DESC")
        if let after = query.after {
            conditions.append("(docketedOn \(beyond) ? OR (docketedOn = ? AND id \(beyond) ?))")
            arguments += [after.docketedOn, after.docketedOn, after.id]
        }
        let limit = max(1, min(query.limit, 200))
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT * FROM courtCase \(whereClause) ORDER BY docketedOn \(direction), id \(direction) LIMIT \(limit + 1)"
        let frozenArguments = arguments
        // Each row with its listing key, so that the next page starts after the last row shown
        // even when that row cannot be read.
        let rows = try await Self.readList(writer, "case", sql: sql, arguments: frozenArguments) { row in
            (key: CaseCursor(docketedOn: try Self.column(row, "docketedOn"), id: try Self.column(row, "id")), courtCase: Result { try Self.decodeCase(row) })
        }
        let pageRows = rows.prefix(limit)
        let cases = pageRows.compactMap { row -> CourtCase? in
            switch row.courtCase {
            case .success(let courtCase): return courtCase
            case .failure(let error):
                Self.logger.error("case row \(row.key.id) cannot be read and is left out of the list: \(error)")
                return nil
            }
        }
        let next = rows.count > limit ? pageRows.last?.key : nil
        return CasePage(cases: cases, next: next)
    }

    public func update(id: Int64, _ change: @Sendable (inout CourtCase) throws -> CaseEvent) async throws -> CourtCase {
        try await writer.write { db in
            guard var courtCase = try Self.fetchCase(db, sql: "SELECT * FROM courtCase WHERE id = ?", arguments: [id]) else {
                throw NotFound(field: "id", "no case has id \(id)")
            }
            let event = try change(&courtCase)
            courtCase.id = id
            // The read and the write share the writer's transaction: no other write falls between.
            try CaseRecord(courtCase).update(db)
            try db.execute(sql: "DELETE FROM caseJudge WHERE caseId = ?", arguments: [id])
            for judge in courtCase.panel?.allJudgeIds ?? [] {
                try db.execute(sql: "INSERT INTO caseJudge (caseId, staffId) VALUES (?, ?)", arguments: [id, judge])
            }
            try Self.append(event, caseId: id, db: db)
            return courtCase
        }
    }

    public func events(caseId: Int64) async throws -> [CaseEvent] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM caseEvent WHERE caseId = ? ORDER BY id", arguments: [caseId]).map { row in
                CaseEvent(kind: try Self.value(row, "kind", CaseEvent.Kind.init(rawValue:)), actor: try Self.column(row, "actor"),
                          at: try Self.column(row, "at"), summary: try Self.column(row, "summary"))
            }
        }
    }

    public func caseCount() async throws -> Int {
        try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM courtCase") ?? 0 }
    }
}

// MARK: - Row mapping

/// The `courtCase` row as a GRDB record: columns by name, for INSERT, UPDATE and SELECT alike.
extension CaseRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "courtCase"
}

extension SQLiteStore {
    /// Inserts a case row and returns its id.
    static func insert(_ courtCase: CourtCase, db: Database) throws -> Int64 {
        var record = CaseRecord(courtCase)
        // The database numbers the row, whatever id an imported case had before.
        record.id = nil
        try record.insert(db)
        return db.lastInsertedRowID
    }

    static func fetchCase(_ db: Database, sql: String, arguments: StatementArguments) throws -> CourtCase? {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map(decodeCase)
    }

    static func decodeCase(_ row: Row) throws -> CourtCase {
        try record(CaseRecord.self, row).courtCase()
    }

    static func append(_ event: CaseEvent, caseId: Int64, db: Database) throws {
        try db.execute(sql: "INSERT INTO caseEvent (caseId, kind, actor, at, summary) VALUES (?, ?, ?, ?, ?)",
                       arguments: [caseId, event.kind.rawValue, event.actor, event.at, event.summary])
    }
}
