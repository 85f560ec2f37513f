import Foundation
import Logging
import NIOCore
import PostgresNIO
import StoreRecords
import JudgmentSearch

/// The PostgreSQL store, for a court that outgrows one machine: every repository on one
/// PostgreSQL database, which several `tribunal serve` processes share. Each process keeps its
/// own search index, following the database's search feed.
///
/// The connection pool (`client`) does nothing until it runs: a server runs it in its service
/// group; commands and tests use `connect`, which runs it for the store's lifetime.
public struct PostgresStore: Sendable {
    public let client: PostgresClient
    public let configuration: PostgresStoreConfiguration
    /// Search and similar cases over this process's in-memory index.
    public let judgmentSearch: IndexedJudgmentSearch
    let logger: Logger
    /// For a store that runs its own client: cancels it when the last copy of the store is gone.
    private var running: RunningClient?

    /// A store over the configured database; run `client` before using it.
    public init(configuration: PostgresStoreConfiguration, searchIndexSnapshot: URL? = nil,
                logger: Logger = Logger(label: "tribunal.store")) {
        self.configuration = configuration
        self.logger = logger
        // The pool reports each failed connection attempt as it retries; the failures that
        // matter reach the callers as errors.
        var poolLogger = logger
        poolLogger.logLevel = .warning
        client = PostgresClient(configuration: configuration.clientConfiguration, backgroundLogger: poolLogger)
        judgmentSearch = IndexedJudgmentSearch(source: PostgresSearchFeed(client: client, logger: logger),
                                               snapshotFile: searchIndexSnapshot)
    }

    /// A store whose client runs until the last copy of the store is gone, checked to reach the
    /// server and migrated: for commands and tests.
    public static func connect(_ configuration: PostgresStoreConfiguration, searchIndexSnapshot: URL? = nil) async throws -> PostgresStore {
        var store = PostgresStore(configuration: configuration, searchIndexSnapshot: searchIndexSnapshot)
        let client = store.client
        store.running = RunningClient(Task { await client.run() })
        try await store.checkReachable()
        try await store.migrate()
        return store
    }

    /// A store in a new schema of the database at `url`, for tests: each test sees an empty court.
    public static func temporary(url: String) async throws -> PostgresStore {
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let base = try await connectWithoutMigrating(PostgresStoreConfiguration(url: url, poolSize: 1))
        try await base.client.query("CREATE SCHEMA \(unescaped: schema)", logger: base.logger)
        var configuration = try PostgresStoreConfiguration(url: url, poolSize: 4)
        configuration.schema = schema
        return try await connect(configuration)
    }

    private static func connectWithoutMigrating(_ configuration: PostgresStoreConfiguration) async throws -> PostgresStore {
        var store = PostgresStore(configuration: configuration)
        let client = store.client
        store.running = RunningClient(Task { await client.run() })
        try await store.checkReachable()
        return store
    }

    /// Fails with one line naming the server when it cannot be reached or refuses the sign-in.
    public func checkReachable() async throws {
        // One connection of its own, so that the first failure is the answer (the pool would
        // retry quietly until the timeout).
        let configuration = self.configuration
        let logger = self.logger
        do {
            try await withTimeout(configuration.connectTimeout) {
                let connection = try await PostgresConnection.connect(configuration: try configuration.connectionConfiguration(), id: 0,
                                                                      logger: logger)
                do {
                    _ = try await connection.query("SELECT 1", logger: logger).collect()
                } catch {
                    try? await connection.close()
                    throw error
                }
                try await connection.close()
            }
        } catch {
            throw PostgresUnreachable(address: configuration.displayAddress, reason: Self.reason(error))
        }
    }

    /// Runs `body` in one transaction on one connection: committed when it returns, rolled back
    /// when it throws, which it rethrows as it was (a domain refusal stays that refusal).
    func transaction<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            let value: T
            do {
                value = try await body(connection)
            } catch {
                do {
                    try await connection.query("ROLLBACK", logger: logger)
                } catch let rollback {
                    // The connection may still be inside the transaction: it is closed rather
                    // than handed back to the pool. The caller needs the first error.
                    logger.error("rollback failed after \(error): \(rollback); closing the connection")
                    try? await connection.close()
                }
                throw error
            }
            try await connection.query("COMMIT", logger: logger)
            return value
        }
    }

    /// Runs `body` while holding a lock that one process at a time may hold (a session advisory
    /// lock on a connection of its own): two servers starting on an empty database load the demo
    /// court once, not twice.
    public func withStartLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(7159, hashtext(current_schema()))", logger: logger)
            do {
                let value = try await body()
                try await connection.query("SELECT pg_advisory_unlock(7159, hashtext(current_schema()))", logger: logger)
                return value
            } catch {
                // Closing the connection releases its lock whatever state it is in.
                try? await connection.close()
                throw error
            }
        }
    }

    /// The rows of one query, read whole.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await client.query(query, logger: logger).collect()
    }

    /// The rows of one query inside a transaction.
    func rows(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> [PostgresRow] {
        try await connection.query(query, logger: logger).collect()
    }

    /// A list's rows read through `decode`: a row that cannot be read is one item missing from the
    /// list and an error in the log, never a failed page for every user of the list.
    func readable<Item>(_ rows: [PostgresRow], _ kind: String, _ decode: (StoredRow) throws -> Item) -> [Item] {
        rows.compactMap { row in
            let stored = StoredRow(row)
            do {
                return try decode(stored)
            } catch {
                logger.error("\(kind) row \((try? stored("id", Int64.self)) ?? 0) cannot be read and is left out of the list: \(error)")
                return nil
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// The SQLSTATE of a server error, if it is one.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}

/// A PostgreSQL server that cannot be reached or refuses the sign-in, named in one line.
public struct PostgresUnreachable: Error, CustomStringConvertible {
    public let address: String
    public let reason: String
    public var description: String { "cannot connect to PostgreSQL at \(address): \(reason)" }
}

/// A client run by its store, cancelled when the store is gone.
final class RunningClient: Sendable {
    let task: Task<Void, Never>
    init(_ task: Task<Void, Never>) { self.task = task }
    deinit { task.cancel() }
}

/// Runs `body`, failing with a timeout when it takes longer than `limit`.
func withTimeout<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else {
            throw TimedOut(limit: limit)
        }
        return value
    }
}

/// What `withTimeout` throws.
struct TimedOut: Error, CustomStringConvertible {
    let limit: Duration
    var description: String { "no answer within \(limit)" }
}
