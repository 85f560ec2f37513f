import TribunalKernel
import Accounts

/// The court leaders' list of trial periods to watch: undecided cases whose period ends within a
/// number of days or has ended, and every case with an extension request waiting for a decision
/// (法释〔2018〕9号 Art. 1: requests reach the president at least 15 days before expiry and are
/// decided at least 5 days before). Most urgent first.
public struct TrialPeriodWatchlist: Codable, Hashable, Sendable {
    public struct Entry: Codable, Hashable, Sendable {
        public let caseId: Int64
        public let caseNumber: CaseNumber
        public let status: CaseStatus
        public let dueOn: CalendarDate
        public let daysLeft: Int
        public let overdue: Bool
        public let extensionRequest: TrialPeriodExtensionRequest?
        /// Days left before the decision on the pending request is late (5 days before expiry).
        public let daysToDecideRequest: Int?
        public let warnings: [String]
    }

    public let asOf: CalendarDate
    public let withinDays: Int
    public let entries: [Entry]

    /// The entries among `cases` as of `today`.
    public init(cases: [CourtCase], asOf today: CalendarDate, withinDays: Int, calendar: HolidayCalendar = .official) {
        asOf = today
        self.withinDays = withinDays
        entries = cases.compactMap { courtCase -> Entry? in
            guard courtCase.decidedOn == nil, courtCase.status != .closed else { return nil }
            let report = courtCase.trialPeriod(asOf: today, calendar: calendar)
            guard let due = report.dueOn, let left = report.daysLeft else { return nil }
            guard left <= withinDays || courtCase.extensionRequest != nil else { return nil }
            return Entry(caseId: courtCase.id, caseNumber: courtCase.number, status: courtCase.status, dueOn: due, daysLeft: left,
                         overdue: report.overdue, extensionRequest: courtCase.extensionRequest,
                         daysToDecideRequest: courtCase.extensionRequest.map { _ in left - 5 }, warnings: report.warnings)
        }.sorted { ($0.dueOn, $0.caseId) < ($1.dueOn, $1.caseId) }
    }
}
