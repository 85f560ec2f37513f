import Foundation
import PostgresNIO

extension PostgresStore {
    /// A step of the schema. A released migration is never edited: add a new one.
    struct Migration: Sendable {
        let name: String
        /// The migration of an earlier release that applied these statements (with others): a
        /// database that has it records this one as applied without running it again.
        let formerly: String?
        let statements: [String]
        /// Work in Swift after the statements, in the same transaction: what SQL cannot work out.
        let then: (@Sendable (PostgresConnection, Logger) async throws -> Void)?

        init(name: String, formerly: String? = nil, statements: [String],
             then: (@Sendable (PostgresConnection, Logger) async throws -> Void)? = nil) {
            self.name = name
            self.formerly = formerly
            self.statements = statements
            self.then = then
        }
    }

    /// One list of migrations per bounded context, run in this order: a context's tables may
    /// refer to the tables of the contexts before it. All record what they applied in one table.
    static let migrationsByContext: [(context: String, migrations: [Migration])] = [
        ("docket", docketMigrations), ("accounts", accountsMigrations), ("judgments", judgmentsMigrations),
        ("judgmentSearch", judgmentSearchMigrations), ("publicPortal", publicPortalMigrations),
        ("courtOperations", courtOperationsMigrations),
    ]

    static var migrations: [Migration] { migrationsByContext.flatMap(\.migrations) }

    /// Brings the schema up to date. Several processes may start at once: an advisory lock (one per
    /// schema) lets one migrate while the others wait, and each migration commits with its record.
    public func migrate() async throws {
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7158, hashtext(current_schema()))", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS schemaMigration (name text PRIMARY KEY, appliedAt timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            let applied = Set(try await rows("SELECT name FROM schemaMigration", on: connection).map { try StoredRow($0)("name", String.self) })
            for migration in Self.migrations where !applied.contains(migration.name) {
                let appliedBefore = migration.formerly.map(applied.contains) ?? false
                for statement in migration.statements where !appliedBefore {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                if !appliedBefore, let then = migration.then { try await then(connection, logger) }
                try await connection.query("INSERT INTO schemaMigration (name) VALUES (\(migration.name))", logger: logger)
            }
        }
    }

    /// The migrations applied, context by context, each context's in its order.
    public func appliedMigrations() async throws -> [String] {
        let applied = Set(try await rows("SELECT name FROM schemaMigration").map { try StoredRow($0)("name", String.self) })
        return Self.migrations.map(\.name).filter(applied.contains)
    }
}
