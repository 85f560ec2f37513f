import ArgumentParser
import Foundation
import GRDB
import StorePostgres
import StoreSQLite

extension Tribunal {
    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a consistent backup of the database while servers run.",
            discussion: """
                SQLite: a copy of the file made with SQLite's online backup API. PostgreSQL: pg_dump's custom \
                format (pg_dump must be installed). Restore it with `tribunal restore`.
                """)

        @OptionGroup var database: DatabaseOptions
        @Option(help: ArgumentHelp("The backup file to write; it must not exist.", valueName: "file")) var to: String

        func run() async throws {
            guard !FileManager.default.fileExists(atPath: to) else { throw CommandFailure(description: "--to: \(to) exists; name a new file") }
            let started = Date()
            switch try database.location() {
            case .sqlite(let path):
                guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure(description: "--database: no database at \(path)") }
                let source = try DatabasePool(path: path)
                let destination = try DatabaseQueue(path: to)
                try source.backup(to: destination)
                try destination.close()
            case .postgres(let postgres):
                try PostgresTools.run("pg_dump", ["--format=custom", "--no-owner", "--file", to], postgres)
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: to)[.size] as? Int) ?? 0
            print("Backed up \(database.displayName) to \(to) (\(size / 1024) KiB) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
        }
    }

    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the database by a backup made with `tribunal backup`. Stop the servers first.",
            discussion: """
                SQLite: the backup is written over the database file (with --replace when it exists) and the search \
                index snapshot is removed. PostgreSQL: pg_restore replaces the tables of the database \
                (pg_restore must be installed). Servers that keep running rebuild their index when they see the \
                search feed go back.
                """)

        @OptionGroup var database: DatabaseOptions
        @Option(help: ArgumentHelp("The backup file.", valueName: "file")) var from: String
        @Flag(help: "Replace a database that exists.") var replace = false

        func run() async throws {
            guard FileManager.default.fileExists(atPath: from) else { throw CommandFailure(description: "--from: no backup at \(from)") }
            switch try database.location() {
            case .sqlite(let path):
                if FileManager.default.fileExists(atPath: path), !replace {
                    throw CommandFailure(description: "--database: \(path) exists; add --replace to overwrite it")
                }
                let backup = try DatabaseQueue(path: from, configuration: { var c = Configuration(); c.readonly = true; return c }())
                let destination = try DatabaseQueue(path: path)
                try backup.backup(to: destination)
                try destination.close()
                // The snapshot describes the database before the restore.
                try? FileManager.default.removeItem(atPath: path + ".searchindex")
                _ = try SQLiteStore(path: path)
            case .postgres(let postgres):
                try PostgresTools.run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", from], postgres)
            }
            let store = try await database.openStore()
            print("Restored \(database.displayName) from \(from): \(try await store.services.cases.caseCount()) cases.")
        }
    }
}

/// PostgreSQL's own command-line tools, run against the court's database: the server and user
/// as arguments, the password in the environment (PGPASSWORD), never on a command line that
/// `ps` shows.
enum PostgresTools {
    static func run(_ tool: String, _ arguments: [String], _ database: PostgresStoreConfiguration) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = database.password
        environment["PGSSLMODE"] = database.tlsMode.rawValue  // the same names as libpq's
        process.environment = environment
        process.arguments = [tool, "--host", database.host, "--port", String(database.port), "--username", database.username,
                             "--dbname", database.database] + arguments
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw CommandFailure(description: "\(tool): cannot be started (\(error)); install PostgreSQL's client tools")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let line = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw CommandFailure(description: "\(tool): \(line)")
        }
    }
}
