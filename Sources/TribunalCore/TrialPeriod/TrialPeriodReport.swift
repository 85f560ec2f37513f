/// How much of its trial period (审限) a case has used, as of a day.
public struct TrialPeriodReport: Codable, Hashable, Sendable {
    /// The statutory limit, e.g. "3 months"; nil when none applies.
    public let statutoryLimit: String?
    public let countingStartsOn: CalendarDate
    public let asOf: CalendarDate
    /// Natural days elapsed since docketing, less excluded days.
    public let daysUsed: Int
    /// Natural days excluded so far (CPL Interpretation Art. 243).
    public let daysExcluded: Int
    /// The limit plus approved extensions, in natural days; nil when no limit applies.
    public let daysAllowed: Int?
    public let daysLeft: Int?
    /// The last day of the trial period if no further interval is excluded.
    public let dueOn: CalendarDate?
    public let overdue: Bool
    public let explanation: [String]
}

extension CourtCase {
    /// The statutory trial-period limit of this case.
    ///
    /// CPL Art. 183: three months from docketing for an appeal against a judgment, thirty days for
    /// an appeal against a ruling. CPL Art. 287: no limit for foreign-related civil cases. Retrial
    /// review (Art. 211) and retrials before the SPC (tried as second instance, Art. 218) use three
    /// months.
    public var trialPeriodLimit: (period: StatutoryPeriod, basis: String)? {
        if foreignRelated && !type.isAdministrative { return nil }
        if type.appealsAgainstRuling || origin?.kind == .ruling {
            return (.days(30), "CPL Art. 183: an appeal against a ruling is decided within 30 days of docketing")
        }
        switch type {
        case .civilRetrialReview, .administrativeRetrialReview:
            return (.months(3), "CPL Art. 211: a retrial application is reviewed within three months")
        default:
            return (.months(3), "CPL Art. 183: an appeal against a judgment is decided within three months of docketing")
        }
    }

    /// The trial period as of `today` (or as of closing, for a closed case).
    public func trialPeriod(asOf today: CalendarDate) -> TrialPeriodReport {
        let end = Swift.min(today, closedOn ?? today)
        let start = docketedOn.adding(days: 1)
        var steps = ["Counting starts the day after docketing (\(docketedOn)): \(start) (CPL Art. 85; Interpretation Art. 243)."]

        // Excluded natural days inside [start, end], counting overlapping intervals once.
        var excludedDays = Set<Int>()
        for exclusion in exclusions {
            let from = Swift.max(exclusion.from, start)
            let to = Swift.min(exclusion.to ?? end, end)
            guard from <= to else { continue }
            for day in from.daysSinceEpoch...to.daysSinceEpoch { excludedDays.insert(day) }
            steps.append("Excluded (\(exclusion.kind.rawValue)) \(exclusion.from) to \(exclusion.to.map(\.description) ?? "ongoing"): \(exclusion.reason), approved by \(exclusion.approvedBy).")
        }
        let elapsed = Swift.max(0, docketedOn.days(until: end))
        let used = elapsed - excludedDays.count
        steps.append("\(elapsed) natural days elapsed to \(end), \(excludedDays.count) excluded: \(used) used.")

        guard let limit = trialPeriodLimit else {
            steps.append("Foreign-related case: no statutory trial-period limit (CPL Art. 287).")
            return TrialPeriodReport(statutoryLimit: nil, countingStartsOn: start, asOf: end, daysUsed: used,
                                     daysExcluded: excludedDays.count, daysAllowed: nil, daysLeft: nil,
                                     dueOn: nil, overdue: false, explanation: steps)
        }
        steps.append(limit.basis + ".")
        var limitEnd: CalendarDate
        switch limit.period {
        case let .days(n): limitEnd = docketedOn.adding(days: n)
        case let .months(n): limitEnd = docketedOn.adding(months: n)
        }
        for extension_ in extensions {
            limitEnd = limitEnd.adding(months: extension_.months).adding(days: extension_.days)
            steps.append("Extended by \(extension_.months) month(s) and \(extension_.days) day(s) on \(extension_.approvedOn): \(extension_.reason), approved by \(extension_.approvedBy) (CPL Art. 183).")
        }
        let allowed = docketedOn.days(until: limitEnd)
        let left = allowed - used
        let due = end.adding(days: left)
        steps.append("\(allowed) days allowed, \(left) left: due on \(due)\(left < 0 ? " — overdue" : "").")
        return TrialPeriodReport(statutoryLimit: limit.period.description, countingStartsOn: start, asOf: end,
                                 daysUsed: used, daysExcluded: excludedDays.count, daysAllowed: allowed,
                                 daysLeft: left, dueOn: due, overdue: left < 0, explanation: steps)
    }
}
