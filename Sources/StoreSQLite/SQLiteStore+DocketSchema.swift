import Foundation
import GRDB

extension SQLiteStore {
    /// The tables of the docket: staff, cases, their panels and events.
    /// Versioned migrations: a released one is never edited, a change is a new one.
    static var docketMigrator: DatabaseMigrator {
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
        migrator.registerMigration("v12-extension-requests") { db in
            // A request to extend a trial period waits here for its decision.
            try db.alter(table: "courtCase") { t in t.add(column: "extensionRequest", .jsonText) }
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
