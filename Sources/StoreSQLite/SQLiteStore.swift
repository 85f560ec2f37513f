import Foundation
import GRDB
import Logging
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The embedded store: one SQLite database in WAL mode, opened as a GRDB `DatabasePool` so that
/// readers never wait for the writer. It implements the domain's repository protocols.
public struct SQLiteStore: Sendable {
    /// The database; writes are serialised by GRDB, which is what makes number allocation safe.
    public let writer: any DatabaseWriter
    /// Search and similar cases over the in-memory index, which follows the search feed.
    public let judgmentSearch: IndexedJudgmentSearch
    /// For a store made by `temporary()`: its files, removed when the last copy of the store is gone.
    private var temporaryFiles: TemporaryDatabaseFiles?

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "tribunal"
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // Every pooled connection needs the tokenizer before it touches the search index.
            db.add(tokenizer: TribunalTokenizer.self)
            // WAL with synchronous=NORMAL is durable across application crashes and much faster.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try self.init(writer: pool, searchIndexSnapshot: URL(fileURLWithPath: path + ".searchindex"))
    }

    /// Wraps an opened database and migrates it. With `searchIndexSnapshot`, the search index
    /// starts from that file when it holds a feed position of this database (catching up on
    /// later changes), instead of analysing every judgment again. The index loads on first use.
    public init(writer: any DatabaseWriter, searchIndexSnapshot: URL? = nil) throws {
        self.writer = writer
        judgmentSearch = IndexedJudgmentSearch(source: SQLiteSearchFeed(writer: writer), snapshotFile: searchIndexSnapshot)
        try Self.migrate(writer)
    }

    /// The in-memory search index's follower: a server runs it as a service.
    public var searchIndex: SearchIndexFollower { judgmentSearch.follower }

    /// Writes the search index's snapshot (when the store has a file for it), so that the next
    /// start need not rebuild it: after a large import, and when the server stops.
    public func saveSearchIndex() async throws {
        try await searchIndex.save()
    }

    /// A store in a fresh temporary file, for tests and benchmarks (WAL needs a real file). The
    /// files are removed when the last copy of the store is gone.
    public static func temporary() throws -> SQLiteStore {
        let path = temporaryPath()
        var store = try SQLiteStore(path: path)
        store.temporaryFiles = TemporaryDatabaseFiles(path: path)
        return store
    }

    /// A new database path in the temporary directory, for a store that is reopened (tests,
    /// benchmarks); whoever asks removes it with `removeDatabaseFiles(at:)`.
    public static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tribunal-\(UUID().uuidString).sqlite").path
    }

    /// Removes the database at `path` with its write-ahead log, shared memory and search index snapshot.
    public static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", ".searchindex"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The migrations applied so far, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Self.appliedMigrations(db) }
    }
}

/// The files of a temporary store. Removing them while the database is still open is safe on
/// POSIX systems: open connections keep their files until they close.
final class TemporaryDatabaseFiles: Sendable {
    let path: String

    init(path: String) {
        self.path = path
    }

    deinit {
        SQLiteStore.removeDatabaseFiles(at: path)
    }
}
