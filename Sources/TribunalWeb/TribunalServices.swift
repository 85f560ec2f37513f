import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import JudgmentSearch
import CourtOperations

/// What the web layer works with: each context's service, and the repositories it only reads or
/// that carry no rule of their own. The executable builds one value per storage engine from that
/// engine's repositories; controllers take the parts they need.
public struct TribunalServices: Sendable {
    public let docket: DocketService
    public let judgments: JudgmentService
    public let staff: StaffService
    public let accounts: any AccountRepository
    public let signInThrottle: any SignInThrottleRepository
    public let search: any JudgmentSearchRepository
    public let similarCases: any SimilarCaseRepository
    public let savedSearches: any SavedSearchRepository
    public let portal: any PortalRepository
    public let preservation: PreservationService
    public let damages: DamagesService
    public let statistics: StatisticsService
    public let hearings: HearingService
    /// The process's search index follower, run as a service by the server.
    public let searchIndex: IndexedJudgmentSearch?

    public init(cases: any CaseRepository, staff: any StaffRepository, accounts: any AccountRepository,
                signInThrottle: any SignInThrottleRepository, judgments: any JudgmentRepository,
                search: any JudgmentSearchRepository, similarCases: any SimilarCaseRepository,
                savedSearches: any SavedSearchRepository, portal: any PortalRepository, preservation: any PreservationRepository,
                damages: any DamagesRepository, hearings: any HearingRepository, tallies: any StatisticsRepository, punitiveFormula: PunitiveFormula = .multiple, searchIndex: IndexedJudgmentSearch? = nil) {
        self.docket = DocketService(cases: cases, staff: staff)
        self.judgments = JudgmentService(cases: cases, judgments: judgments)
        self.staff = StaffService(staff: staff)
        self.accounts = accounts
        self.signInThrottle = signInThrottle
        self.search = search
        self.similarCases = similarCases
        self.savedSearches = savedSearches
        self.portal = portal
        self.preservation = PreservationService(matters: preservation, cases: cases)
        self.damages = DamagesService(calculator: DamagesCalculator(defaultFormula: punitiveFormula), assessments: damages, cases: cases)
        self.statistics = StatisticsService(tallies: tallies, staff: staff)
        self.hearings = HearingService(hearings: hearings, docket: DocketService(cases: cases, staff: staff))
        self.searchIndex = searchIndex
    }

    /// The services over a store that implements every repository itself (each engine's store
    /// does), with its search index follower and the court's reading of punitive multiples.
    public init<Store>(store: Store, punitiveFormula: PunitiveFormula = .multiple) where Store: CaseRepository & StaffRepository & AccountRepository
        & SignInThrottleRepository & JudgmentRepository & SavedSearchRepository & PortalRepository & PreservationRepository
        & DamagesRepository & HearingRepository & StatisticsRepository & SearchesThroughIndex {
        self.init(cases: store, staff: store, accounts: store, signInThrottle: store, judgments: store, search: store,
                  similarCases: store, savedSearches: store, portal: store, preservation: store, damages: store,
                  hearings: store, tallies: store, punitiveFormula: punitiveFormula, searchIndex: store.judgmentSearch)
    }

    /// The docket's repository, for reads that need no rule.
    public var cases: any CaseRepository { docket.cases }

    /// The judgments' repository, for reads of published versions.
    public var publications: any JudgmentRepository { judgments.judgments }
}
