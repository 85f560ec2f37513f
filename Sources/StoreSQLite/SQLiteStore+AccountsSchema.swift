import Foundation
import GRDB

extension SQLiteStore {
    /// The tables of accounts: sign-in, tokens, the sign-in throttle.
    /// Versioned migrations: a released one is never edited, a change is a new one.
    static var accountsMigrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
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
        migrator.registerMigration("v7-sign-in-throttle") { db in
            // Failed sign-ins per account and per client address (SignInThrottle).
            try db.create(table: "signInFailure") { t in
                t.primaryKey("key", .text)
                t.column("failures", .integer).notNull()
                t.column("lastFailureAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v11-sign-in-failure-age") { db in
            // Old failures are deleted on each new one, by age.
            try db.create(index: "signInFailureByAge", on: "signInFailure", columns: ["lastFailureAt"])
        }
        return migrator
    }
}
