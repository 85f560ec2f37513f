/// The periods whose last day the docket computes, each with its legal source.
public enum DeadlineKind: String, CaseIterable, Codable, Sendable {
    /// CPL 2023 Art. 171: 15 days from service of a first-instance judgment.
    case appealAgainstJudgment
    /// CPL 2023 Art. 171: 10 days from service of a first-instance ruling.
    case appealAgainstRuling
    /// CPL 2023 Art. 216: six months after the judgment or ruling takes legal effect.
    case retrialApplication

    /// The appeal period against a first-instance decision of this kind.
    public static func appeal(against decision: OriginDecision.Kind) -> DeadlineKind {
        decision == .judgment ? .appealAgainstJudgment : .appealAgainstRuling
    }

    /// The period for a party with or without domicile in China.
    public func period(domiciledInChina: Bool) -> (length: StatutoryPeriod, basis: String) {
        switch self {
        case .appealAgainstJudgment, .appealAgainstRuling:
            if !domiciledInChina {
                return (.days(30), "CPL Art. 286: a party without domicile in China may appeal within 30 days of service")
            }
            return self == .appealAgainstJudgment
                ? (.days(15), "CPL Art. 171: an appeal against a judgment lies within 15 days of service")
                : (.days(10), "CPL Art. 171: an appeal against a ruling lies within 10 days of service")
        case .retrialApplication:
            return (.months(6), "CPL Art. 216: a retrial is applied for within six months after the decision takes effect")
        }
    }
}

/// A period counted in days or in months.
public enum StatutoryPeriod: Hashable, Sendable, CustomStringConvertible {
    case days(Int)
    case months(Int)

    public var description: String {
        switch self {
        case let .days(n): return "\(n) days"
        case let .months(n): return "\(n) months"
        }
    }
}

/// The last day of a period, and the steps that led to it.
public struct DeadlineResult: Codable, Hashable, Sendable {
    public let kind: DeadlineKind
    /// The day of service, or of legal effect for a retrial application.
    public let triggeredOn: CalendarDate
    public let domiciledInChina: Bool
    public let period: String
    /// The first day counted: the day after the trigger.
    public let countingStartsOn: CalendarDate
    /// The last day before any rest-day extension.
    public let nominalLastDay: CalendarDate
    /// The last day on which the act may be done.
    public let lastDay: CalendarDate
    /// One sentence per step, each with its legal basis.
    public let explanation: [String]
}

extension DeadlineKind {
    /// Computes the last day of the period for one party.
    ///
    /// CPL Art. 85 and Civil Code Art. 201: the day of service is not counted; the period starts the
    /// next day. Civil Code Art. 202: a period in months ends on the corresponding day, or on the
    /// month's last day. CPL Art. 85(3) and Civil Code Art. 203: when the last day is a statutory
    /// holiday or other rest day, the period ends on the first working day after it; rest days
    /// inside the period are counted. CPL Interpretation Art. 244: each party's period runs from its
    /// own service, so call this once per party.
    public func lastDay(servedOn trigger: CalendarDate, domiciledInChina: Bool = true,
                        calendar: HolidayCalendar = .official) throws(CalendarError) -> DeadlineResult {
        let (length, basis) = period(domiciledInChina: domiciledInChina)
        var steps = [basis + "."]
        let start = trigger.adding(days: 1)
        steps.append("Served on \(trigger); that day is not counted, so counting starts on \(start) (CPL Art. 85; Civil Code Art. 201).")
        let nominal: CalendarDate
        switch length {
        case let .days(n):
            nominal = trigger.adding(days: n)
            steps.append("Day \(n) of the period is \(nominal).")
        case let .months(n):
            nominal = trigger.adding(months: n)
            steps.append("\(n) months from \(trigger) end on \(nominal), the corresponding day or the month's last day (Civil Code Art. 202).")
        }
        // Only the years actually consulted must be in the calendar: the nominal last day and,
        // if it is a rest day, the days up to the next working day.
        let kind = try calendar.kind(of: nominal)
        let last: CalendarDate
        if kind.isRestDay {
            last = try calendar.firstWorkingDay(onOrAfter: nominal)
            let why: String
            switch kind {
            case let .holiday(zh, en): why = "a statutory holiday (\(en), \(zh))"
            default: why = "a weekend rest day"
            }
            steps.append("\(nominal) is \(why), so the period ends on the next working day, \(last) (CPL Art. 85; Civil Code Art. 203).")
        } else {
            last = nominal
            let working = kind == .adjustedWorkingDay ? "an adjusted working day (调休上班)" : "a working day"
            steps.append("\(nominal) is \(working), so it is the last day.")
        }
        return DeadlineResult(kind: self, triggeredOn: trigger, domiciledInChina: domiciledInChina,
                              period: length.description, countingStartsOn: start,
                              nominalLastDay: nominal, lastDay: last, explanation: steps)
    }
}
