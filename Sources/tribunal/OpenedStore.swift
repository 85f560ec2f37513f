import Foundation
import StorePostgres
import StoreSQLite
import Accounts
import Docket
import Judgments
import TribunalWeb

/// The store a command opened, on whichever engine: the one place that knows both.
enum OpenedStore {
    case sqlite(SQLiteStore)
    case postgres(PostgresStore)

    /// The services over this store's repositories, with its search index follower.
    var services: TribunalServices {
        switch self {
        case .sqlite(let store):
            return TribunalServices(cases: store, staff: store, accounts: store, signInThrottle: store, judgments: store,
                                    search: store, similarCases: store, savedSearches: store, portal: store, searchIndex: store.judgmentSearch)
        case .postgres(let store):
            return TribunalServices(cases: store, staff: store, accounts: store, signInThrottle: store, judgments: store,
                                    search: store, similarCases: store, savedSearches: store, portal: store, searchIndex: store.judgmentSearch)
        }
    }

    /// The migrations applied so far, oldest first.
    func appliedMigrations() async throws -> [String] {
        switch self {
        case .sqlite(let store): return try store.appliedMigrations()
        case .postgres(let store): return try await store.appliedMigrations()
        }
    }
}
