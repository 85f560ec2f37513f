import Foundation
import TribunalKernel

/// The running total of a daily fine on a given day: each stretch of non-compliance with its days
/// and amount. A day counts when the respondent was not complying on it: the first day of a breach
/// counts, the day from which compliance is recorded does not, and no day after the order ended
/// (lifted, or revoked on reconsideration) or after the statement's date counts.
public struct FineStatement: Codable, Hashable, Sendable {
    /// One stretch of non-compliance, both ends included.
    public struct Stretch: Codable, Hashable, Sendable {
        public let from: CalendarDate
        public let through: CalendarDate
        public let days: Int
        public let amount: Decimal
        /// Whether the stretch is still running on the statement's date.
        public let running: Bool
    }

    public let asOf: CalendarDate
    public let perDay: Decimal
    public let stretches: [Stretch]
    /// Days of non-compliance in all stretches, and the fine they owe.
    public let days: Int
    public let total: Decimal

    /// Works out the statement of `fine` from the reports, which are in the order of their days, up to
    /// `asOf`; `endsOn` is the first day the order no longer binds (lifting, revocation).
    public init(fine: DailyFine, reports: [ComplianceReport], endsOn: CalendarDate?, asOf: CalendarDate) {
        self.asOf = asOf
        self.perDay = fine.perDay
        // The last day that can count: the statement's date, or the day before the order ended.
        var lastDay = asOf
        if let endsOn, endsOn.adding(days: -1) < lastDay { lastDay = endsOn.adding(days: -1) }

        var openedOn: CalendarDate? = fine.trigger == .untilCompliance ? fine.startsOn : nil
        var stretches: [Stretch] = []
        func close(_ start: CalendarDate, before end: CalendarDate?) {
            let first = max(start, fine.startsOn)
            let last = min(end.map { $0.adding(days: -1) } ?? lastDay, lastDay)
            guard first <= last else { return }
            let days = first.days(until: last) + 1
            // Still running on the statement's date: not complied by then, and the order binds.
            let running = (end.map { $0 > asOf } ?? true) && lastDay == asOf
            stretches.append(Stretch(from: first, through: last, days: days, amount: fine.perDay * Decimal(days), running: running))
        }
        for report in reports {
            switch report.kind {
            case .breach:
                if openedOn == nil { openedOn = report.on }
            case .compliance:
                if let start = openedOn {
                    close(start, before: report.on)
                    openedOn = nil
                }
            }
        }
        if let start = openedOn { close(start, before: nil) }
        self.stretches = stretches
        days = stretches.reduce(0) { $0 + $1.days }
        total = stretches.reduce(Decimal(0)) { $0 + $1.amount }
    }
}
