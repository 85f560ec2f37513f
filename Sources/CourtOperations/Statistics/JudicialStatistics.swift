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

    /// The Tribunal's first year: it opened on 1 January 2019.
    public static let firstYear = 2019

    /// The calendar year.
    public static func year(_ year: Int) throws(InvalidValue) -> StatisticsPeriod {
        guard (firstYear...9998).contains(year) else { throw InvalidValue(field: "year", "the Tribunal's years start with 2019; \(year) is not one") }
        return try StatisticsPeriod(from: CalendarDate(year: year, month: 1, day: 1)!, through: CalendarDate(year: year, month: 12, day: 31)!)
    }

    /// A year as the court reports it on `today`: the whole year once it is over, the days so far
    /// of the year in progress (compared, a year earlier, with the same days).
    public static func yearSoFar(_ year: Int, today: CalendarDate) throws(InvalidValue) -> StatisticsPeriod {
        guard year <= today.year else { throw InvalidValue(field: "year", "\(year) has not begun (today is \(today))") }
        let whole = try Self.year(year)
        return year < today.year ? whole : try StatisticsPeriod(from: whole.from, through: today)
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
        self.init(period: period, tally: DocketTally(from: period.from, through: period.through, cases: cases), staff: staff)
    }

    /// The figures of `period` from the docket's tally of it and every staff member.
    public init(period: StatisticsPeriod, tally: DocketTally, staff: [StaffMember]) {
        self.period = period
        carriedOver = tally.carriedOver
        new = tally.total(.newByCause)
        received = carriedOver + new
        closed = tally.total(.closedByCause)
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

        let byType = tally.trialDaysByType
        let allTypes = byType.values.reduce(into: [Int: Int]()) { all, days in all.merge(days, uniquingKeysWith: +) }
        averageTrialDays = Self.average(allTypes)
        medianTrialDays = Self.median(allTypes)
        trialDaysByType = TribunalCaseType.allCases.compactMap { type in
            guard let days = byType[type.rawValue], !days.isEmpty else { return nil }
            return TrialDays(key: type.rawValue, cases: days.values.reduce(0, +), average: Self.average(days), median: Self.median(days))
        }
        outcomes = tally.counts[.closedByOutcome] ?? [:]
        foreignRelatedClosed = tally.total(.closedForeignRelated)
        foreignRelatedShare = closed > 0 ? (Decimal(foreignRelatedClosed) / Decimal(closed)).rounded(scale: 4) : nil
        byCause = Self.counts(new: tally.counts[.newByCause] ?? [:], closed: tally.counts[.closedByCause] ?? [:])
        byOriginCourt = Self.counts(new: tally.counts[.newByOriginCourt] ?? [:], closed: tally.counts[.closedByOriginCourt] ?? [:])
    }

    /// The mean of a histogram (value → how many times), to one decimal.
    static func average(_ histogram: [Int: Int]) -> Decimal? {
        let count = histogram.values.reduce(0, +)
        guard count > 0 else { return nil }
        let sum = histogram.reduce(0) { $0 + $1.key * $1.value }
        return (Decimal(sum) / Decimal(count)).rounded(scale: 1)
    }

    /// The median of a histogram (value → how many times): the middle value, or the mean of the
    /// two middle values, to one decimal.
    static func median(_ histogram: [Int: Int]) -> Decimal? {
        let count = histogram.values.reduce(0, +)
        guard count > 0 else { return nil }
        let sorted = histogram.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        /// The value at `position` (from 0) in the sorted values.
        func value(at position: Int) -> Int {
            var seen = 0
            for (value, times) in sorted {
                seen += times
                if position < seen { return value }
            }
            return sorted.last!.key
        }
        let middle = count / 2
        return count.isMultiple(of: 2) ? (Decimal(value(at: middle - 1) + value(at: middle)) / 2).rounded(scale: 1) : Decimal(value(at: middle))
    }

    static func counts(new: [String: Int], closed: [String: Int]) -> [Count] {
        Set(new.keys).union(closed.keys).map { Count(key: $0, new: new[$0] ?? 0, closed: closed[$0] ?? 0) }
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
