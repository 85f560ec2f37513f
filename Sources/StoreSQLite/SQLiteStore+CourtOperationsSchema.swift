import Foundation
import GRDB
import StoreRecords

extension SQLiteStore {
    /// The tables of court operations: preservation matters with their cases and the ruling
    /// numbers they issued, and damages assessments recorded on cases.
    /// Versioned migrations: a released one is never edited, a change is a new one.
    static var courtOperationsMigrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v17-preservation-and-damages") { db in
            try db.create(table: "preservationSequence") { t in
                t.column("year", .integer).notNull()
                t.column("typeCode", .text).notNull()
                t.column("lastSequence", .integer).notNull()
                t.primaryKey(["year", "typeCode"])
            }
            try db.create(table: "preservationMatter") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("stage", .text).notNull()
                t.column("status", .text).notNull().indexed()
                t.column("caseNumber", .text).notNull()
                t.column("receivedAt", .datetime).notNull()
                t.column("document", .jsonText).notNull()
                t.column("version", .integer).notNull()
            }
            try db.create(table: "preservationMatterCase") { t in
                t.column("matterId", .integer).notNull().references("preservationMatter")
                t.column("caseId", .integer).notNull().references("courtCase").indexed()
                t.primaryKey(["matterId", "caseId"])
            }
            // Every ruling number issued, once: two rulings at once cannot take the same 之N.
            try db.create(table: "preservationRuling") { t in
                t.primaryKey("number", .text)
                t.column("matterId", .integer).notNull().references("preservationMatter").indexed()
                t.column("suffix", .integer)
            }
            try db.create(table: "damagesAssessment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("caseId", .integer).notNull().references("courtCase").indexed()
                t.column("recordedBy", .text).notNull()
                t.column("recordedAt", .datetime).notNull()
                t.column("total", .text).notNull()
                t.column("document", .jsonText).notNull()
            }
        }
        migrator.registerMigration("v18-hearings") { db in
            try db.create(table: "courtroom") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("nameZh", .text).notNull()
                t.column("nameEn", .text).notNull()
                t.column("location", .text)
            }
            try db.create(table: "hearing") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("caseId", .integer).notNull().references("courtCase").indexed()
                t.column("startsAt", .datetime).notNull().indexed()
                t.column("status", .text).notNull()
                t.column("document", .jsonText).notNull()
            }
        }
        migrator.registerMigration("v19-statistics-tally") { db in
            // The docket's counts by month, kept by triggers, so that a year's statistics over a
            // million cases add up a few thousand rows instead of reading the cases.
            for statement in DocketTallySQL(.sqlite).migrationStatements { try db.execute(sql: statement) }
            try SQLiteStore.workOutTrialDays(db)
        }
        return migrator
    }
}
