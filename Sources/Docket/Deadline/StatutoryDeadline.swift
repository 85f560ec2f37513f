import TribunalKernel
import Accounts

/// The procedure a decision was made under: it decides which law's article a period cites.
public enum Procedure: String, CaseIterable, Codable, Sendable {
    case civil
    case administrative
}

/// The periods whose last day the docket computes, each with its legal source.
public enum DeadlineKind: String, CaseIterable, Codable, Sendable {
    /// CPL 2023 Art. 171 (ALL Art. 85 in administrative cases): 15 days from service of a
    /// first-instance judgment.
    case appealAgainstJudgment
    /// CPL 2023 Art. 171 (ALL Art. 85): 10 days from service of a first-instance ruling.
    case appealAgainstRuling
    /// CPL 2023 Art. 216 (ALL Interpretation Art. 110): six months after the judgment or ruling
    /// takes legal effect.
    case retrialApplication

    /// The appeal period against a first-instance decision of this kind.
    public static func appeal(against decision: OriginDecision.Kind) -> DeadlineKind {
        decision == .judgment ? .appealAgainstJudgment : .appealAgainstRuling
    }

    /// The period for a party with or without domicile in China, under `procedure`.
    ///
    /// The Administrative Litigation Law sets its own appeal periods (Art. 85, the same 15 and 10
    /// days) but none for a party without domicile in China; for that its Art. 101 applies the
    /// CPL's rules on periods, so such a party has CPL Art. 286's 30 days in both procedures.
    public func period(domiciledInChina: Bool, procedure: Procedure = .civil) -> (length: StatutoryPeriod, basis: String) {
        let law = procedure == .civil ? "CPL 2023 Art. 171" : "Administrative Litigation Law Art. 85"
        switch self {
        case .appealAgainstJudgment, .appealAgainstRuling:
            if !domiciledInChina {
                let via = procedure == .civil ? "" : " (applied to administrative cases by ALL Art. 101)"
                return (.days(30), "CPL 2023 Art. 286\(via): a party without domicile in China may appeal within 30 days of service")
            }
            return self == .appealAgainstJudgment
                ? (.days(15), "\(law): an appeal against a judgment lies within 15 days of service")
                : (.days(10), "\(law): an appeal against a ruling lies within 10 days of service")
        case .retrialApplication:
            return procedure == .civil
                ? (.months(6), "CPL 2023 Art. 216: a retrial is applied for within six months after the decision takes effect")
                : (.months(6), "ALL Interpretation (法释〔2018〕1号) Art. 110: a retrial is applied for within six months after the decision takes effect")
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
    /// The CPL's own rules come first, the Civil Code's where the CPL is silent: CPL 2023 Art.
    /// 85(2) and CPL Interpretation Art. 125: the day of service is not counted, a period in days
    /// or months starts the next day. Civil Code Art. 202 (the CPL says nothing of it): a period in
    /// months ends on the corresponding day, or on the month's last day. CPL Art. 85(3): when the
    /// last day is a statutory holiday or other rest day, the period ends on the first working day
    /// after it; rest days inside the period are counted. CPL Interpretation Art. 244: each
    /// party's period runs from its own service, so call this once per party.
    ///
    /// `extensionGrantedDays`: CPL Art. 286 lets a party without domicile in China apply for an
    /// extension of its appeal period, the court deciding whether and how long; the days granted
    /// are added to the statutory last day before it is moved off a rest day. A party domiciled in
    /// China has no such extension (a period missed for a legitimate reason is restored under
    /// Art. 86 instead), and is refused one.
    public func lastDay(servedOn trigger: CalendarDate, domiciledInChina: Bool = true, procedure: Procedure = .civil,
                        extensionGrantedDays: Int? = nil, calendar: HolidayCalendar = .official) throws(DeadlineError) -> DeadlineResult {
        let (length, basis) = period(domiciledInChina: domiciledInChina, procedure: procedure)
        var steps = [basis + "."]
        let start = trigger.adding(days: 1)
        steps.append("Served on \(trigger); that day is not counted, so counting starts on \(start) (CPL Art. 85(2); CPL Interpretation Art. 125).")
        var nominal: CalendarDate
        switch length {
        case let .days(n):
            nominal = trigger.adding(days: n)
            steps.append("Day \(n) of the period is \(nominal).")
        case let .months(n):
            nominal = trigger.adding(months: n)
            steps.append("\(n) months from \(trigger) end on \(nominal), the corresponding day or the month's last day (Civil Code Art. 202, the CPL being silent).")
        }
        if let extensionGrantedDays {
            guard self != .retrialApplication, !domiciledInChina else { throw .extensionNotAvailable }
            guard (1...180).contains(extensionGrantedDays) else { throw .extensionOutOfRange(extensionGrantedDays) }
            nominal = nominal.adding(days: extensionGrantedDays)
            steps.append("The court granted the party's application to extend its appeal period by \(extensionGrantedDays) days (CPL 2023 Art. 286): \(nominal).")
        }
        // Only the years actually consulted must be in the calendar: the nominal last day and,
        // if it is a rest day, the days up to the next working day.
        let kind: HolidayCalendar.DayKind
        do { kind = try calendar.kind(of: nominal) } catch { throw .calendar(error) }
        let last: CalendarDate
        if kind.isRestDay {
            do { last = try calendar.firstWorkingDay(onOrAfter: nominal) } catch { throw .calendar(error) }
            let why: String
            switch kind {
            case let .holiday(zh, en): why = "a statutory holiday (\(en), \(zh))"
            default: why = "a weekend rest day"
            }
            steps.append("\(nominal) is \(why), so the period ends on the next working day, \(last) (CPL Art. 85(3)).")
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

/// Why a deadline is not computed.
public enum DeadlineError: DomainFailure, Equatable {
    /// The holiday calendar has no schedule for a year the count reaches.
    case calendar(CalendarError)
    /// Only a party without domicile in China may have its appeal period extended (CPL Art. 286).
    case extensionNotAvailable
    case extensionOutOfRange(Int)

    public var failureKind: DomainFailureKind { .invalidValue }

    public var field: String? {
        switch self {
        case .calendar: return "servedOn"
        case .extensionNotAvailable, .extensionOutOfRange: return "extensionGrantedDays"
        }
    }

    public var reason: String {
        switch self {
        case let .calendar(error): return error.description
        case .extensionNotAvailable:
            return "only a party without domicile in China may apply to extend its appeal period (CPL 2023 Art. 286); a party who missed a period for a legitimate reason applies to restore it under Art. 86"
        case let .extensionOutOfRange(days):
            return "\(days) is not a number of days a court grants (1 to 180)"
        }
    }
}
