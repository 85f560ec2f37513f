import Foundation
import GRDB
import TribunalCore
import TribunalSearch

/// The embedded store: one SQLite database in WAL mode, opened as a GRDB `DatabasePool` so that
/// readers never wait for the writer. It implements the domain's repository protocols.
public struct SQLiteStore: Sendable {
    /// The database; writes are serialised by GRDB, which is what makes number allocation safe.
    public let writer: any DatabaseWriter
    /// Full-text search over `judgmentIndex`, held in memory and kept in step on commit.
    let searchIndex: LiveSearchIndex

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
    /// starts from that file when it matches the database (catching up on later publications),
    /// instead of analysing every judgment again. The index loads on the first search.
    public init(writer: any DatabaseWriter, searchIndexSnapshot: URL? = nil) throws {
        self.writer = writer
        searchIndex = LiveSearchIndex(writer: writer, snapshotFile: searchIndexSnapshot)
        try Self.migrator.migrate(writer)
    }

    /// Writes the search index's snapshot (when the store has a file for it), so that the next
    /// start need not rebuild it: after a large import, and when the server stops.
    public func saveSearchIndex() async throws {
        try await searchIndex.save()
    }

    /// A store in a fresh temporary file, for tests and benchmarks; WAL needs a real file.
    public static func temporary() throws -> SQLiteStore {
        try SQLiteStore(path: temporaryPath())
    }

    /// A new database path in the temporary directory, for a store that is reopened (tests, benchmarks).
    public static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tribunal-\(UUID().uuidString).sqlite").path
    }

    /// The migrations applied so far, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Self.migrator.appliedMigrations(db) }
    }
}
