import Foundation
import GRDB

extension SQLiteStore {
    /// The tables of judgments: drafts, published versions, what the search index holds, confidential reads.
    /// Versioned migrations: a released one is never edited, a change is a new one.
    static var judgmentsMigrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
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
        return migrator
    }
}
