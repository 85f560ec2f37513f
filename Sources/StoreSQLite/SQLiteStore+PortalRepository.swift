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

extension SQLiteStore: PortalRepository {
    public func submit(_ message: MailboxMessage, formNonce: String, clientDigest: String?,
                       limit: (count: Int, since: Date)?) async throws -> Int64 {
        try await writer.write { db in
            if let clientDigest, let limit,
               try Int.fetchOne(db, sql: "SELECT count(*) FROM mailboxMessage WHERE clientDigest = ? AND receivedAt >= ?",
                                arguments: [clientDigest, limit.since]) ?? 0 >= limit.count {
                throw Throttled.mailbox(count: limit.count)
            }
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

    public func mailbox(limit: Int, offset: Int) async throws -> [StoredMailboxMessage] {
        try await Self.readList(writer, "mailboxMessage", sql: "SELECT id, document FROM mailboxMessage ORDER BY id DESC LIMIT ? OFFSET ?",
                                arguments: [max(1, min(limit, 200)), max(0, offset)]) { row in
            StoredMailboxMessage(id: try Self.column(row, "id"), message: try Self.decodeJSON(MailboxMessage.self, Self.column(row, "document")))
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
            for (key, sketch) in batch.visitors {
                var merged = sketch
                if let stored = try Data.fetchOne(db, sql: "SELECT registers FROM dailyVisitorSketch WHERE day = ? AND language = ?",
                                                  arguments: [key.day, key.language]) {
                    merged.merge(try Self.sketch(stored))
                }
                try db.execute(sql: """
                    INSERT INTO dailyVisitorSketch (day, language, registers) VALUES (?, ?, ?)
                    ON CONFLICT (day, language) DO UPDATE SET registers = excluded.registers
                    """, arguments: [key.day, key.language, Data(merged.registers)])
            }
        }
    }

    public func visitorTotals() async throws -> [VisitorTotal] {
        try await writer.read { db in
            var visitors: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT language, registers FROM dailyVisitorSketch") {
                visitors[row["language"], default: 0] += try Self.sketch(try Self.column(row, "registers")).estimate
            }
            return try Row.fetchAll(db, sql: "SELECT language, SUM(views) AS views FROM pageViews GROUP BY language ORDER BY language DESC")
                .map { row in
                    let language: String = try Self.column(row, "language")
                    return VisitorTotal(language: language, pageViews: try Self.column(row, "views"), dailyVisitors: visitors[language] ?? 0)
                }
        }
    }

    static func sketch(_ data: Data) throws -> VisitorSketch {
        guard let sketch = VisitorSketch(registers: [UInt8](data)) else { throw StoredRowError(column: "registers", value: "\(data.count) bytes") }
        return sketch
    }

    public func sharedSecret(named name: String, candidate: [UInt8], at instant: Date,
                             forgetting prefix: String?, before forgettingBefore: Date?) async throws -> [UInt8] {
        try await writer.write { db in
            if let prefix, let forgettingBefore {
                try db.execute(sql: "DELETE FROM sharedSecret WHERE substr(name, 1, ?) = ? AND createdAt < ?",
                               arguments: [prefix.count, prefix, forgettingBefore])
            }
            try db.execute(sql: "INSERT INTO sharedSecret (name, value, createdAt) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
                           arguments: [name, Data(candidate), instant])
            guard let stored = try Data.fetchOne(db, sql: "SELECT value FROM sharedSecret WHERE name = ?", arguments: [name]) else {
                throw StoredRowError(column: "sharedSecret.value", value: nil)
            }
            return [UInt8](stored)
        }
    }
}
