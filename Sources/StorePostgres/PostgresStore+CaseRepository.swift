import Foundation
import PostgresNIO
import StoreRecords
import TribunalKernel
import Accounts
import Docket

extension PostgresStore: CaseRepository {
    public func docket(_ draft: NewCase, actor: String, at instant: Date) async throws -> CourtCase {
        try await transaction { connection in
            // The sequence row stays locked until commit: processes that docket at once wait for
            // each other here, and a rolled-back docketing takes its number back. No gap, no duplicate.
            let sequenceRows = try await rows("""
                INSERT INTO caseSequence (year, typeCode, lastSequence) VALUES (\(draft.docketYear), \(draft.type.rawValue), 1)
                ON CONFLICT (year, typeCode) DO UPDATE SET lastSequence = caseSequence.lastSequence + 1
                RETURNING lastSequence
                """, on: connection)
            guard let row = sequenceRows.first else { throw StoredRowError(column: "caseSequence.lastSequence", value: nil) }
            let number = CaseNumber(year: draft.docketYear, type: draft.type, sequence: try StoredRow(row)("lastSequence", Int.self))
            var docketed = CourtCase(id: 0, number: number, draft: draft)
            docketed.id = try await Self.insert(CaseRecord(docketed), on: connection, logger: logger)
            let event = CaseEvent(kind: .docketed, actor: actor, at: instant,
                                  summary: "Docketed as \(number.canonical): \(draft.cause.en) (\(draft.cause.zh))")
            try await Self.append(event, caseId: docketed.id, on: connection, logger: logger)
            return docketed
        }
    }

    public func find(id: Int64) async throws -> CourtCase? {
        try await rows("SELECT \(unescaped: Self.caseColumns) FROM courtCase WHERE id = \(id)").first.map { try Self.decodeCase(StoredRow($0)) }
    }

    public func find(number: CaseNumber) async throws -> CourtCase? {
        let canonical = CaseNumber(year: number.year, courtCode: number.courtCode, typeCode: number.typeCode,
                                   sequences: [number.sequences[0]]).canonical
        return try await rows("SELECT \(unescaped: Self.caseColumns) FROM courtCase WHERE number = \(canonical)").first
            .map { try Self.decodeCase(StoredRow($0)) }
    }

    public func list(_ query: CaseQuery) async throws -> CasePage {
        var conditions: [String] = []
        var binds = PostgresBindings()
        func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        if let year = query.year {
            conditions.append("year = \(bind(year))")
            // A case's number takes the year it is docketed in: the year as a range of docket
            // dates walks the listing index instead of the whole docket.
            if let first = CalendarDate(year: year, month: 1, day: 1), let last = CalendarDate(year: year, month: 12, day: 31) {
                conditions.append("docketedOn BETWEEN \(bind(first)) AND \(bind(last))")
            }
        }
        if let type = query.type { conditions.append("typeCode = \(bind(type.rawValue))") }
        if let cause = query.cause { conditions.append("cause = \(bind(cause.rawValue))") }
        if let status = query.status { conditions.append("status = \(bind(status.rawValue))") }
        if let court = query.originCourtCode { conditions.append("originCourtCode = \(bind(court))") }
        if let judge = query.judgeId { conditions.append("id IN (SELECT caseId FROM caseJudge WHERE staffId = \(bind(judge)))") }
        let (beyond, direction) = query.oldestFirst ? (">", "ASC") : ("<", "DESC")
        if let after = query.after {
            conditions.append("(docketedOn, id) \(beyond) (\(bind(after.docketedOn)), \(bind(after.id)))")
        }
        let limit = max(1, min(query.limit, 200))
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT \(Self.caseColumns) FROM courtCase \(whereClause) ORDER BY docketedOn \(direction), id \(direction) LIMIT \(limit + 1)"
        let found = try await rows(PostgresQuery(unsafeSQL: sql, binds: binds))
        let pageRows = Array(found.prefix(limit))
        let cases = readable(pageRows, "case", Self.decodeCase)
        var next: CaseCursor?
        if found.count > limit, let last = pageRows.last {
            let row = StoredRow(last)
            next = CaseCursor(docketedOn: try row("docketedOn"), id: try row("id"))
        }
        return CasePage(cases: cases, next: next)
    }

    public func update(id: Int64, _ change: @Sendable (inout CourtCase) throws -> CaseEvent) async throws -> CourtCase {
        try await transaction { connection in
            // FOR UPDATE: a move made at once through another process waits for this one and
            // then sees its result, so no move is lost.
            let found = try await rows("SELECT \(unescaped: Self.caseColumns) FROM courtCase WHERE id = \(id) FOR UPDATE", on: connection)
            guard let row = found.first else { throw NotFound(field: "id", "no case has id \(id)") }
            var courtCase = try Self.decodeCase(StoredRow(row))
            let event = try change(&courtCase)
            courtCase.id = id
            let r = CaseRecord(courtCase)
            try await connection.query("""
                UPDATE courtCase SET number = \(r.number), year = \(r.year), typeCode = \(r.typeCode), sequence = \(r.sequence),
                  cause = \(r.cause), technicalField = \(r.technicalField), originCourtCode = \(r.originCourtCode),
                  originNumber = \(r.originNumber), originDecidedOn = \(r.originDecidedOn), originKind = \(r.originKind),
                  foreignRelated = \(r.foreignRelated), parties = \(r.parties)::jsonb, panel = \(r.panel)::jsonb,
                  status = \(r.status), disposition = \(r.disposition), receivedOn = \(r.receivedOn), docketedOn = \(r.docketedOn),
                  hearingOn = \(r.hearingOn), decidedOn = \(r.decidedOn), closedOn = \(r.closedOn),
                  exclusions = \(r.exclusions)::jsonb, extensions = \(r.extensions)::jsonb,
                  extensionRequest = \(r.extensionRequest)::jsonb, version = \(r.version), trialDays = \(r.trialDays)
                WHERE id = \(id)
                """, logger: logger)
            try await connection.query("DELETE FROM caseJudge WHERE caseId = \(id)", logger: logger)
            for judge in courtCase.panel?.allJudgeIds ?? [] {
                try await connection.query("INSERT INTO caseJudge (caseId, staffId) VALUES (\(id), \(judge))", logger: logger)
            }
            try await Self.append(event, caseId: id, on: connection, logger: logger)
            return courtCase
        }
    }

    public func events(caseId: Int64) async throws -> [CaseEvent] {
        try await rows("SELECT kind, actor, at, summary FROM caseEvent WHERE caseId = \(caseId) ORDER BY id").map { row in
            let r = StoredRow(row)
            return CaseEvent(kind: try r.code("kind", CaseEvent.Kind.init(rawValue:)), actor: try r("actor"), at: try r("at"), summary: try r("summary"))
        }
    }

    public func caseCount() async throws -> Int {
        try await rows("SELECT COUNT(*) AS n FROM courtCase").first.map { try StoredRow($0)("n", Int.self) } ?? 0
    }

    // MARK: - Row mapping

    /// The columns of `CaseRecord`, the JSON ones as text.
    static let caseColumns = """
        id, number, year, typeCode, sequence, cause, technicalField, originCourtCode, originNumber, originDecidedOn, originKind,
        foreignRelated, parties::text AS parties, panel::text AS panel, status, disposition, receivedOn, docketedOn, hearingOn,
        decidedOn, closedOn, exclusions::text AS exclusions, extensions::text AS extensions,
        extensionRequest::text AS extensionRequest, version
        """

    /// Inserts a case row (with the record's id, when it has one) and returns its id.
    static func insert(_ r: CaseRecord, on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        let inserted = try await connection.query("""
            INSERT INTO courtCase (id, number, year, typeCode, sequence, cause, technicalField, originCourtCode, originNumber,
              originDecidedOn, originKind, foreignRelated, parties, panel, status, disposition, receivedOn, docketedOn,
              hearingOn, decidedOn, closedOn, exclusions, extensions, extensionRequest, version, trialDays)
            VALUES (COALESCE(\(r.id), nextval(pg_get_serial_sequence('courtCase', 'id'))), \(r.number), \(r.year), \(r.typeCode),
              \(r.sequence), \(r.cause), \(r.technicalField), \(r.originCourtCode), \(r.originNumber),
              \(r.originDecidedOn), \(r.originKind), \(r.foreignRelated), \(r.parties)::jsonb, \(r.panel)::jsonb, \(r.status),
              \(r.disposition), \(r.receivedOn), \(r.docketedOn), \(r.hearingOn), \(r.decidedOn), \(r.closedOn),
              \(r.exclusions)::jsonb, \(r.extensions)::jsonb, \(r.extensionRequest)::jsonb, \(r.version), \(r.trialDays))
            RETURNING id
            """, logger: logger).collect()
        guard let row = inserted.first else { throw StoredRowError(column: "courtCase.id", value: nil) }
        return try StoredRow(row)("id")
    }

    static func decodeCase(_ r: StoredRow) throws -> CourtCase {
        let record = CaseRecord(
            id: try r("id"), number: try r("number"), year: try r("year"), typeCode: try r("typeCode"), sequence: try r("sequence"),
            cause: try r("cause"), technicalField: try r("technicalField"), originCourtCode: try r("originCourtCode"),
            originNumber: try r("originNumber"), originDecidedOn: try r("originDecidedOn"), originKind: try r("originKind"),
            foreignRelated: try r("foreignRelated"), parties: try r("parties"), panel: try r("panel"), status: try r("status"),
            disposition: try r("disposition"), receivedOn: try r("receivedOn"), docketedOn: try r("docketedOn"),
            hearingOn: try r("hearingOn"), decidedOn: try r("decidedOn"), closedOn: try r("closedOn"),
            exclusions: try r("exclusions"), extensions: try r("extensions"), extensionRequest: try r("extensionRequest"),
            version: try r("version"))
        return try record.courtCase()
    }

    static func append(_ event: CaseEvent, caseId: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO caseEvent (caseId, kind, actor, at, summary)
            VALUES (\(caseId), \(event.kind.rawValue), \(event.actor), \(event.at), \(event.summary))
            """, logger: logger)
    }
}
