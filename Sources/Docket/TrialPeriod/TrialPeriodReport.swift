import TribunalKernel
import Accounts

/// How much of its trial period (审限) a case has used, as of a day.
public struct TrialPeriodReport: Codable, Hashable, Sendable {
    /// The statutory limit, e.g. "3 months"; nil when none applies.
    public let statutoryLimit: String?
    /// What the period is counted from: docketing, or receipt of the appeal or application.
    public let countedFrom: TrialPeriodLimit.Start
    public let countingStartsOn: CalendarDate
    /// The day counting stopped: the decision, or `asOf` for an undecided case.
    public let asOf: CalendarDate
    /// Natural days elapsed since the period's start, less excluded days.
    public let daysUsed: Int
    /// Natural days excluded so far.
    public let daysExcluded: Int
    /// The limit plus approved extensions, in natural days; nil when no limit applies.
    public let daysAllowed: Int?
    /// Natural days from `asOf` to `dueOn`; negative when overdue.
    public let daysLeft: Int?
    /// The last day of the trial period if no further interval is excluded, moved off a rest day.
    public let dueOn: CalendarDate?
    /// The same before it is moved off a rest day: what an extension is added to.
    public let nominalDueOn: CalendarDate?
    public let overdue: Bool
    /// What the rules ask that did not happen (a late extension request, an extension beyond what
    /// the president may grant, a postponement longer than a month): recorded, and shown to the
    /// court's leaders, not refused.
    public let warnings: [String]
    public let explanation: [String]
}

extension CourtCase {
    /// The trial period as of `today`; for a decided case, as of the decision.
    ///
    /// The period runs from the day after docketing (or receipt, `TrialPeriodLimit.Start`) to
    /// the pronouncement of the judgment or the service of the mediation statement (CPL
    /// Interpretation Art. 243), so a decided case stops accruing days though it is not yet
    /// closed. Days are natural days; excluded intervals overlapping one another count once.
    ///
    /// When the last day falls on a statutory holiday or a weekend, the period ends on the next
    /// working day: CPL 2023 Art. 85(3) says so of every period the CPL sets, and the trial
    /// periods of Arts. 183 and 215 are such periods (rest days inside the period still count);
    /// administrative cases take the CPL's rules on periods through ALL Art. 101. A last day in a
    /// year the holiday calendar does not yet cover is moved off weekends only, with a warning.
    public func trialPeriod(asOf today: CalendarDate, calendar: HolidayCalendar = .official) -> TrialPeriodReport {
        let limit = trialPeriodLimit
        let anchor = anchor(of: limit)
        let end = Swift.min(today, decidedOn ?? today)
        let start = anchor.adding(days: 1)
        let from = limit?.start == .receipt ? "receipt (\(receivedOn))" : "docketing (\(docketedOn))"
        var steps = ["Counting starts the day after \(from): \(start) (CPL Art. 85; 法释〔2000〕29号 Art. 8)."]
        if let decidedOn, decidedOn <= today {
            steps.append("The period ends at the decision on \(decidedOn) (CPL Interpretation Art. 243).")
        }
        var warnings: [String] = []

        // Excluded natural days inside [start, end], counting overlapping intervals once.
        var excludedDays = Set<Int>()
        for exclusion in exclusions {
            var last = exclusion.to ?? end
            if let months = exclusion.kind.maximumMonths, last > exclusion.from.adding(months: months).adding(days: -1) {
                last = exclusion.from.adding(months: months).adding(days: -1)
                warnings.append("The \(exclusion.kind.rawValue) interval from \(exclusion.from) lasts longer than \(months) month(s); only \(exclusion.from) to \(last) is excluded (\(exclusion.kind.source(administrative: type.isAdministrative))).")
            }
            let first = Swift.max(exclusion.from, start)
            last = Swift.min(last, end)
            guard first <= last else { continue }
            for day in first.daysSinceEpoch...last.daysSinceEpoch { excludedDays.insert(day) }
            steps.append("Excluded (\(exclusion.kind.rawValue), \(exclusion.kind.source(administrative: type.isAdministrative))) \(exclusion.from) to \(exclusion.to.map(\.description) ?? "ongoing"): \(exclusion.reason), approved by \(exclusion.approvedBy).")
        }
        let elapsed = Swift.max(0, anchor.days(until: end))
        let used = elapsed - excludedDays.count
        steps.append("\(elapsed) natural days elapsed to \(end), \(excludedDays.count) excluded: \(used) used.")

        guard let limit else {
            steps.append("Foreign-related civil case: no statutory trial-period limit (CPL 2023 Art. 287 lifts Arts. 152 and 183).")
            return TrialPeriodReport(statutoryLimit: nil, countedFrom: .docketing, countingStartsOn: start, asOf: end, daysUsed: used,
                                     daysExcluded: excludedDays.count, daysAllowed: nil, daysLeft: nil,
                                     dueOn: nil, nominalDueOn: nil, overdue: false, warnings: warnings, explanation: steps)
        }
        steps.append(limit.basis + ".")
        var allowed = anchor.days(until: anchor.adding(limit.period))
        // An extension runs from the period's last day as it stood when it was approved, excluded
        // days included (a month after 05-30 ends 06-30, not a month after the nominal 04-30).
        var presidentsFirstBase: CalendarDate?, grantedByPresident = 0
        for extension_ in extensions {
            let base = extension_.extendedFrom ?? extension_.extendedPeriodEndedOn ?? anchor.adding(days: allowed)
            let granted = base.days(until: base.adding(months: extension_.months).adding(days: extension_.days))
            allowed += granted
            steps.append("Extended by \(extension_.months) month(s) and \(extension_.days) day(s) from \(base), approved on \(extension_.approvedOn): \(extension_.reason), approved by \(extension_.approvedBy) (\(limit.extensionBasis)).")
            // 法释〔2018〕9号 governs civil and commercial cases only.
            if !type.isAdministrative { warnings += extension_.timingWarnings }
            if case let .byPresident(cap?) = limit.extendedBy {
                let first = presidentsFirstBase ?? base
                presidentsFirstBase = first
                grantedByPresident += granted
                if grantedByPresident > first.days(until: first.adding(months: cap)) {
                    warnings.append("The extensions approved on or before \(extension_.approvedOn) go beyond the \(cap) months the president may grant (\(limit.extensionBasis)).")
                }
            }
        }
        let nominalDue = end.adding(days: allowed - used)
        let due = Self.lastDay(nominalDue, calendar: calendar, steps: &steps, warnings: &warnings)
        let left = end.days(until: due)
        steps.append("\(allowed) days allowed, \(allowed - used) left: due on \(due)\(left < 0 ? " — overdue" : "").")
        return TrialPeriodReport(statutoryLimit: limit.period.description, countedFrom: limit.start, countingStartsOn: start, asOf: end,
                                 daysUsed: used, daysExcluded: excludedDays.count, daysAllowed: allowed,
                                 daysLeft: left, dueOn: due, nominalDueOn: nominalDue, overdue: left < 0, warnings: warnings, explanation: steps)
    }

    /// `day`, or the first working day after it when it is a rest day (CPL Art. 85(3)).
    /// In a year the holiday calendar does not cover yet, only weekends are known: the day is
    /// moved off a weekend, and a warning says that the year's holidays are unknown.
    private static func lastDay(_ day: CalendarDate, calendar: HolidayCalendar, steps: inout [String], warnings: inout [String]) -> CalendarDate {
        let (moved, provisional) = calendar.lastDayOfPeriod(day)
        if moved != day {
            steps.append("\(day) is a \(provisional ? "weekend day" : "rest day"), so the period ends on the next working day, \(moved) (CPL Art. 85(3)).")
        }
        if provisional {
            warnings.append("The holiday calendar has no State Council schedule for \(day.year) yet: the last day \(moved) is moved off weekends only and may still fall on a statutory holiday.")
        }
        return moved
    }
}

extension TrialPeriodExtension {
    /// The request and the decision against 法释〔2018〕9号 Art. 1 (as amended 2019): requested at
    /// least 15 days and decided at least 5 days before the period expired.
    var timingWarnings: [String] {
        guard let expiry = extendedPeriodEndedOn else { return [] }
        var warnings: [String] = []
        if let requestedOn, requestedOn.days(until: expiry) < 15 {
            warnings.append("The extension approved on \(approvedOn) was requested on \(requestedOn), \(requestedOn.days(until: expiry)) days before the period expired on \(expiry); 法释〔2018〕9号 Art. 1 asks for at least 15.")
        }
        if approvedOn.days(until: expiry) < 5 {
            warnings.append("The extension was decided on \(approvedOn), \(approvedOn.days(until: expiry)) days before the period expired on \(expiry); 法释〔2018〕9号 Art. 1 asks for at least 5.")
        }
        return warnings
    }
}

extension CalendarDate {
    /// The day `period` after this one (the corresponding day, or the month's last day).
    func adding(_ period: StatutoryPeriod) -> CalendarDate {
        switch period {
        case let .days(n): return adding(days: n)
        case let .months(n): return adding(months: n)
        }
    }
}
