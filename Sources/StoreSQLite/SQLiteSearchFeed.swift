import Foundation
import GRDB
import StoreRecords
import TribunalKernel
import Judgments
import SearchEngine
import JudgmentSearch

/// The search feed of the SQLite store: `judgmentIndex` holds the documents, `searchFeed` the
/// judgments changed at each position. SQLite serialises writers, so positions commit in order.
struct SQLiteSearchFeed: SearchFeedSource {
    let writer: any DatabaseWriter

    func identity() async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let candidate = Data((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        return try await writer.write { db in
            try db.execute(sql: """
                INSERT INTO sharedSecret (name, value, createdAt) VALUES ('search-feed-identity', ?, ?) ON CONFLICT (name) DO NOTHING
                """, arguments: [candidate, Date()])
            guard let stored = try Data.fetchOne(db, sql: "SELECT value FROM sharedSecret WHERE name = 'search-feed-identity'") else {
                throw StoredRowError(column: "sharedSecret.value", value: nil)
            }
            return stored.hex
        }
    }

    func feedPosition() async throws -> Int64 {
        try await writer.read { db in try Self.position(db) }
    }

    func changes(after position: Int64) async throws -> SearchFeedChanges {
        let (head, prunedThrough, ids, changed) = try await writer.read { db in
            let head = try Self.position(db)
            let prunedThrough = try Int64.fetchOne(db, sql: "SELECT prunedThrough FROM searchFeedHead WHERE id = 1") ?? 0
            let ids = try Int64.fetchAll(db, sql: "SELECT DISTINCT judgmentId FROM searchFeed WHERE position > ? AND position <= ?",
                                         arguments: [position, head])
            let rows = ids.isEmpty ? [] : try Row.fetchAll(db, sql: "SELECT * FROM judgmentIndex WHERE judgmentId IN (\(Self.list(ids))) \(Self.documentOrder)")
            return (head, prunedThrough, ids, SQLiteStore.readable(rows, "judgmentIndex", Self.document))
        }
        var documents = Dictionary(uniqueKeysWithValues: ids.map { ($0, [SearchDocument]()) })
        for document in changed { documents[document.judgmentId, default: []].append(document) }
        return SearchFeedChanges(position: head, documents: documents, isComplete: position >= prunedThrough)
    }

    func documents(afterJudgmentId judgmentId: Int64, judgments: Int) async throws -> [SearchDocument] {
        try await SQLiteStore.readList(writer, "judgmentIndex", sql: """
            SELECT * FROM judgmentIndex WHERE judgmentId IN (
              SELECT DISTINCT judgmentId FROM judgmentIndex WHERE judgmentId > ? ORDER BY judgmentId LIMIT ?)
            \(Self.documentOrder)
            """, arguments: [judgmentId, judgments], Self.document)
    }

    func documents(judgmentIds: [Int64]) async throws -> [SearchDocument] {
        guard !judgmentIds.isEmpty else { return [] }
        return try await SQLiteStore.readList(writer, "judgmentIndex",
                                              sql: "SELECT * FROM judgmentIndex WHERE judgmentId IN (\(Self.list(judgmentIds)))", Self.document)
    }

    func prune(through position: Int64) async throws {
        try await writer.write { db in try Self.prune(through: position, db: db) }
    }

    /// SQLite has no notifications: the feed's head is read every 25 ms (one row, by key, in
    /// WAL mode without blocking writers) until it moves or the timeout passes.
    func waitForChanges(timeout: Duration) async throws {
        let start = try await feedPosition()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(25))
            if try await feedPosition() != start { return }
        }
    }

    /// Appends the judgment to the feed in the current transaction.
    static func append(judgmentId: Int64, db: Database) throws {
        let position = try Int64.fetchOne(db, sql: "UPDATE searchFeedHead SET position = position + 1 WHERE id = 1 RETURNING position")!
        try db.execute(sql: "INSERT INTO searchFeed (position, judgmentId) VALUES (?, ?)", arguments: [position, judgmentId])
        if let through = SearchFeedRetention.pruneThrough(afterAppendingAt: position) { try prune(through: through, db: db) }
    }

    /// Deletes the feed's entries up to `through`, and marks them gone for the followers.
    static func prune(through position: Int64, db: Database) throws {
        try db.execute(sql: "DELETE FROM searchFeed WHERE position <= ?", arguments: [position])
        try db.execute(sql: "UPDATE searchFeedHead SET prunedThrough = max(prunedThrough, ?) WHERE id = 1", arguments: [position])
    }

    static func position(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT position FROM searchFeedHead WHERE id = 1") ?? 0
    }

    /// Identifiers for an `IN (…)` list: integers only, so nothing else reaches the SQL.
    static func list(_ ids: [Int64]) -> String { ids.map(String.init).joined(separator: ",") }

    /// A judgment's documents together (the index requires it), Chinese first.
    static let documentOrder = "ORDER BY judgmentId, language = 'en', id"

    /// A search document from its `judgmentIndex` row.
    static func document(_ row: Row) throws -> SearchDocument {
        try SQLiteStore.record(IndexRecord.self, row).document()
    }
}

/// The `judgmentIndex` row as a GRDB record.
extension IndexRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "judgmentIndex"
}
