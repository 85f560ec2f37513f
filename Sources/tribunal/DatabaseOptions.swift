import ArgumentParser
import Configuration
import Foundation
import StorePostgres
import StoreSQLite
import TribunalKernel

/// Options shared by the commands that open the database, read through swift-configuration: the
/// command line first, then the environment (TRIBUNAL_DATABASE_URL, TRIBUNAL_DATABASE_POOL_SIZE,
/// TRIBUNAL_DATABASE_STATEMENT_TIMEOUT), then the defaults. A value that cannot be read stops the
/// command with one line naming it.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The database: a SQLite file, or postgres://user@host:port/db?sslmode=… (env TRIBUNAL_DATABASE_URL).",
                               valueName: "path-or-url"))
    var database: String?
    @Option(help: "PostgreSQL connections per process (default 20; env TRIBUNAL_DATABASE_POOL_SIZE).")
    var poolSize: Int?
    @Option(help: "Seconds a PostgreSQL statement may run, 0 for no limit (default 30; env TRIBUNAL_DATABASE_STATEMENT_TIMEOUT).")
    var statementTimeout: Int?

    static let defaultDatabase = "./tribunal.sqlite"

    /// Where the court's data lives.
    enum Location {
        case sqlite(path: String)
        case postgres(PostgresStoreConfiguration)
    }

    /// The database named on the command line, else in the environment, else the default file.
    func location(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Location {
        var given: [AbsoluteConfigKey: ConfigValue] = [:]
        if let database { given[["tribunal", "database", "url"]] = ConfigValue(.string(database), isSecret: true) }
        if let poolSize { given[["tribunal", "database", "pool", "size"]] = ConfigValue(.string(String(poolSize)), isSecret: false) }
        if let statementTimeout {
            given[["tribunal", "database", "statement", "timeout"]] = ConfigValue(.string(String(statementTimeout)), isSecret: false)
        }
        let reader = ConfigReader(providers: [
            InMemoryProvider(name: "command line", values: given),
            EnvironmentVariablesProvider(environmentVariables: environment, secretsSpecifier: .specific(["TRIBUNAL_DATABASE_URL"])),
        ])
        let url = reader.string(forKey: "tribunal.database.url", isSecret: true) ?? Self.defaultDatabase
        let pool = try Self.number(reader.string(forKey: "tribunal.database.pool.size"), "--pool-size (TRIBUNAL_DATABASE_POOL_SIZE)", in: 1...1000) ?? 20
        let timeout = try Self.number(reader.string(forKey: "tribunal.database.statement.timeout"),
                                      "--statement-timeout (TRIBUNAL_DATABASE_STATEMENT_TIMEOUT)", in: 0...86_400) ?? 30
        return try Self.location(of: url, option: "--database (TRIBUNAL_DATABASE_URL)", poolSize: pool, statementTimeout: timeout)
    }

    /// A file path or a postgres:// URL as a location; `option` names it in errors.
    static func location(of url: String, option: String, poolSize: Int = 20, statementTimeout: Int = 30) throws -> Location {
        guard url.lowercased().hasPrefix("postgres:") || url.lowercased().hasPrefix("postgresql:") else {
            guard !url.isEmpty else { throw CommandFailure(description: "\(option): empty; give a file or a postgres:// URL") }
            return .sqlite(path: url)
        }
        do {
            return .postgres(try PostgresStoreConfiguration(url: url, poolSize: poolSize,
                                                            statementTimeout: statementTimeout == 0 ? nil : .seconds(statementTimeout)))
        } catch {
            throw CommandFailure(description: "\(option): \(error.reason)")
        }
    }

    private static func number(_ text: String?, _ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw CommandFailure(description: "\(name): '\(text.prefix(40))' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// The store, opened (SQLite) or connected and migrated (PostgreSQL), for commands.
    func openStore() async throws -> OpenedStore {
        try await OpenedStore.open(try location(), option: "--database")
    }

    /// The database as a reader sees it in messages: the file, or the server without a password.
    var displayName: String {
        switch try? location() {
        case .sqlite(let path): return path
        case .postgres(let configuration): return "postgres://\(configuration.displayAddress)"
        case nil: return database ?? Self.defaultDatabase
        }
    }
}
