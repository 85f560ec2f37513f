import Foundation
import PostgresNIO
import StoreRecords
import TribunalKernel
import CourtOperations

extension PostgresStore: PreservationRepository {
    public func file(_ draft: NewPreservationMatter, number: CaseNumber?, actor: String, at instant: Date) async throws -> PreservationMatter {
        try await transaction { connection in
            var caseNumber = number
            if caseNumber == nil {
                caseNumber = try await nextPreservationNumber(PreservationRecords.ownNumberType, year: CalendarDate(instant).year, take: true, on: connection)
            }
            let event = PreservationEvent(kind: .applied, actor: actor, at: instant,
                                          summary: "Application by \(draft.application.applicant) against \(draft.application.respondent) (\(draft.stage.rawValue)\(draft.application.urgent ? ", urgent" : ""))")
            var matter = PreservationMatter(id: 0, stage: draft.stage, caseIds: draft.caseIds, caseNumber: caseNumber!,
                                            application: draft.application, history: [event])
            let inserted = try await rows("""
                INSERT INTO preservationMatter (stage, status, caseNumber, receivedAt, document, version)
                VALUES (\(matter.stage.rawValue), \(matter.status.rawValue), \(matter.caseNumber.canonical), \(draft.application.receivedAt),
                        \(PreservationRecords.document(matter))::jsonb, \(matter.version))
                RETURNING id
                """, on: connection)
            guard let row = inserted.first else { throw StoredRowError(column: "preservationMatter.id", value: nil) }
            matter.id = try StoredRow(row)("id")
            for caseId in draft.caseIds {
                try await connection.query("INSERT INTO preservationMatterCase (matterId, caseId) VALUES (\(matter.id), \(caseId))", logger: logger)
            }
            return matter
        }
    }

    public func matter(id: Int64) async throws -> PreservationMatter? {
        try await rows("SELECT id, document::text AS document, version FROM preservationMatter WHERE id = \(id)").first
            .map { try Self.decodeMatter(StoredRow($0)) }
    }

    public func matters(caseId: Int64) async throws -> [PreservationMatter] {
        readable(try await rows("""
            SELECT id, document::text AS document, version FROM preservationMatter
            WHERE id IN (SELECT matterId FROM preservationMatterCase WHERE caseId = \(caseId)) ORDER BY id
            """), "preservationMatter", Self.decodeMatter)
    }

    public func matters(status: PreservationMatter.Status) async throws -> [PreservationMatter] {
        readable(try await rows("""
            SELECT id, document::text AS document, version FROM preservationMatter WHERE status = \(status.rawValue) ORDER BY id
            """), "preservationMatter", Self.decodeMatter)
    }

    public func update(id: Int64, at instant: Date, _ change: @Sendable (inout PreservationMatter, RulingNumbers) throws -> PreservationEvent) async throws -> PreservationMatter {
        try await transaction { connection in
            let found = try await rows("SELECT id, document::text AS document, version FROM preservationMatter WHERE id = \(id) FOR UPDATE", on: connection)
            guard let row = found.first else { throw NotFound(field: "id", "no preservation matter has id \(id)") }
            let before = try Self.decodeMatter(StoredRow(row))
            // Rulings on the same cases wait for each other here, so that each sees the last 之N.
            try await connection.query("SELECT id FROM courtCase WHERE id = ANY(\(before.caseIds)) ORDER BY id FOR UPDATE", logger: logger)
            let suffixRows = try await rows("""
                SELECT COALESCE(MAX(suffix), 0) AS last FROM preservationRuling WHERE matterId IN (
                  SELECT matterId FROM preservationMatterCase WHERE caseId IN (SELECT caseId FROM preservationMatterCase WHERE matterId = \(id)))
                """, on: connection)
            let lastSuffix = try suffixRows.first.map { try StoredRow($0)("last", Int.self) } ?? 0
            let numbers = RulingNumbers(
                nextSuffix: lastSuffix + 1,
                nextReconsiderationNumber: try await nextPreservationNumber(PreservationRecords.reconsiderationType, year: CalendarDate(instant).year,
                                                                             take: false, on: connection))
            var matter = before
            _ = try change(&matter, numbers)
            for number in PreservationRecords.issuedNumbers(before: before, after: matter) {
                let taken = try await rows("""
                    INSERT INTO preservationRuling (number, matterId, suffix) VALUES (\(number.canonical), \(id), \(number.suffix))
                    ON CONFLICT (number) DO NOTHING RETURNING number
                    """, on: connection)
                guard !taken.isEmpty else { throw PreservationRecords.numberTaken(number) }
                if number.typeCode == PreservationRecords.reconsiderationType {
                    _ = try await nextPreservationNumber(PreservationRecords.reconsiderationType, year: number.year, take: true, on: connection)
                }
            }
            try await connection.query("""
                UPDATE preservationMatter SET status = \(matter.status.rawValue), document = \(PreservationRecords.document(matter))::jsonb,
                  version = \(matter.version)
                WHERE id = \(id)
                """, logger: logger)
            return matter
        }
    }

    // MARK: - Rows

    static func decodeMatter(_ row: StoredRow) throws -> PreservationMatter {
        try PreservationRecords.matter(document: try row("document"), id: try row("id"), version: try row("version"))
    }

    /// The next number of `typeCode` in `year`; `take` allocates it, otherwise it is only read.
    func nextPreservationNumber(_ typeCode: String, year: Int, take: Bool, on connection: PostgresConnection) async throws -> CaseNumber {
        let sequence: Int
        if take {
            let taken = try await rows("""
                INSERT INTO preservationSequence (year, typeCode, lastSequence) VALUES (\(year), \(typeCode), 1)
                ON CONFLICT (year, typeCode) DO UPDATE SET lastSequence = preservationSequence.lastSequence + 1
                RETURNING lastSequence
                """, on: connection)
            guard let row = taken.first else { throw StoredRowError(column: "preservationSequence.lastSequence", value: nil) }
            sequence = try StoredRow(row)("lastSequence")
        } else {
            let last = try await rows("SELECT lastSequence FROM preservationSequence WHERE year = \(year) AND typeCode = \(typeCode)", on: connection)
            sequence = (try last.first.map { try StoredRow($0)("lastSequence", Int.self) } ?? 0) + 1
        }
        return CaseNumber(year: year, courtCode: CaseNumber.supremeCourtCode, typeCode: typeCode, sequences: [sequence])
    }
}

extension PostgresStore: DamagesRepository {
    public func record(_ assessment: DamagesAssessment, caseId: Int64, actor: String, at instant: Date) async throws -> RecordedAssessment {
        let inserted = try await rows("""
            INSERT INTO damagesAssessment (caseId, recordedBy, recordedAt, total, document)
            VALUES (\(caseId), \(actor), \(instant), \(assessment.total.plainYuanText), \(StoredJSON.text(assessment))::jsonb)
            RETURNING id
            """)
        guard let row = inserted.first else { throw StoredRowError(column: "damagesAssessment.id", value: nil) }
        return RecordedAssessment(id: try StoredRow(row)("id"), caseId: caseId, recordedBy: actor, recordedAt: instant, assessment: assessment)
    }

    public func assessments(caseId: Int64) async throws -> [RecordedAssessment] {
        readable(try await rows("""
            SELECT id, caseId, recordedBy, recordedAt, document::text AS document FROM damagesAssessment WHERE caseId = \(caseId) ORDER BY id
            """), "damagesAssessment") { row in
            RecordedAssessment(id: try row("id"), caseId: try row("caseId"), recordedBy: try row("recordedBy"), recordedAt: try row("recordedAt"),
                               assessment: try StoredJSON.value(DamagesAssessment.self, try row("document"), column: "damagesAssessment.document"))
        }
    }
}
