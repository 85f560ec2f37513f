import Foundation
import PostgresNIO
import StoreRecords
import TribunalKernel
import Accounts
import Docket
import Judgments
import SearchEngine
import JudgmentSearch

extension PostgresStore: JudgmentRepository {
    public func draft(caseId: Int64, _ make: @Sendable (CourtCase) throws -> Judgment) async throws -> Judgment {
        let drafted = try await transaction { connection in
            // The case is read locked: its judgment is checked against it as it stays until commit.
            let found = try await rows("SELECT \(unescaped: Self.caseColumns) FROM courtCase WHERE id = \(caseId) FOR SHARE", on: connection)
            guard let row = found.first else { throw NotFound(field: "id", "no case has id \(caseId)") }
            var judgment = try make(try Self.decodeCase(StoredRow(row)))
            judgment.id = try await Self.insert(judgment, on: connection, logger: logger)
            return judgment
        }
        return drafted
    }

    public func judgment(id: Int64) async throws -> Judgment? {
        try await rows("SELECT id, document::text AS document FROM judgment WHERE id = \(id)").first.map { try Self.decodeJudgment(StoredRow($0)) }
    }

    public func judgments(caseId: Int64) async throws -> [Judgment] {
        readable(try await rows("SELECT id, document::text AS document FROM judgment WHERE caseId = \(caseId) ORDER BY id"),
                 "judgment", Self.decodeJudgment)
    }

    public func updateJudgment(id: Int64, _ change: @Sendable (inout Judgment) throws -> Void) async throws -> Judgment {
        try await transaction { connection in
            let found = try await rows("SELECT id, document::text AS document FROM judgment WHERE id = \(id) FOR UPDATE", on: connection)
            guard let row = found.first else { throw NotFound(field: "id", "no judgment has id \(id)") }
            var judgment = try Self.decodeJudgment(StoredRow(row))
            try change(&judgment)
            judgment.id = id
            try await connection.query("""
                UPDATE judgment SET caseNumber = \(judgment.caseNumber.canonical), status = \(judgment.status.rawValue),
                  publishedVersions = \(judgment.publishedVersions), document = \(StoredJSON.text(judgment))::jsonb
                WHERE id = \(id)
                """, logger: logger)
            return judgment
        }
    }

    public func publish(judgmentId: Int64, _ make: @Sendable (Judgment, CourtCase) throws -> PublishedJudgment) async throws -> PublishedJudgment {
        let publication = try await transaction { connection in
            let found = try await rows("SELECT id, document::text AS document FROM judgment WHERE id = \(judgmentId) FOR UPDATE", on: connection)
            guard let row = found.first else { throw NotFound(field: "id", "no judgment has id \(judgmentId)") }
            var judgment = try Self.decodeJudgment(StoredRow(row))
            // The case is read locked: a change of its parties waits until this publication commits.
            let cases = try await rows("SELECT \(unescaped: Self.caseColumns) FROM courtCase WHERE id = \(judgment.caseId) FOR SHARE",
                                       on: connection)
            guard let caseRow = cases.first else { throw NotFound(field: "caseId", "the judgment's case is gone") }
            let publication = try make(judgment, try Self.decodeCase(StoredRow(caseRow)))
            // What is stored stays consistent: the publication is this judgment's next version.
            guard publication.judgmentId == judgmentId, publication.version == judgment.publishedVersions + 1 else {
                throw CaseLifecycleError.changedConcurrently
            }
            judgment.publishedVersions = publication.version
            judgment.status = .published
            try await connection.query("""
                UPDATE judgment SET status = \(judgment.status.rawValue), publishedVersions = \(judgment.publishedVersions),
                  document = \(StoredJSON.text(judgment))::jsonb
                WHERE id = \(judgment.id)
                """, logger: logger)
            try await Self.insertVersion(publication, on: connection, logger: logger)
            try await Self.reindex(publication, on: connection, logger: logger)
            return publication
        }
        await judgmentSearch.follower.catchUpAfterCommit()
        return publication
    }

    public func publications(caseNumber: CaseNumber) async throws -> [PublishedJudgment] {
        readable(try await rows("""
            SELECT judgmentId AS id, document::text AS document FROM judgmentVersion WHERE caseNumber = \(caseNumber.canonical)
            ORDER BY judgmentId, version
            """), "judgmentVersion", Self.decodePublication)
    }

    public func latestPublications(limit: Int, offset: Int) async throws -> [PublishedJudgment] {
        readable(try await rows("""
            SELECT v.judgmentId AS id, v.document::text AS document FROM judgmentVersion v
            JOIN judgment j ON j.id = v.judgmentId AND j.publishedVersions = v.version
            ORDER BY v.decidedOn DESC, v.judgmentId DESC LIMIT \(max(1, min(limit, 200))) OFFSET \(max(0, offset))
            """), "judgmentVersion", Self.decodePublication)
    }

    public func designatedPublications(limit: Int) async throws -> [PublishedJudgment] {
        readable(try await rows("""
            SELECT v.judgmentId AS id, v.document::text AS document FROM judgmentIndex i
            JOIN judgmentVersion v ON v.judgmentId = i.judgmentId AND v.version = i.version
            WHERE i.designation IS NOT NULL AND i.language = 'zh' ORDER BY i.decidedOn DESC LIMIT \(max(1, min(limit, 100)))
            """), "judgmentVersion", Self.decodePublication)
    }

    public func recordConfidentialRead(accountId: Int64, judgmentId: Int64, at instant: Date) async throws {
        try await client.query("INSERT INTO confidentialRead (accountId, judgmentId, at) VALUES (\(accountId), \(judgmentId), \(instant))",
                               logger: logger)
    }

    public func confidentialReads(judgmentId: Int64) async throws -> [ConfidentialRead] {
        try await rows("SELECT accountId, judgmentId, at FROM confidentialRead WHERE judgmentId = \(judgmentId) ORDER BY id").map { row in
            let r = StoredRow(row)
            return ConfidentialRead(accountId: try r("accountId"), judgmentId: try r("judgmentId"), at: try r("at"))
        }
    }

    // MARK: - Rows

    /// Inserts a judgment row and returns its id.
    static func insert(_ judgment: Judgment, on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        let inserted = try await connection.query("""
            INSERT INTO judgment (caseId, caseNumber, status, publishedVersions, document)
            VALUES (\(judgment.caseId), \(judgment.caseNumber.canonical), \(judgment.status.rawValue), \(judgment.publishedVersions),
                    \(StoredJSON.text(judgment))::jsonb)
            RETURNING id
            """, logger: logger).collect()
        guard let row = inserted.first else { throw StoredRowError(column: "judgment.id", value: nil) }
        return try StoredRow(row)("id")
    }

    static func insertVersion(_ publication: PublishedJudgment, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO judgmentVersion (judgmentId, version, caseNumber, caseKey, decidedOn, publishedAt, document)
            VALUES (\(publication.judgmentId), \(publication.version), \(publication.caseNumber.canonical),
                    \(publication.caseNumber.withoutSuffix.canonical), \(publication.decidedOn), \(publication.publishedAt),
                    \(StoredJSON.text(publication))::jsonb)
            """, logger: logger)
    }

    /// Replaces the judgment's rows in `judgmentIndex` by the new version's, one per language,
    /// and appends the judgment to the search feed, in the caller's transaction.
    static func reindex(_ publication: PublishedJudgment, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("DELETE FROM judgmentIndex WHERE judgmentId = \(publication.judgmentId)", logger: logger)
        for var document in SearchDocument.documents(of: publication) {
            document.judgmentId = publication.judgmentId
            document.version = publication.version
            let r = IndexRecord(document)
            try await connection.query("""
                INSERT INTO judgmentIndex (judgmentId, version, language, caseNumber, caseKey, year, typeCode, cause, courtCode,
                  disposition, designation, decidedOn, title, holding, body, parties, judges)
                VALUES (\(r.judgmentId), \(r.version), \(r.language), \(r.caseNumber), \(r.caseKey), \(r.year), \(r.typeCode),
                  \(r.cause), \(r.courtCode), \(r.disposition), \(r.designation), \(r.decidedOn), \(r.title), \(r.holding),
                  \(r.body), \(r.parties), \(r.judges))
                """, logger: logger)
        }
        try await PostgresSearchFeed.append(judgmentId: publication.judgmentId, on: connection, logger: logger)
    }

    static func decodeJudgment(_ r: StoredRow) throws -> Judgment {
        var judgment = try StoredJSON.value(Judgment.self, try r("document"), column: "document")
        judgment.id = try r("id")
        return judgment
    }

    static func decodePublication(_ r: StoredRow) throws -> PublishedJudgment {
        try StoredJSON.value(PublishedJudgment.self, try r("document"), column: "document")
    }
}
