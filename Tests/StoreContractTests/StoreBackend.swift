import Foundation
import StoreSQLite
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Everything a Tribunal store implements; the contract suite runs once per backend.
typealias TribunalStore = CaseRepository & StaffRepository & AccountRepository & JudgmentRepository & JudgmentSearchRepository & SimilarCaseRepository & PortalRepository & SavedSearchRepository

/// The storage engines under contract. PostgreSQL joins this list when its adapter lands.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite

    var testDescription: String { rawValue }

    /// A fresh, empty store.
    func makeStore() async throws -> any TribunalStore {
        switch self {
        case .sqlite: return try SQLiteStore.temporary()
        }
    }
}

import Testing
