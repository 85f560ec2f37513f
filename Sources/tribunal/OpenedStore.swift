import Foundation
import StorePostgres
import StoreSQLite
import StoreRecords
import Accounts
import Docket
import Judgments
import TribunalWeb
import CourtOperations

/// The store a command opened, on whichever engine: the one place that knows both.
enum OpenedStore {
    case sqlite(SQLiteStore)
    case postgres(PostgresStore)

    /// The services over this store's repositories, with its search index follower.
    var services: TribunalServices { services(punitiveFormula: .multiple) }

    /// The services with the court's reading of punitive multiples.
    func services(punitiveFormula: PunitiveFormula) -> TribunalServices {
        switch self {
        case .sqlite(let store): return TribunalServices(store: store, punitiveFormula: punitiveFormula)
        case .postgres(let store): return TribunalServices(store: store, punitiveFormula: punitiveFormula)
        }
    }

    /// Opens (SQLite) or connects to and migrates (PostgreSQL) the store at `location`; an
    /// unreachable server is one line naming `option`.
    static func open(_ location: DatabaseOptions.Location, option: String) async throws -> OpenedStore {
        switch location {
        case .sqlite(let path): return .sqlite(try SQLiteStore(path: path))
        case .postgres(let configuration):
            do {
                return .postgres(try await PostgresStore.connect(configuration))
            } catch let error as PostgresUnreachable {
                throw CommandFailure(description: "\(option): \(error)")
            }
        }
    }

    /// The store's tables, for copies.
    var tables: any CourtTables {
        switch self {
        case .sqlite(let store): return store
        case .postgres(let store): return store
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
