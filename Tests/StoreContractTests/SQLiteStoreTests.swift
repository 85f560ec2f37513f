import Foundation
import GRDB
import Testing
@testable import StoreSQLite

/// What is particular to the SQLite adapter: WAL, foreign keys, migrations.
@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("The database runs in WAL mode with foreign keys on, fully migrated")
    func configuration() throws {
        let store = try SQLiteStore.temporary()
        let (journal, foreignKeys) = try store.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == true)
        #expect(try store.appliedMigrations() == ["v1-docket", "v1-accounts", "v2-judgments", "v3-portal"])
    }
}
