import StoreSQLite
import TribunalWeb

extension TribunalServices {
    /// The services over the embedded SQLite store, which implements every repository.
    init(sqlite store: SQLiteStore) {
        self.init(cases: store, staff: store, accounts: store, signInThrottle: store, judgments: store,
                  search: store, similarCases: store, savedSearches: store, portal: store, searchIndex: store.judgmentSearch)
    }
}
