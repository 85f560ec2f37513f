import Foundation
import Logging
import PostgresNIO
import Testing
@testable import StorePostgres

/// What is particular to the PostgreSQL adapter's schema: one list of migrations per context,
/// and databases of the release before the split carried over.
@Suite("PostgreSQL migrations", .enabled(if: StoreBackend.postgresURL != nil))
struct PostgresMigrationTests {
    static let logger = Logger(label: "test")

    /// Tables, columns with their types, indexes and constraints of the store's schema.
    static func schema(_ store: PostgresStore) async throws -> [String] {
        let query: PostgresQuery = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
              FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'schemamigration'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> 'schemamigration'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
              WHERE connamespace = current_schema()::regnamespace
            ORDER BY 1
            """
        var lines: [String] = []
        for try await line in try await store.client.query(query, logger: logger).decode(String.self) { lines.append(line) }
        return lines.map { $0.replacingOccurrences(of: #"test_[0-9a-f]{32}\."#, with: "", options: .regularExpression) }
    }

    static func execute(_ store: PostgresStore, _ sql: String) async throws {
        try await store.client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
    }

    @Test("Each context's migrations are named after it, and every table belongs to one context")
    func migrationsPerContext() {
        for (context, migrations) in PostgresStore.migrationsByContext {
            #expect(migrations.allSatisfy { $0.name.hasPrefix(context + "-v") }, "\(context)")
        }
        #expect(Set(PostgresStore.migrations.map(\.name)).count == PostgresStore.migrations.count)
    }

    @Test("A database of the release before the split (v1-court, v2-shared-secrets) is carried over, not migrated twice")
    func databaseOfEarlierReleaseCarriedOver() async throws {
        // setup: a fresh court for the schema to reach, and an emptied one rebuilt as the earlier release left it.
        let fresh = try await PostgresStore.temporary(url: StoreBackend.postgresURL!)
        let old = try await PostgresStore.temporary(url: StoreBackend.postgresURL!)
        var tables: [String] = []
        for try await table in try await old.client.query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", logger: Self.logger)
            .decode(String.self) { tables.append(table) }
        try await Self.execute(old, "DROP TABLE " + tables.joined(separator: ", ") + " CASCADE")
        try await Self.execute(old, "CREATE TABLE schemaMigration (name text PRIMARY KEY, appliedAt timestamptz NOT NULL DEFAULT now())")
        for former in ["v1-court", "v2-shared-secrets"] {
            for migration in PostgresStore.migrations where migration.formerly == former {
                for statement in migration.statements { try await Self.execute(old, statement) }
            }
            try await Self.execute(old, "INSERT INTO schemaMigration (name) VALUES ('\(former)')")
        }
        // MUT
        try await old.migrate()
        // validate
        #expect(try await old.appliedMigrations() == PostgresStore.migrations.map(\.name))
        let oldSchema = try await Self.schema(old)
        let freshSchema = try await Self.schema(fresh)
        #expect(oldSchema == freshSchema)
        #expect(oldSchema.contains { $0.contains("courtcase_cause") }, "the listing indexes, new since that release, were added")
    }
}
