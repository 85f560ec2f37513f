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

extension SQLiteStore: JudgmentRepository {
    public func draft(caseId: Int64, _ make: @Sendable (CourtCase) throws -> Judgment) async throws -> Judgment {
        try await writer.write { db in
            guard let courtCase = try Self.fetchCase(db, sql: "SELECT * FROM courtCase WHERE id = ?", arguments: [caseId]) else {
                throw NotFound(field: "id", "no case has id \(caseId)")
            }
            var judgment = try make(courtCase)
            try db.execute(sql: "INSERT INTO judgment (caseId, caseNumber, status, publishedVersions, document) VALUES (?, ?, ?, ?, ?)",
                           arguments: [caseId, judgment.caseNumber.canonical, judgment.status.rawValue, 0, Self.json(judgment)])
            judgment.id = db.lastInsertedRowID
            return judgment
        }
    }

    public func judgment(id: Int64) async throws -> Judgment? {
        try await writer.read { db in try Self.fetchJudgment(db, id: id) }
    }

    public func judgments(caseId: Int64) async throws -> [Judgment] {
        try await Self.readList(writer, "judgment", sql: "SELECT id, document FROM judgment WHERE caseId = ? ORDER BY id",
                                arguments: [caseId], Self.decodeJudgment)
    }

    public func updateJudgment(id: Int64, _ change: @Sendable (inout Judgment) throws -> Void) async throws -> Judgment {
        try await writer.write { db in
            guard var judgment = try Self.fetchJudgment(db, id: id) else { throw NotFound(field: "id", "no judgment has id \(id)") }
            try change(&judgment)
            judgment.id = id
            try db.execute(sql: "UPDATE judgment SET caseNumber = ?, status = ?, publishedVersions = ?, document = ? WHERE id = ?",
                           arguments: [judgment.caseNumber.canonical, judgment.status.rawValue, judgment.publishedVersions, Self.json(judgment), id])
            return judgment
        }
    }

    public func publish(judgmentId: Int64, _ make: @Sendable (Judgment, CourtCase) throws -> PublishedJudgment) async throws -> PublishedJudgment {
        let publication = try await writer.write { db in
            guard var judgment = try Self.fetchJudgment(db, id: judgmentId) else {
                throw NotFound(field: "id", "no judgment has id \(judgmentId)")
            }
            guard let courtCase = try Self.fetchCase(db, sql: "SELECT * FROM courtCase WHERE id = ?", arguments: [judgment.caseId]) else {
                throw NotFound(field: "caseId", "the judgment's case is gone")
            }
            let publication = try make(judgment, courtCase)
            // What is stored stays consistent: the publication is this judgment's next version.
            guard publication.judgmentId == judgmentId, publication.version == judgment.publishedVersions + 1 else {
                throw CaseLifecycleError.changedConcurrently
            }
            judgment.publishedVersions = publication.version
            judgment.status = .published
            try db.execute(sql: "UPDATE judgment SET status = ?, publishedVersions = ?, document = ? WHERE id = ?",
                           arguments: [judgment.status.rawValue, judgment.publishedVersions, Self.json(judgment), judgment.id])
            try db.execute(sql: """
                INSERT INTO judgmentVersion (judgmentId, version, caseNumber, caseKey, decidedOn, publishedAt, document)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [publication.judgmentId, publication.version, publication.caseNumber.canonical,
                                 publication.caseNumber.withoutSuffix.canonical, publication.decidedOn,
                                 publication.publishedAt, Self.json(publication)])
            try reindex(publication, db: db)
            return publication
        }
        await searchIndex.catchUpAfterCommit()
        return publication
    }

    public func publications(caseNumber: CaseNumber) async throws -> [PublishedJudgment] {
        try await Self.readList(writer, "judgmentVersion",
                                sql: "SELECT judgmentId AS id, document FROM judgmentVersion WHERE caseNumber = ? ORDER BY judgmentId, version",
                                arguments: [caseNumber.canonical], Self.decodePublication)
    }

    public func latestPublications(limit: Int, offset: Int) async throws -> [PublishedJudgment] {
        try await Self.readList(writer, "judgmentVersion", sql: """
            SELECT v.judgmentId AS id, v.document FROM judgmentVersion v JOIN judgment j ON j.id = v.judgmentId AND j.publishedVersions = v.version
            ORDER BY v.decidedOn DESC, v.judgmentId DESC LIMIT ? OFFSET ?
            """, arguments: [max(1, min(limit, 200)), max(0, offset)], Self.decodePublication)
    }

    public func designatedPublications(limit: Int) async throws -> [PublishedJudgment] {
        try await Self.readList(writer, "judgmentVersion", sql: """
            SELECT v.judgmentId AS id, v.document FROM judgmentIndex i JOIN judgmentVersion v ON v.judgmentId = i.judgmentId AND v.version = i.version
            WHERE i.designation IS NOT NULL AND i.language = 'zh' ORDER BY i.decidedOn DESC LIMIT ?
            """, arguments: [max(1, min(limit, 100))], Self.decodePublication)
    }

    public func recordConfidentialRead(accountId: Int64, judgmentId: Int64, at instant: Date) async throws {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO confidentialRead (accountId, judgmentId, at) VALUES (?, ?, ?)",
                           arguments: [accountId, judgmentId, instant])
        }
    }

    public func confidentialReads(judgmentId: Int64) async throws -> [ConfidentialRead] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT accountId, judgmentId, at FROM confidentialRead WHERE judgmentId = ? ORDER BY id",
                             arguments: [judgmentId]).map { row in
                ConfidentialRead(accountId: try Self.column(row, "accountId"), judgmentId: try Self.column(row, "judgmentId"),
                                 at: try Self.column(row, "at"))
            }
        }
    }

    static func fetchJudgment(_ db: Database, id: Int64) throws -> Judgment? {
        try Row.fetchOne(db, sql: "SELECT id, document FROM judgment WHERE id = ?", arguments: [id]).map(decodeJudgment)
    }

    /// The row's id is the judgment's: a draft's document was written before its id was known.
    static func decodePublication(_ row: Row) throws -> PublishedJudgment {
        try decodeJSON(PublishedJudgment.self, column(row, "document"))
    }

    static func decodeJudgment(_ row: Row) throws -> Judgment {
        var judgment = try decodeJSON(Judgment.self, try column(row, "document") as String)
        judgment.id = try column(row, "id")
        return judgment
    }

    /// Replaces the judgment's rows in `judgmentIndex` by the new version's, one per language,
    /// and appends the judgment to the search feed, in the caller's transaction.
    func reindex(_ publication: PublishedJudgment, db: Database) throws {
        try db.execute(sql: "DELETE FROM judgmentIndex WHERE judgmentId = ?", arguments: [publication.judgmentId])
        for var document in SearchDocument.documents(of: publication) {
            document.judgmentId = publication.judgmentId
            document.version = publication.version
            try IndexRecord(document).insert(db)
        }
        try SQLiteSearchFeed.append(judgmentId: publication.judgmentId, db: db)
    }
}
