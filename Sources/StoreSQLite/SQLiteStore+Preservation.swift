import Foundation
import GRDB
import StoreRecords
import TribunalKernel
import CourtOperations

extension SQLiteStore: PreservationRepository {
    public func file(_ draft: NewPreservationMatter, number: CaseNumber?, actor: String, at instant: Date) async throws -> PreservationMatter {
        try await writer.write { db in
            let caseNumber = try number ?? Self.nextPreservationNumber(PreservationRecords.ownNumberType, year: CalendarDate(instant).year, take: true, db: db)
            let event = PreservationEvent(kind: .applied, actor: actor, at: instant,
                                          summary: "Application by \(draft.application.applicant) against \(draft.application.respondent) (\(draft.stage.rawValue)\(draft.application.urgent ? ", urgent" : ""))")
            var matter = PreservationMatter(id: 0, stage: draft.stage, caseIds: draft.caseIds, caseNumber: caseNumber,
                                            application: draft.application, history: [event])
            try db.execute(sql: """
                INSERT INTO preservationMatter (stage, status, caseNumber, receivedAt, document, version) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [matter.stage.rawValue, matter.status.rawValue, caseNumber.canonical, draft.application.receivedAt,
                                 PreservationRecords.document(matter), matter.version])
            matter.id = db.lastInsertedRowID
            for caseId in draft.caseIds {
                try db.execute(sql: "INSERT INTO preservationMatterCase (matterId, caseId) VALUES (?, ?)", arguments: [matter.id, caseId])
            }
            return matter
        }
    }

    public func matter(id: Int64) async throws -> PreservationMatter? {
        try await writer.read { db in try Self.fetchMatter(db, id: id) }
    }

    public func matters(caseId: Int64) async throws -> [PreservationMatter] {
        try await Self.readList(writer, "preservationMatter", sql: """
            SELECT id, document, version FROM preservationMatter
            WHERE id IN (SELECT matterId FROM preservationMatterCase WHERE caseId = ?) ORDER BY id
            """, arguments: [caseId], Self.decodeMatter)
    }

    public func matters(status: PreservationMatter.Status) async throws -> [PreservationMatter] {
        try await Self.readList(writer, "preservationMatter", sql: "SELECT id, document, version FROM preservationMatter WHERE status = ? ORDER BY id",
                                arguments: [status.rawValue], Self.decodeMatter)
    }

    public func update(id: Int64, at instant: Date, _ change: @Sendable (inout PreservationMatter, RulingNumbers) throws -> PreservationEvent) async throws -> PreservationMatter {
        try await writer.write { db in
            guard let before = try Self.fetchMatter(db, id: id) else { throw NotFound(field: "id", "no preservation matter has id \(id)") }
            // The next 之N among the rulings of every matter that shares a case with this one.
            let lastSuffix = try Int.fetchOne(db, sql: """
                SELECT MAX(suffix) FROM preservationRuling WHERE matterId IN (
                  SELECT matterId FROM preservationMatterCase WHERE caseId IN (SELECT caseId FROM preservationMatterCase WHERE matterId = ?))
                """, arguments: [id]) ?? 0
            let numbers = RulingNumbers(
                nextSuffix: lastSuffix + 1,
                nextReconsiderationNumber: try Self.nextPreservationNumber(PreservationRecords.reconsiderationType, year: CalendarDate(instant).year, take: false, db: db))
            var matter = before
            _ = try change(&matter, numbers)
            for number in PreservationRecords.issuedNumbers(before: before, after: matter) {
                guard try Int.fetchOne(db, sql: "SELECT 1 FROM preservationRuling WHERE number = ?", arguments: [number.canonical]) == nil else {
                    throw PreservationRecords.numberTaken(number)
                }
                try db.execute(sql: "INSERT INTO preservationRuling (number, matterId, suffix) VALUES (?, ?, ?)",
                               arguments: [number.canonical, id, number.suffix])
                if number.typeCode == PreservationRecords.reconsiderationType {
                    _ = try Self.nextPreservationNumber(PreservationRecords.reconsiderationType, year: number.year, take: true, db: db)
                }
            }
            try db.execute(sql: "UPDATE preservationMatter SET status = ?, document = ?, version = ? WHERE id = ?",
                           arguments: [matter.status.rawValue, PreservationRecords.document(matter), matter.version, id])
            return matter
        }
    }

    // MARK: - Rows

    static func fetchMatter(_ db: Database, id: Int64) throws -> PreservationMatter? {
        try Row.fetchOne(db, sql: "SELECT id, document, version FROM preservationMatter WHERE id = ?", arguments: [id]).map(decodeMatter)
    }

    @Sendable static func decodeMatter(_ row: Row) throws -> PreservationMatter {
        try PreservationRecords.matter(document: try column(row, "document"), id: try column(row, "id"), version: try column(row, "version"))
    }

    /// The next number of `typeCode` in `year`; `take` allocates it, otherwise it is only read.
    static func nextPreservationNumber(_ typeCode: String, year: Int, take: Bool, db: Database) throws -> CaseNumber {
        let sequence: Int
        if take {
            sequence = try Int.fetchOne(db, sql: """
                INSERT INTO preservationSequence (year, typeCode, lastSequence) VALUES (?, ?, 1)
                ON CONFLICT (year, typeCode) DO UPDATE SET lastSequence = lastSequence + 1
                RETURNING lastSequence
                """, arguments: [year, typeCode])!
        } else {
            sequence = (try Int.fetchOne(db, sql: "SELECT lastSequence FROM preservationSequence WHERE year = ? AND typeCode = ?",
                                         arguments: [year, typeCode]) ?? 0) + 1
        }
        return CaseNumber(year: year, courtCode: CaseNumber.supremeCourtCode, typeCode: typeCode, sequences: [sequence])
    }
}

extension SQLiteStore: DamagesRepository {
    public func record(_ assessment: DamagesAssessment, caseId: Int64, actor: String, at instant: Date) async throws -> RecordedAssessment {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO damagesAssessment (caseId, recordedBy, recordedAt, total, document) VALUES (?, ?, ?, ?, ?)",
                           arguments: [caseId, actor, instant, assessment.total.plainYuanText, StoredJSON.text(assessment)])
            return RecordedAssessment(id: db.lastInsertedRowID, caseId: caseId, recordedBy: actor, recordedAt: instant, assessment: assessment)
        }
    }

    public func assessments(caseId: Int64) async throws -> [RecordedAssessment] {
        try await Self.readList(writer, "damagesAssessment", sql: "SELECT * FROM damagesAssessment WHERE caseId = ? ORDER BY id",
                                arguments: [caseId]) { row in
            RecordedAssessment(id: try Self.column(row, "id"), caseId: try Self.column(row, "caseId"), recordedBy: try Self.column(row, "recordedBy"),
                               recordedAt: try Self.column(row, "recordedAt"),
                               assessment: try StoredJSON.value(DamagesAssessment.self, try Self.column(row, "document"), column: "damagesAssessment.document"))
        }
    }
}
