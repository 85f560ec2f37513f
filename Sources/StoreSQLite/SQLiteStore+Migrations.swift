import Foundation
import GRDB

extension SQLiteStore {
    /// One migrator per bounded context, run in this order: a context's tables may refer to the
    /// tables of the contexts before it. All record what they applied in one table.
    ///
    /// The migrations released before the split keep their names (v1…v15), whose numbers follow
    /// the order in which they were written, across contexts.
    static var migrators: [(context: String, migrator: DatabaseMigrator)] {
        [("docket", docketMigrator), ("accounts", accountsMigrator), ("judgments", judgmentsMigrator),
         ("judgmentSearch", judgmentSearchMigrator), ("publicPortal", publicPortalMigrator),
         ("courtOperations", courtOperationsMigrator)]
    }

    /// Brings every context's schema up to date.
    static func migrate(_ writer: any DatabaseWriter) throws {
        for (_, migrator) in migrators { try migrator.migrate(writer) }
    }

    /// The migrations applied, context by context, each context's in its order.
    static func appliedMigrations(_ db: Database) throws -> [String] {
        try migrators.flatMap { try $0.migrator.appliedMigrations(db) }
    }
}
