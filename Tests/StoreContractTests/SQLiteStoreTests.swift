import Foundation
import GRDB
import Testing
@testable import StoreSQLite
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
import TribunalDemo

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
        #expect(try store.appliedMigrations() == [
            "v1-docket", "v12-extension-requests", "v15-docket-listing",
            "v1-accounts", "v7-sign-in-throttle", "v11-sign-in-failure-age",
            "v2-judgments", "v10-confidential-access",
            "v4-similar-cases", "v5-saved-searches", "v6-own-search-index", "v13-search-feed", "v16-search-feed-pruning",
            "v3-portal", "v8-mailbox-limits", "v9-visitor-sketches", "v14-shared-secrets",
            "v17-preservation-and-damages", "v18-hearings", "v19-statistics-tally",
        ])
    }

    /// The order in which the migrations were released, before each context had its migrator.
    static let releasedOrder = [
        "v1-docket", "v1-accounts", "v2-judgments", "v3-portal", "v4-similar-cases", "v5-saved-searches", "v6-own-search-index",
        "v7-sign-in-throttle", "v8-mailbox-limits", "v9-visitor-sketches", "v10-confidential-access", "v11-sign-in-failure-age",
        "v12-extension-requests", "v13-search-feed", "v14-shared-secrets", "v15-docket-listing",
    ]

    @Test("A database migrated in the released order up to any step ends, migrated per context, with the same schema as a new one",
          arguments: 0...16)
    func migratorsPerContextContinueOldDatabases(releasedSteps: Int) throws {
        func schema(_ queue: DatabaseQueue) throws -> [String] {
            try queue.read { db in
                try String.fetchAll(db, sql: "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            }
        }
        // setup: a database as an earlier release left it, its migrations run in the order they were written.
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(tokenizer: TribunalTokenizer.self) }
        let old = try DatabaseQueue(configuration: configuration)
        for identifier in Self.releasedOrder.prefix(releasedSteps) {
            let migrator = try #require(SQLiteStore.migrators.first { $0.migrator.migrations.contains(identifier) }?.migrator)
            try migrator.migrate(old, upTo: identifier)
        }
        let fresh = try DatabaseQueue(configuration: configuration)
        // MUT
        try SQLiteStore.migrate(old)
        try SQLiteStore.migrate(fresh)
        // validate
        #expect(try schema(old) == schema(fresh))
        #expect(try old.read { db in try SQLiteStore.appliedMigrations(db) }.count == SQLiteStore.migrators.flatMap { $0.migrator.migrations }.count)
    }

    @Test("A temporary store removes its files when the last copy of it is gone")
    func temporaryFilesRemoved() throws {
        // setup
        var path = ""
        do {
            let store = try SQLiteStore.temporary()
            let copy = store
            path = copy.writer.path
            try store.writer.write { db in try db.execute(sql: "CREATE TABLE scratch (x)") }
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        }
        // MUT: both copies went out of scope.
        // validate
        for suffix in ["", "-wal", "-shm"] { #expect(!FileManager.default.fileExists(atPath: path + suffix), "\(suffix)") }
    }
}

@Suite("SQLite store: the in-memory search index")
struct LiveSearchIndexTests {
    @Test("A reopened store rebuilds the index from judgmentIndex; the canary's tokens are in no posting")
    func rebuiltOnOpen() async throws {
        // setup
        let path = SQLiteStore.temporaryPath()
        defer { SQLiteStore.removeDatabaseFiles(at: path) }
        let store = try SQLiteStore(path: path)
        let (_, judgment) = try await JudgmentStoreTests.draftedJudgment(store)
        _ = try await JudgmentStoreTests.publish(store, judgment)
        let before = try await JudgmentStoreTests.search(store, "等同侵权")
        // MUT
        let reopened = try SQLiteStore(path: path)
        // validate
        let after = try await JudgmentStoreTests.search(reopened, "等同侵权")
        #expect(after.total == 1)
        #expect(after == before)
        let index = try await reopened.searchIndex.loaded
        for token in Analyzer(mode: .index).tokens(JudgmentStoreTests.canary + " 镍钴锰 nickel") {
            #expect(index.documentFrequency(of: token.text) == 0, "\(token.text)")
        }
    }

    @Test("Opening a store loads no index; the first search loads it, publications before it included")
    func loadedOnFirstUse() async throws {
        // setup
        let store = try SQLiteStore.temporary()
        let (_, judgment) = try await JudgmentStoreTests.draftedJudgment(store)
        _ = try await JudgmentStoreTests.publish(store, judgment)
        #expect(await !store.searchIndex.isLoaded, "commands that never search do not pay for the index")
        // MUT
        let results = try await JudgmentStoreTests.search(store, "等同侵权")
        // validate
        #expect(await store.searchIndex.isLoaded)
        #expect(results.total == 1)
    }

    @Test("What one process publishes, another finds once its follower catches up on the feed")
    func followsAnotherProcess() async throws {
        // setup: two stores on one file, as two processes would open it; the second has loaded its index.
        let path = SQLiteStore.temporaryPath()
        defer { SQLiteStore.removeDatabaseFiles(at: path) }
        let writer = try SQLiteStore(path: path)
        let reader = try SQLiteStore(writer: try DatabasePool(path: path), searchIndexSnapshot: nil)
        let (_, first) = try await JudgmentStoreTests.draftedJudgment(writer)
        _ = try await JudgmentStoreTests.publish(writer, first)
        #expect(try await JudgmentStoreTests.search(reader, "等同侵权").total == 1)
        let (_, second) = try await JudgmentStoreTests.draftedJudgment(writer, technical: "功能性特征")
        _ = try await JudgmentStoreTests.publish(writer, second)
        #expect(try await JudgmentStoreTests.search(reader, "功能性特征").total == 0, "not applied yet")
        // MUT
        try await reader.searchIndex.catchUp()
        // validate
        #expect(try await JudgmentStoreTests.search(reader, "功能性特征").hits.map(\.judgmentId) == [second.id])
        #expect(await reader.searchIndex.appliedPosition == (try await writer.judgmentSearch.source.feedPosition()))
        // A correction replaces the earlier version in the other process too.
        _ = try await JudgmentStoreTests.publish(writer, try #require(try await writer.judgment(id: first.id)), notice: "更正")
        try await reader.searchIndex.catchUp()
        #expect(try await JudgmentStoreTests.search(reader, "等同侵权").hits.map(\.version) == [2])
    }

    @Test("A build from the table in small batches keeps each judgment's languages together")
    func buildsInBatches() async throws {
        // setup: judgments in two languages, built in batches of three documents and in one
        let store = try SQLiteStore.temporary()
        let demo = DemoCourt(seed: 5, caseCount: 24, today: CalendarDate(iso: "2026-11-26")!)
        var numbering: [String: Int] = [:]
        let writer = JudgmentGenerator(seed: 9, translatedPercent: 50)
        try await ArchiveImporter(archives: store).importArchive(demo.archiveCases(offset: 0, count: 24, numbering: &numbering).map { courtCase in
            ArchivedCase(courtCase: courtCase, publication: Judgment(id: 0, caseId: courtCase.id,
                draft: writer.judgment(for: courtCase, judges: ["张明"])).publication(of: courtCase, at: Date(timeIntervalSince1970: 0)))
        })
        // MUT
        let batched = try await SearchIndexFollower(source: store.judgmentSearch.source, snapshotFile: nil, buildBatch: 3).loaded
        let whole = try await SearchIndexFollower(source: store.judgmentSearch.source, snapshotFile: nil, buildBatch: 1_000).loaded
        let (rows, translated) = try await store.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM judgmentIndex")!,
             try Set(Int64.fetchAll(db, sql: "SELECT judgmentId FROM judgmentIndex WHERE language = 'en'")))
        }
        // validate
        #expect(translated.count >= 6, "the corpus has translations to split")
        #expect(batched.documentCount == rows)
        #expect(whole.documentCount == rows)
        for text in ["专利", "patent", "保护范围", "\"scope of protection\""] {
            let query = try SearchQuery(parsing: text)
            #expect(try batched.matchingJudgmentIds(query) == whole.matchingJudgmentIds(query), "\(text)")
        }
        // A judgment split across two batches would lose the documents of the first: the second
        // batch replaces what the index held for it.
        let english = try #require(try batched.search(SearchRequest(query: try SearchQuery(parsing: "patent"), limit: 1)).facets["language"]?
            .first { $0.value == "en" })
        #expect(english.count == translated.count)
    }

    @Test("A server loads the index as it starts, with every publication before it")
    func loadedAtStart() async throws {
        // setup
        let store = try SQLiteStore.temporary()
        let (_, judgment) = try await JudgmentStoreTests.draftedJudgment(store)
        _ = try await JudgmentStoreTests.publish(store, judgment)
        // MUT
        try await store.loadSearchIndex()
        // validate
        #expect(await store.searchIndex.isLoaded)
        #expect(try await store.searchIndex.loaded.documentFrequency(of: "等同") == 1)
    }

    @Test("A transaction that rolls back leaves the index as it was")
    func rollbackLeavesIndex() async throws {
        // setup
        let store = try SQLiteStore.temporary()
        let (_, judgment) = try await JudgmentStoreTests.draftedJudgment(store)
        var changed = try await JudgmentStoreTests.publish(store, judgment)
        changed.zh.title = "垄断协议纠纷"
        changed.version += 1
        let published = changed
        struct Refused: Error {}
        // MUT
        await #expect(throws: Refused.self) {
            try await store.writer.write { db in
                try store.reindex(published, db: db)
                throw Refused()
            }
        }
        try await store.searchIndex.catchUp()
        // validate
        #expect(try await JudgmentStoreTests.search(store, "垄断").total == 0)
        #expect(try await JudgmentStoreTests.search(store, "等同侵权").total == 1)
        // The next transaction that commits applies only its own changes.
        try await store.writer.write { db in try store.reindex(published, db: db) }
        try await store.searchIndex.catchUp()
        #expect(try await JudgmentStoreTests.search(store, "垄断").total == 1)
    }
}

@Suite("SQLite store: search index snapshots")
struct SearchIndexSnapshotStoreTests {
    /// A store in a new file with one published judgment (on 等同侵权) and its index's snapshot saved.
    static func storeWithSnapshot() async throws -> (path: String, store: SQLiteStore, judgment: Judgment) {
        let path = SQLiteStore.temporaryPath()
        let store = try SQLiteStore(path: path)
        let (_, judgment) = try await JudgmentStoreTests.draftedJudgment(store, technical: "等同侵权")
        _ = try await JudgmentStoreTests.publish(store, judgment)
        // A server saves the index it loaded; one that never loaded it has nothing to save.
        try await store.loadSearchIndex()
        try await store.saveSearchIndex()
        return (path, store, judgment)
    }

    /// Publishes a second judgment, on 商业秘密.
    static func publishSecond(_ store: SQLiteStore) async throws {
        let (_, second) = try await JudgmentStoreTests.draftedJudgment(store, docketedOn: "2024-04-01", technical: "商业秘密")
        _ = try await JudgmentStoreTests.publish(store, second)
    }

    @Test("A store reopens from its snapshot and catches up on what was published after it")
    func catchUp() async throws {
        // setup
        let (path, store, first) = try await Self.storeWithSnapshot()
        defer { SQLiteStore.removeDatabaseFiles(at: path) }
        #expect(FileManager.default.fileExists(atPath: path + ".searchindex"))
        // A judgment published after the snapshot, and a correction of the first.
        try await Self.publishSecond(store)
        _ = try await JudgmentStoreTests.publish(store, try #require(try await store.judgment(id: first.id)), notice: "更正")
        // MUT
        let reopened = try SQLiteStore(path: path)
        // validate
        #expect(try await JudgmentStoreTests.search(reopened, "商业秘密").total == 1)
        #expect(try await JudgmentStoreTests.search(reopened, "等同侵权").hits.map(\.version) == [2])
        #expect(try await reopened.searchIndex.loaded.documentCount == 4, "two judgments, each in zh and en")
    }

    @Test("Saving again with no commit since writes nothing; a commit makes the next save write")
    func saveOnlyWhatChanged() async throws {
        // setup
        let (path, store, _) = try await Self.storeWithSnapshot()
        defer { SQLiteStore.removeDatabaseFiles(at: path) }
        try FileManager.default.removeItem(atPath: path + ".searchindex")
        // MUT
        try await store.saveSearchIndex()
        // validate
        #expect(!FileManager.default.fileExists(atPath: path + ".searchindex"), "nothing changed since the last save")
        try await Self.publishSecond(store)
        try await store.saveSearchIndex()
        #expect(FileManager.default.fileExists(atPath: path + ".searchindex"))
        let reopened = try SQLiteStore(path: path)
        #expect(try await JudgmentStoreTests.search(reopened, "商业秘密").total == 1)
        // A store started from a snapshot that it did not need to catch up on has nothing to save.
        try FileManager.default.removeItem(atPath: path + ".searchindex")
        try await reopened.saveSearchIndex()
        #expect(!FileManager.default.fileExists(atPath: path + ".searchindex"), "the snapshot it started from was current")
    }

    @Test("A damaged snapshot is ignored: the index is rebuilt from the table")
    func damagedSnapshot() async throws {
        // setup
        let (path, _, _) = try await Self.storeWithSnapshot()
        defer { SQLiteStore.removeDatabaseFiles(at: path) }
        try Data("damaged".utf8).write(to: URL(fileURLWithPath: path + ".searchindex"))
        // MUT
        let reopened = try SQLiteStore(path: path)
        // validate
        #expect(try await JudgmentStoreTests.search(reopened, "等同侵权").total == 1)
    }
}

@Suite("SQLite store: snapshots belong to their database")
struct SnapshotIdentityTests {
    @Test("A snapshot made from another database is not used: the index is built from this one's judgments")
    func snapshotOfAnotherDatabase() async throws {
        // setup: A's snapshot (on 等同侵权) put beside B, whose judgment is on 商业秘密
        let (pathA, storeA, _) = try await SearchIndexSnapshotStoreTests.storeWithSnapshot()
        defer { SQLiteStore.removeDatabaseFiles(at: pathA) }
        _ = storeA
        let pathB = SQLiteStore.temporaryPath()
        defer { SQLiteStore.removeDatabaseFiles(at: pathB) }
        let storeB = try SQLiteStore(path: pathB)
        try await SearchIndexSnapshotStoreTests.publishSecond(storeB)
        try FileManager.default.copyItem(atPath: pathA + ".searchindex", toPath: pathB + ".searchindex")
        // MUT
        let reopened = try SQLiteStore(path: pathB)
        // validate
        #expect(try await JudgmentStoreTests.search(reopened, "等同侵权").total == 0, "A's judgment is not B's")
        #expect(try await JudgmentStoreTests.search(reopened, "商业秘密").total == 1)
    }
}
