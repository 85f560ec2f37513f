import Foundation
import GRDB

extension SQLiteStore {
    /// The tables of judgment search: saved searches and the change feed the index follows.
    /// Versioned migrations: a released one is never edited, a change is a new one.
    static var judgmentSearchMigrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
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
        migrator.registerMigration("v16-search-feed-pruning") { db in
            // The feed keeps its latest entries only; a follower behind what was pruned rebuilds.
            try db.alter(table: "searchFeedHead") { t in t.add(column: "prunedThrough", .integer).notNull().defaults(to: 0) }
        }
        return migrator
    }
}
