import Foundation
import StoreSQLite
import StorePostgres
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
import CourtOperations

/// Every repository of a backend, as the contract suite drives them; the suite runs once per
/// backend. The application itself takes services and repositories one by one.
typealias StoreUnderContract = CaseRepository & StaffRepository & AccountRepository & JudgmentRepository & JudgmentSearchRepository & SimilarCaseRepository & PortalRepository & SavedSearchRepository & PreservationRepository & DamagesRepository & HearingRepository & StatisticsRepository

/// The storage engines under contract: SQLite always, PostgreSQL when TRIBUNAL_TEST_POSTGRES_URL
/// names a database to test in (`scripts/with-postgres` starts one; CI always does).
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The engines this run tests.
    static var allCases: [StoreBackend] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TRIBUNAL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A fresh, empty store.
    func makeStore() async throws -> any StoreUnderContract {
        switch self {
        case .sqlite: return try SQLiteStore.temporary()
        case .postgres: return try await PostgresStore.temporary(url: Self.postgresURL!)
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

/// Preservation's rules over a store under contract.
func preservationService(_ store: any StoreUnderContract) -> PreservationService { PreservationService(matters: store, cases: store) }

/// Damages' rules over a store under contract, with the court's reading of punitive multiples.
func damagesService(_ store: any StoreUnderContract) -> DamagesService {
    DamagesService(calculator: DamagesCalculator(defaultFormula: .multiple), assessments: store, cases: store)
}

/// Hearings' rules over a store under contract.
func hearingService(_ store: any StoreUnderContract) -> HearingService { HearingService(hearings: store, docket: docketService(store)) }
