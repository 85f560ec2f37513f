import Foundation
import GRDB
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension SQLiteStore {
    /// The schema, as versioned migrations. A released migration is never edited: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-docket") { db in
            try db.create(table: "staff") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("nameZh", .text).notNull()
                t.column("nameEn", .text).notNull()
                t.column("role", .text).notNull()
                t.column("inPostFrom", .text).notNull()
                t.column("inPostUntil", .text)
            }
            try db.create(table: "caseSequence") { t in
                t.column("year", .integer).notNull()
                t.column("typeCode", .text).notNull()
                t.column("lastSequence", .integer).notNull()
                t.primaryKey(["year", "typeCode"])
            }
            try db.create(table: "courtCase") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("number", .text).notNull().unique()
                t.column("year", .integer).notNull()
                t.column("typeCode", .text).notNull()
                t.column("sequence", .integer).notNull()
                t.column("cause", .text).notNull()
                t.column("technicalField", .text)
                t.column("originCourtCode", .text)
                t.column("originNumber", .text)
                t.column("originDecidedOn", .text)
                t.column("originKind", .text)
                t.column("foreignRelated", .boolean).notNull()
                t.column("parties", .jsonText).notNull()
                t.column("panel", .jsonText)
                t.column("status", .text).notNull()
                t.column("disposition", .text)
                t.column("receivedOn", .text).notNull()
                t.column("docketedOn", .text).notNull()
                t.column("hearingOn", .text)
                t.column("decidedOn", .text)
                t.column("closedOn", .text)
                t.column("exclusions", .jsonText).notNull()
                t.column("extensions", .jsonText).notNull()
                t.column("version", .integer).notNull()
                t.uniqueKey(["year", "typeCode", "sequence"])
            }
            try db.create(index: "courtCase_listing", on: "courtCase", columns: ["docketedOn", "id"])
            try db.create(index: "courtCase_origin", on: "courtCase", columns: ["originCourtCode"])
            try db.create(table: "caseJudge") { t in
                t.column("caseId", .integer).notNull().references("courtCase", onDelete: .cascade)
                t.column("staffId", .integer).notNull().references("staff")
                t.primaryKey(["caseId", "staffId"])
            }
            try db.create(index: "caseJudge_staff", on: "caseJudge", columns: ["staffId"])
            try db.create(table: "caseEvent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("caseId", .integer).notNull().references("courtCase", onDelete: .cascade).indexed()
                t.column("kind", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("at", .datetime).notNull()
                t.column("summary", .text).notNull()
            }
        }
        migrator.registerMigration("v1-accounts") { db in
            try db.create(table: "account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("username", .text).notNull().unique(onConflict: .abort)
                t.column("role", .text).notNull()
                t.column("passwordHash", .text).notNull()
            }
            try db.create(table: "apiToken") { t in
                t.primaryKey("digest", .text)
                t.column("accountId", .integer).notNull().references("account", onDelete: .cascade)
                t.column("expiresAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v2-judgments") { db in
            try db.create(table: "judgment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("caseId", .integer).notNull().references("courtCase").indexed()
                t.column("caseNumber", .text).notNull()
                t.column("status", .text).notNull()
                t.column("publishedVersions", .integer).notNull()
                t.column("document", .jsonText).notNull()
            }
            try db.create(table: "judgmentVersion") { t in
                t.column("judgmentId", .integer).notNull().references("judgment")
                t.column("version", .integer).notNull()
                t.column("caseNumber", .text).notNull().indexed()
                t.column("caseKey", .text).notNull().indexed()
                t.column("decidedOn", .text).notNull()
                t.column("publishedAt", .datetime).notNull()
                t.column("document", .jsonText).notNull()
                t.primaryKey(["judgmentId", "version"])
            }
            // What the search index holds: the latest published version of each judgment, one row
            // per language. Only public (redacted) text ever reaches it.
            try db.create(table: "judgmentIndex") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("judgmentId", .integer).notNull().references("judgment")
                t.column("version", .integer).notNull()
                t.column("language", .text).notNull()
                t.column("caseNumber", .text).notNull()
                t.column("caseKey", .text).notNull().indexed()
                t.column("year", .integer).notNull()
                t.column("typeCode", .text).notNull()
                t.column("cause", .text).notNull()
                t.column("courtCode", .text)
                t.column("disposition", .text)
                t.column("designation", .text)
                t.column("decidedOn", .text).notNull()
                t.column("title", .text).notNull()
                t.column("holding", .text).notNull()
                t.column("body", .text).notNull()
                t.column("parties", .text).notNull()
                t.column("judges", .text).notNull()
                t.uniqueKey(["judgmentId", "language"])
            }
            try db.create(index: "judgmentIndex_date", on: "judgmentIndex", columns: ["decidedOn"])
            try db.execute(sql: """
                CREATE VIRTUAL TABLE judgmentSearch USING fts5(
                  title, holding, body, parties, judges,
                  content='judgmentIndex', content_rowid='id', tokenize='tribunal')
                """)
        }
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
        migrator.registerMigration("v4-similar-cases") { db in
            // Document frequencies of the search index's terms, for tf·idf weighting of similar-case queries.
            try db.execute(sql: "CREATE VIRTUAL TABLE judgmentSearchVocab USING fts5vocab(judgmentSearch, 'row')")
        }
        migrator.registerMigration("v5-saved-searches") { db in
            try db.create(table: "savedSearch") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("accountId", .integer).notNull().references("account", onDelete: .cascade).indexed()
                t.column("name", .text).notNull()
                t.column("query", .text).notNull()
                t.column("feedToken", .text).notNull().unique()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v6-own-search-index") { db in
            // Search moved to Tribunal's own in-memory index (SearchIndex), built from judgmentIndex:
            // FTS5 had to read every match to rank it.
            try db.execute(sql: "DROP TABLE judgmentSearchVocab")
            try db.execute(sql: "DROP TABLE judgmentSearch")
        }
        migrator.registerMigration("v7-sign-in-throttle") { db in
            // Failed sign-ins per account and per client address (SignInThrottle).
            try db.create(table: "signInFailure") { t in
                t.primaryKey("key", .text)
                t.column("failures", .integer).notNull()
                t.column("lastFailureAt", .datetime).notNull()
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
        migrator.registerMigration("v10-confidential-access") { db in
            // An account belongs to a staff member, whose panels decide what confidential
            // passages it reads; every such read is recorded.
            try db.alter(table: "account") { t in t.add(column: "staffId", .integer).references("staff", onDelete: .setNull) }
            try db.create(table: "confidentialRead") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("accountId", .integer).notNull().references("account", onDelete: .cascade)
                t.column("judgmentId", .integer).notNull().references("judgment", onDelete: .cascade).indexed()
                t.column("at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v11-sign-in-failure-age") { db in
            // Old failures are deleted on each new one, by age.
            try db.create(index: "signInFailureByAge", on: "signInFailure", columns: ["lastFailureAt"])
        }
        migrator.registerMigration("v12-extension-requests") { db in
            // A request to extend a trial period waits here for its decision.
            try db.alter(table: "courtCase") { t in t.add(column: "extensionRequest", .jsonText) }
        }
        migrator.registerMigration("v13-search-feed") { db in
            // The change feed each process's search index follows: one entry per transaction and
            // judgment whose documents changed, at the next position of the head's counter.
            try db.create(table: "searchFeedHead") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("position", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO searchFeedHead (id, position) VALUES (1, 0)")
            try db.create(table: "searchFeed") { t in
                t.primaryKey("position", .integer)
                t.column("judgmentId", .integer).notNull()
            }
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
        migrator.registerMigration("v15-docket-listing") { db in
            // The docket's filters in its listing order: a filter on an old year or a rare cause
            // walked the whole docket from its newest case (1.2 s at 100,000 cases).
            try db.create(index: "courtCase_type", on: "courtCase", columns: ["typeCode", "docketedOn", "id"])
            try db.create(index: "courtCase_status", on: "courtCase", columns: ["status", "docketedOn", "id"])
            try db.create(index: "courtCase_cause", on: "courtCase", columns: ["cause", "docketedOn", "id"])
            try db.drop(index: "courtCase_origin")
            try db.create(index: "courtCase_origin", on: "courtCase", columns: ["originCourtCode", "docketedOn", "id"])
        }
        return migrator
    }
}
