import Foundation
import GRDB
import TribunalCore

extension SQLiteStore: PortalRepository {
    public func submit(_ message: MailboxMessage, formNonce: String, clientDigest: String?) async throws -> Int64 {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO mailboxFormUse (nonce, usedAt) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING",
                           arguments: [formNonce, message.receivedAt])
            guard db.changesCount == 1 else { throw MailboxFormAlreadyUsed() }
            // A form is valid for a day, so older uses need not be remembered.
            try db.execute(sql: "DELETE FROM mailboxFormUse WHERE usedAt < ?", arguments: [message.receivedAt.addingTimeInterval(-2 * 86_400)])
            try db.execute(sql: "INSERT INTO mailboxMessage (receivedAt, clientDigest, document) VALUES (?, ?, ?)",
                           arguments: [message.receivedAt, clientDigest, Self.json(message)])
            return db.lastInsertedRowID
        }
    }

    public func mailboxSubmissions(clientDigest: String, since instant: Date) async throws -> Int {
        try await writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM mailboxMessage WHERE clientDigest = ? AND receivedAt >= ?",
                             arguments: [clientDigest, instant]) ?? 0
        }
    }

    public func mailbox(limit: Int, offset: Int) async throws -> [StoredMailboxMessage] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, document FROM mailboxMessage ORDER BY id DESC LIMIT ? OFFSET ?",
                             arguments: [max(1, min(limit, 200)), max(0, offset)]).map { row in
                StoredMailboxMessage(id: row["id"], message: try Self.decodeJSON(MailboxMessage.self, row["document"]))
            }
        }
    }

    public func recordVisits(_ batch: VisitBatch) async throws {
        guard !batch.isEmpty else { return }
        try await writer.write { db in
            for (key, views) in batch.pageViews {
                try db.execute(sql: """
                    INSERT INTO pageViews (day, language, views) VALUES (?, ?, ?)
                    ON CONFLICT (day, language) DO UPDATE SET views = views + excluded.views
                    """, arguments: [key.day, key.language, views])
            }
            for (key, digests) in batch.visitors {
                for digest in digests {
                    try db.execute(sql: "INSERT OR IGNORE INTO dailyVisitor (day, language, digest) VALUES (?, ?, ?)",
                                   arguments: [key.day, key.language, digest])
                }
            }
        }
    }

    public func visitorTotals() async throws -> [VisitorTotal] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.language, SUM(p.views) AS views,
                       (SELECT COUNT(*) FROM dailyVisitor d WHERE d.language = p.language) AS visitors
                FROM pageViews p GROUP BY p.language ORDER BY p.language DESC
                """).map { VisitorTotal(language: $0["language"], pageViews: $0["views"], dailyVisitors: $0["visitors"]) }
        }
    }

    public func yearlyFigures() async throws -> [YearlyFigures] {
        try await writer.read { db in
            let received = try Row.fetchAll(db, sql: "SELECT year, COUNT(*) AS n FROM courtCase GROUP BY year")
            let closed = try Row.fetchAll(db, sql: """
                SELECT CAST(substr(closedOn, 1, 4) AS INTEGER) AS year, COUNT(*) AS n FROM courtCase
                WHERE closedOn IS NOT NULL GROUP BY 1
                """)
            var figures: [Int: YearlyFigures] = [:]
            for row in received { figures[row["year"], default: YearlyFigures(year: row["year"], received: 0, closed: 0)].received = row["n"] }
            for row in closed { figures[row["year"], default: YearlyFigures(year: row["year"], received: 0, closed: 0)].closed = row["n"] }
            return figures.values.sorted { $0.year < $1.year }
        }
    }
}
