import Foundation
import PostgresNIO
import StoreRecords
import TribunalKernel
import PublicPortal
import JudgmentSearch

extension PostgresStore: PortalRepository {
    public func submit(_ message: MailboxMessage, formNonce: String, clientDigest: String?,
                       limit: (count: Int, since: Date)?) async throws -> Int64 {
        try await transaction { connection in
            // One sender's messages are counted under a lock on its digest, so that two
            // processes cannot both accept the one over the limit.
            if let clientDigest, let limit {
                try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(clientDigest)))", logger: logger)
                let counted = try await rows("""
                    SELECT COUNT(*) AS n FROM mailboxMessage WHERE clientDigest = \(clientDigest) AND receivedAt >= \(limit.since)
                    """, on: connection)
                if try counted.first.map({ try StoredRow($0)("n", Int.self) }) ?? 0 >= limit.count {
                    throw Throttled.mailbox(count: limit.count)
                }
            }
            let used = try await rows("""
                INSERT INTO mailboxFormUse (nonce, usedAt) VALUES (\(formNonce), \(message.receivedAt))
                ON CONFLICT (nonce) DO NOTHING RETURNING nonce
                """, on: connection)
            guard used.count == 1 else { throw MailboxFormAlreadyUsed() }
            // A form is valid for a day, so older uses need not be remembered.
            try await connection.query("DELETE FROM mailboxFormUse WHERE usedAt < \(message.receivedAt.addingTimeInterval(-2 * 86_400))",
                                       logger: logger)
            let inserted = try await rows("""
                INSERT INTO mailboxMessage (receivedAt, clientDigest, document)
                VALUES (\(message.receivedAt), \(clientDigest), \(StoredJSON.text(message))::jsonb) RETURNING id
                """, on: connection)
            guard let row = inserted.first else { throw StoredRowError(column: "mailboxMessage.id", value: nil) }
            return try StoredRow(row)("id")
        }
    }

    public func mailbox(limit: Int, offset: Int) async throws -> [StoredMailboxMessage] {
        readable(try await rows("""
            SELECT id, document::text AS document FROM mailboxMessage ORDER BY id DESC
            LIMIT \(max(1, min(limit, 200))) OFFSET \(max(0, offset))
            """), "mailboxMessage") { r in
            StoredMailboxMessage(id: try r("id"), message: try StoredJSON.value(MailboxMessage.self, try r("document"), column: "document"))
        }
    }

    public func recordVisits(_ batch: VisitBatch) async throws {
        guard !batch.isEmpty else { return }
        try await transaction { connection in
            for (key, views) in batch.pageViews {
                try await connection.query("""
                    INSERT INTO pageViews (day, language, views) VALUES (\(key.day), \(key.language), \(views))
                    ON CONFLICT (day, language) DO UPDATE SET views = pageViews.views + excluded.views
                    """, logger: logger)
            }
            for (key, sketch) in batch.visitors {
                // The row is locked while it is merged: another process's batch waits and merges after.
                try await connection.query("""
                    INSERT INTO dailyVisitorSketch (day, language, registers) VALUES (\(key.day), \(key.language), \(Data(VisitorSketch().registers)))
                    ON CONFLICT (day, language) DO NOTHING
                    """, logger: logger)
                let stored = try await rows("""
                    SELECT registers FROM dailyVisitorSketch WHERE day = \(key.day) AND language = \(key.language) FOR UPDATE
                    """, on: connection)
                var merged = sketch
                if let row = stored.first { merged.merge(try Self.sketch(try StoredRow(row)("registers"))) }
                try await connection.query("""
                    UPDATE dailyVisitorSketch SET registers = \(Data(merged.registers)) WHERE day = \(key.day) AND language = \(key.language)
                    """, logger: logger)
            }
        }
    }

    public func visitorTotals() async throws -> [VisitorTotal] {
        var visitors: [String: Int] = [:]
        for row in try await rows("SELECT language, registers FROM dailyVisitorSketch") {
            let r = StoredRow(row)
            visitors[try r("language", String.self), default: 0] += try Self.sketch(try r("registers")).estimate
        }
        return try await rows("SELECT language, SUM(views)::bigint AS views FROM pageViews GROUP BY language ORDER BY language DESC").map { row in
            let r = StoredRow(row)
            let language: String = try r("language")
            return VisitorTotal(language: language, pageViews: try r("views"), dailyVisitors: visitors[language] ?? 0)
        }
    }

    static func sketch(_ data: Data) throws -> VisitorSketch {
        guard let sketch = VisitorSketch(registers: [UInt8](data)) else { throw StoredRowError(column: "registers", value: "\(data.count) bytes") }
        return sketch
    }
}

extension PostgresStore {
    public func sharedSecret(named name: String, candidate: [UInt8], at instant: Date,
                             forgetting prefix: String?, before forgettingBefore: Date?) async throws -> [UInt8] {
        try await transaction { connection in
            if let prefix, let forgettingBefore {
                try await connection.query("""
                    DELETE FROM sharedSecret WHERE starts_with(name, \(prefix)) AND createdAt < \(forgettingBefore)
                    """, logger: logger)
            }
            try await connection.query("""
                INSERT INTO sharedSecret (name, value, createdAt) VALUES (\(name), \(Data(candidate)), \(instant)) ON CONFLICT (name) DO NOTHING
                """, logger: logger)
            let stored = try await rows("SELECT value FROM sharedSecret WHERE name = \(name)", on: connection)
            guard let row = stored.first else { throw StoredRowError(column: "sharedSecret.value", value: nil) }
            return [UInt8](try StoredRow(row)("value", Data.self))
        }
    }
}

extension PostgresStore: SavedSearchRepository {
    public func save(_ search: SavedSearch) async throws -> SavedSearch {
        let inserted = try await rows("""
            INSERT INTO savedSearch (accountId, name, query, feedToken, createdAt)
            VALUES (\(search.accountId), \(search.name), \(search.query), \(search.feedToken), \(search.createdAt)) RETURNING id
            """)
        guard let row = inserted.first else { throw StoredRowError(column: "savedSearch.id", value: nil) }
        var saved = search
        saved.id = try StoredRow(row)("id")
        return saved
    }

    public func savedSearches(accountId: Int64) async throws -> [SavedSearch] {
        readable(try await rows("SELECT * FROM savedSearch WHERE accountId = \(accountId) ORDER BY id"), "savedSearch", Self.decodeSavedSearch)
    }

    public func deleteSavedSearch(id: Int64, accountId: Int64) async throws -> Bool {
        try await rows("DELETE FROM savedSearch WHERE id = \(id) AND accountId = \(accountId) RETURNING id").count == 1
    }

    public func savedSearch(feedToken: String) async throws -> SavedSearch? {
        try await rows("SELECT * FROM savedSearch WHERE feedToken = \(feedToken)").first.map { try Self.decodeSavedSearch(StoredRow($0)) }
    }

    static func decodeSavedSearch(_ r: StoredRow) throws -> SavedSearch {
        SavedSearch(id: try r("id"), accountId: try r("accountId"), name: try r("name"), query: try r("query"),
                    feedToken: try r("feedToken"), createdAt: try r("createdAt"))
    }
}
