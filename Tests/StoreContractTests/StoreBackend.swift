import Foundation
import StoreSQLite
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Every repository of a backend, as the contract suite drives them; the suite runs once per
/// backend. The application itself takes services and repositories one by one.
typealias StoreUnderContract = CaseRepository & StaffRepository & AccountRepository & JudgmentRepository & JudgmentSearchRepository & SimilarCaseRepository & PortalRepository & SavedSearchRepository

/// The storage engines under contract. PostgreSQL joins this list when its adapter lands.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite

    var testDescription: String { rawValue }

    /// A fresh, empty store.
    func makeStore() async throws -> any StoreUnderContract {
        switch self {
        case .sqlite: return try SQLiteStore.temporary()
        }
    }
}

import Testing

/// The docket's rules over a store under contract.
func docketService(_ store: any StoreUnderContract) -> DocketService { DocketService(cases: store, staff: store) }

/// The judgments' rules over a store under contract.
func judgmentService(_ store: any StoreUnderContract) -> JudgmentService { JudgmentService(cases: store, judgments: store) }

/// The staff list's rules over a store under contract.
func staffService(_ store: any StoreUnderContract) -> StaffService { StaffService(staff: store) }
