import Foundation
import TribunalKernel
import Accounts
import Docket

/// A period the court reports on: a calendar year, or any span of days, both ends included.
public struct StatisticsPeriod: Hashable, Sendable, Codable {
    public let from: CalendarDate
    public let through: CalendarDate

    public init(from: CalendarDate, through: CalendarDate) throws(InvalidValue) {
        guard from <= through else { throw InvalidValue(field: "from", "a period starts (\(from)) on or before it ends (\(through))") }
        self.from = from
        self.through = through
    }

    /// The calendar year.
    public static func year(_ year: Int) throws(InvalidValue) -> StatisticsPeriod {
        guard (2019...9998).contains(year) else { throw InvalidValue(field: "year", "the Tribunal's years start with 2019; \(year) is not one") }
        return try StatisticsPeriod(from: CalendarDate(year: year, month: 1, day: 1)!, through: CalendarDate(year: year, month: 12, day: 31)!)
    }

    /// The same span a year earlier, for year-on-year change.
    public var yearBefore: StatisticsPeriod {
        // Both ends move back twelve months (29 February becomes 28 February).
        try! StatisticsPeriod(from: from.adding(months: -12), through: through.adding(months: -12))
    }

    public var days: Int { from.days(until: through) + 1 }

    public func contains(_ day: CalendarDate) -> Bool { from <= day && day <= through }
}

/// The court's judicial statistics for a period, worked out from its cases and staff.
///
/// Definitions, as the people's courts' statistics count them:
/// - **received** (受理) = **carried over** (旧存: docketed before the period, not closed before it)
///   + **new** (新收: docketed in it);
/// - **closed** (已结): closed (结案) in the period; **pending** (未结) = received − closed, the cases
///   open at its end;
/// - **clearance rate** (结案率) = closed ÷ received;
/// - **closed per judge** (人均结案) = closed ÷ judges in post, each judge (presiding judges and
///   judges; not assistants or clerks) counted by the share of the period's days they were in post,
///   so that a judge who joined on 1 July counts as half a judge in that year;
/// - **trial period** (审理天数) of a closed case = natural days from the day after docketing (or
///   receipt, for the types counted from receipt) to the decision, less the recorded excluded
///   intervals (`CourtCase.trialPeriod(asOf:)`); the average and median are over the cases closed;
/// - **outcomes**, **foreign-related share**, **by cause** and **by origin court** count the cases
///   closed in the period (by cause and court also the new ones).
public struct JudicialStatistics: Codable, Hashable, Sendable {
    public struct Count: Codable, Hashable, Sendable {
        public let key: String
        public let new: Int
        public let closed: Int
    }

    public struct TrialDays: Codable, Hashable, Sendable {
        public let key: String
        public let cases: Int
        public let average: Decimal?
        public let median: Decimal?
    }

    public let period: StatisticsPeriod
    public let carriedOver: Int
    public let new: Int
    public let received: Int
    public let closed: Int
    public let pending: Int
    /// Closed ÷ received, to four decimals; nil when nothing was received.
    public let clearanceRate: Decimal?
    /// Judge-years in post over the period, to four decimals (the denominator of `closedPerJudge`).
    public let judgesInPost: Decimal
    public let closedPerJudge: Decimal?
    /// Natural days, to one decimal.
    public let averageTrialDays: Decimal?
    public let medianTrialDays: Decimal?
    public let trialDaysByType: [TrialDays]
    /// Cases closed by disposition (affirmed, modified, remanded, withdrawn, mediated…).
    public let outcomes: [String: Int]
    public let foreignRelatedClosed: Int
    /// Foreign-related cases among those closed, to four decimals.
    public let foreignRelatedShare: Decimal?
    public let byCause: [Count]
    public let byOriginCourt: [Count]

    /// The figures of `period` from every case the docket holds and every staff member.
    public init(period: StatisticsPeriod, cases: [CourtCase], staff: [StaffMember]) {
        self.period = period
        let before = period.from
        carriedOver = cases.filter { $0.docketedOn < before && ($0.closedOn.map { $0 >= before } ?? true) }.count
        let newCases = cases.filter { period.contains($0.docketedOn) }
        new = newCases.count
        received = carriedOver + new
        let closedCases = cases.filter { $0.closedOn.map(period.contains) ?? false }
        closed = closedCases.count
        pending = received - closed
        clearanceRate = received > 0 ? (Decimal(closed) / Decimal(received)).rounded(scale: 4) : nil

        let dayShares = staff.filter { $0.role.isJudge }.map { member -> Int in
            let first = max(member.inPostFrom, period.from)
            let last = min(member.inPostUntil ?? period.through, period.through)
            return first <= last ? first.days(until: last) + 1 : 0
        }
        let judgeDays = Decimal(dayShares.reduce(0, +))
        judgesInPost = (judgeDays / Decimal(period.days)).rounded(scale: 4)
        closedPerJudge = judgeDays > 0 ? (Decimal(closed) * Decimal(period.days) / judgeDays).rounded(scale: 1) : nil

        let days = closedCases.compactMap { courtCase -> (TribunalCaseType, Int)? in
            guard let decidedOn = courtCase.decidedOn else { return nil }
            return (courtCase.type, courtCase.trialPeriod(asOf: decidedOn).daysUsed)
        }
        averageTrialDays = Self.average(days.map(\.1))
        medianTrialDays = Self.median(days.map(\.1))
        trialDaysByType = TribunalCaseType.allCases.compactMap { type in
            let values = days.filter { $0.0 == type }.map(\.1)
            return values.isEmpty ? nil : TrialDays(key: type.rawValue, cases: values.count, average: Self.average(values), median: Self.median(values))
        }
        outcomes = Dictionary(grouping: closedCases.compactMap(\.disposition), by: \.rawValue).mapValues(\.count)
        foreignRelatedClosed = closedCases.filter(\.foreignRelated).count
        foreignRelatedShare = closed > 0 ? (Decimal(foreignRelatedClosed) / Decimal(closed)).rounded(scale: 4) : nil
        byCause = Self.counts(new: newCases, closed: closedCases) { $0.cause.rawValue }
        byOriginCourt = Self.counts(new: newCases, closed: closedCases) { $0.origin?.courtCode ?? "—" }
    }

    static func average(_ values: [Int]) -> Decimal? {
        values.isEmpty ? nil : (Decimal(values.reduce(0, +)) / Decimal(values.count)).rounded(scale: 1)
    }

    static func median(_ values: [Int]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (Decimal(sorted[middle - 1] + sorted[middle]) / 2).rounded(scale: 1) : Decimal(sorted[middle])
    }

    static func counts(new: [CourtCase], closed: [CourtCase], key: (CourtCase) -> String) -> [Count] {
        let newCounts = Dictionary(grouping: new, by: key).mapValues(\.count)
        let closedCounts = Dictionary(grouping: closed, by: key).mapValues(\.count)
        return Set(newCounts.keys).union(closedCounts.keys).map { Count(key: $0, new: newCounts[$0] ?? 0, closed: closedCounts[$0] ?? 0) }
            .sorted { ($0.closed, $0.new, $1.key) > ($1.closed, $1.new, $0.key) }
    }
}

/// A year's figures beside the year before's, with the change of each headline figure.
public struct StatisticsComparison: Codable, Hashable, Sendable {
    public let current: JudicialStatistics
    public let previous: JudicialStatistics
    /// Relative change of closed cases, of closed per judge and of the average trial period,
    /// as fractions to four decimals (0.012 is +1.2 %); nil where the year before has nothing.
    public let closedChange: Decimal?
    public let closedPerJudgeChange: Decimal?
    public let averageTrialDaysChange: Decimal?

    public init(current: JudicialStatistics, previous: JudicialStatistics) {
        self.current = current
        self.previous = previous
        func change(_ now: Decimal?, _ then: Decimal?) -> Decimal? {
            guard let now, let then, then != 0 else { return nil }
            return ((now - then) / then).rounded(scale: 4)
        }
        closedChange = change(Decimal(current.closed), Decimal(previous.closed))
        closedPerJudgeChange = change(current.closedPerJudge, previous.closedPerJudge)
        averageTrialDaysChange = change(current.averageTrialDays, previous.averageTrialDays)
    }
}
