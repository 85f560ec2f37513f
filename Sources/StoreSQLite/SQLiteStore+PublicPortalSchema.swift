import Foundation
import GRDB
import PublicPortal

extension SQLiteStore {
    /// The tables of the public portal: the mailbox, visits, shared secrets.
    /// Versioned migrations: a released one is never edited, a change is a new one.
    static var publicPortalMigrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v3-portal") { db in
            try db.create(table: "mailboxMessage") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("receivedAt", .datetime).notNull()
                t.column("document", .jsonText).notNull()
            }
            try db.create(table: "pageViews") { t in
                t.column("day", .text).notNull()
                t.column("language", .text).notNull()
                t.column("views", .integer).notNull()
                t.primaryKey(["day", "language"])
            }
            // Only a daily-salted digest per visitor: no address, and no link between days.
            try db.create(table: "dailyVisitor") { t in
                t.column("day", .text).notNull()
                t.column("language", .text).notNull()
                t.column("digest", .text).notNull()
                t.primaryKey(["day", "language", "digest"])
            }
        }
        migrator.registerMigration("v8-mailbox-limits") { db in
            // Each served mailbox form sends one message; messages per sender are counted by an
            // anonymous digest of the address, never the address.
            try db.create(table: "mailboxFormUse") { t in
                t.primaryKey("nonce", .text)
                t.column("usedAt", .datetime).notNull()
            }
            try db.alter(table: "mailboxMessage") { t in t.add(column: "clientDigest", .text) }
            try db.create(index: "mailboxMessageByClient", on: "mailboxMessage", columns: ["clientDigest", "receivedAt"])
        }
        migrator.registerMigration("v9-visitor-sketches") { db in
            // One fixed-size sketch per day and language instead of a row per visitor digest, which
            // anyone could grow by sending a new User-Agent with every request.
            try db.create(table: "dailyVisitorSketch") { t in
                t.column("day", .text).notNull()
                t.column("language", .text).notNull()
                t.column("registers", .blob).notNull()
                t.primaryKey(["day", "language"])
            }
            var sketches: [[String]: VisitorSketch] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT day, language, digest FROM dailyVisitor") {
                sketches[[row["day"], row["language"]], default: VisitorSketch()].insert(row["digest"])
            }
            for (key, sketch) in sketches {
                try db.execute(sql: "INSERT INTO dailyVisitorSketch (day, language, registers) VALUES (?, ?, ?)",
                               arguments: [key[0], key[1], Data(sketch.registers)])
            }
            try db.drop(table: "dailyVisitor")
        }
        migrator.registerMigration("v14-shared-secrets") { db in
            // Secrets every process of the court must share: the mailbox form's signing key, the
            // day's visitor salt.
            try db.create(table: "sharedSecret") { t in
                t.primaryKey("name", .text)
                t.column("value", .blob).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        return migrator
    }
}
