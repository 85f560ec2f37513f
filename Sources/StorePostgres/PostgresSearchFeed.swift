import Foundation
import Logging
import PostgresNIO
import StoreRecords
import TribunalKernel
import SearchEngine
import JudgmentSearch

/// The search feed of the PostgreSQL store: `judgmentIndex` holds the documents, `searchFeed` the
/// judgments changed at each position. The head row stays locked until its transaction commits,
/// so positions become visible in order; a NOTIFY at commit wakes the other processes.
struct PostgresSearchFeed: SearchFeedSource {
    let client: PostgresClient
    let logger: Logger

    /// The channel the feed's commits are announced on.
    static let channel = "tribunal_search_feed"

    func identity() async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let candidate = Data((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        try await client.query("""
            INSERT INTO sharedSecret (name, value, createdAt) VALUES ('search-feed-identity', \(candidate), now()) ON CONFLICT (name) DO NOTHING
            """, logger: logger)
        let found = try await client.query("SELECT value FROM sharedSecret WHERE name = 'search-feed-identity'", logger: logger).collect()
        guard let row = found.first else { throw StoredRowError(column: "sharedSecret.value", value: nil) }
        return try StoredRow(row)("value", Data.self).hex
    }

    func feedPosition() async throws -> Int64 {
        let found = try await client.query("SELECT position FROM searchFeedHead WHERE id = 1", logger: logger).collect()
        return try found.first.map { try StoredRow($0)("position", Int64.self) } ?? 0
    }

    func changes(after position: Int64) async throws -> SearchFeedChanges {
        // One snapshot for the head, the changed ids and their documents.
        try await client.withConnection { connection in
            try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            do {
                let headRows = try await connection.query("SELECT position, prunedThrough FROM searchFeedHead WHERE id = 1", logger: logger).collect()
                let head = try headRows.first.map { try StoredRow($0)("position", Int64.self) } ?? 0
                let prunedThrough = try headRows.first.map { try StoredRow($0)("prunedthrough", Int64.self) } ?? 0
                let ids = try await connection.query("""
                    SELECT DISTINCT judgmentId FROM searchFeed WHERE position > \(position) AND position <= \(head)
                    """, logger: logger).collect().map { try StoredRow($0)("judgmentId", Int64.self) }
                var documents = Dictionary(uniqueKeysWithValues: ids.map { ($0, [SearchDocument]()) })
                if !ids.isEmpty {
                    let rows = try await connection.query("""
                        SELECT * FROM judgmentIndex WHERE judgmentId = ANY(\(ids)) \(unescaped: Self.documentOrder)
                        """, logger: logger).collect()
                    for document in readable(rows) { documents[document.judgmentId, default: []].append(document) }
                }
                try await connection.query("COMMIT", logger: logger)
                return SearchFeedChanges(position: head, documents: documents, isComplete: position >= prunedThrough)
            } catch {
                try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    func documents(afterJudgmentId judgmentId: Int64, judgments: Int) async throws -> [SearchDocument] {
        readable(try await client.query("""
            SELECT * FROM judgmentIndex WHERE judgmentId IN (
              SELECT DISTINCT judgmentId FROM judgmentIndex WHERE judgmentId > \(judgmentId) ORDER BY judgmentId LIMIT \(judgments))
            \(unescaped: Self.documentOrder)
            """, logger: logger).collect())
    }

    func documents(judgmentIds: [Int64]) async throws -> [SearchDocument] {
        guard !judgmentIds.isEmpty else { return [] }
        return readable(try await client.query("SELECT * FROM judgmentIndex WHERE judgmentId = ANY(\(judgmentIds))", logger: logger).collect())
    }

    func prune(through position: Int64) async throws {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                try await Self.prune(through: position, on: connection, logger: logger)
                try await connection.query("COMMIT", logger: logger)
            } catch {
                try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// Listens on the feed's channel until a notification or the timeout; a notification sent
    /// while not listening is caught by the caller's catch-up, which reads by position.
    func waitForChanges(timeout: Duration) async throws {
        do {
            try await withTimeout(timeout) {
                try await client.withConnection { connection in
                    try await connection.listen(on: Self.channel) { notifications in
                        for try await _ in notifications { return }
                    }
                }
            }
        } catch is TimedOut {
            return
        }
    }

    /// Appends the judgment to the feed in the caller's transaction, and announces it at commit.
    static func append(judgmentId: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        let head = try await connection.query("UPDATE searchFeedHead SET position = position + 1 WHERE id = 1 RETURNING position",
                                              logger: logger).collect()
        guard let row = head.first else { throw StoredRowError(column: "searchFeedHead.position", value: nil) }
        let position: Int64 = try StoredRow(row)("position")
        try await connection.query("INSERT INTO searchFeed (position, judgmentId) VALUES (\(position), \(judgmentId))", logger: logger)
        if let through = SearchFeedRetention.pruneThrough(afterAppendingAt: position) {
            try await prune(through: through, on: connection, logger: logger)
        }
        try await connection.query("SELECT pg_notify(\(channel), \(String(position)))", logger: logger)
    }

    /// Deletes the feed's entries up to `through`, and marks them gone for the followers.
    static func prune(through position: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("DELETE FROM searchFeed WHERE position <= \(position)", logger: logger)
        try await connection.query("UPDATE searchFeedHead SET prunedThrough = greatest(prunedThrough, \(position)) WHERE id = 1", logger: logger)
    }

    /// A judgment's documents together (the index requires it), Chinese first.
    static let documentOrder = "ORDER BY judgmentId, language = 'en', id"

    private func readable(_ rows: [PostgresRow]) -> [SearchDocument] {
        rows.compactMap { row in
            do {
                return try Self.document(StoredRow(row))
            } catch {
                logger.error("judgmentIndex row cannot be read and is left out: \(error)")
                return nil
            }
        }
    }

    static func document(_ r: StoredRow) throws -> SearchDocument {
        try IndexRecord(id: try r("id"), judgmentId: try r("judgmentId"), version: try r("version"), language: try r("language"),
                        caseNumber: try r("caseNumber"), caseKey: try r("caseKey"), year: try r("year"), typeCode: try r("typeCode"),
                        cause: try r("cause"), courtCode: try r("courtCode"), disposition: try r("disposition"),
                        designation: try r("designation"), decidedOn: try r("decidedOn"), title: try r("title"),
                        holding: try r("holding"), body: try r("body"), parties: try r("parties"), judges: try r("judges")).document()
    }
}
