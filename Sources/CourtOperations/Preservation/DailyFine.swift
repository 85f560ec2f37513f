import Foundation
import TribunalKernel

/// A fine set in a preservation ruling for every day the respondent does not comply (按日计罚), as
/// in Huawei v. Conversant, （2019）最高法知民终732、733、734号之一: 1,000,000 yuan a day from the day
/// of any breach, accumulated day by day.
///
/// The daily amount is bounded by the fines the Civil Procedure Law allows for obstructing
/// proceedings, against which each day's fine is one fine: for a person up to 100,000 yuan, for an
/// organisation 50,000 to 1,000,000 yuan (CPL 2023 amendment, Art. 118 para. 1).
public struct DailyFine: Codable, Hashable, Sendable {
    /// When the fine starts to run.
    public enum Trigger: String, Codable, CaseIterable, Hashable, Sendable {
        /// The ruling orders something done: the fine runs from `startsOn` until compliance is
        /// recorded, and again from each breach reported after it.
        case untilCompliance
        /// The ruling forbids something: the fine runs only from the first day of a breach (no
        /// earlier than `startsOn`) until compliance is recorded.
        case fromBreach
    }

    public var perDay: Decimal
    public var startsOn: CalendarDate
    public var trigger: Trigger

    public init(perDay: Decimal, startsOn: CalendarDate, trigger: Trigger) {
        self.perDay = perDay
        self.startsOn = startsOn
        self.trigger = trigger
    }

    /// The highest fine a day: CPL 2023 amendment, Art. 118 para. 1.
    public static func ceiling(for respondent: RespondentKind) -> Decimal {
        respondent == .person ? 100_000 : 1_000_000
    }

    /// The lowest fine a day for an organisation (a person has none): CPL 2023 amendment, Art. 118 para. 1.
    public static func floor(for respondent: RespondentKind) -> Decimal {
        respondent == .person ? 0 : 50_000
    }

    func validate(respondent: RespondentKind, ruledOn: CalendarDate) throws(InvalidValue) {
        try MoneyField.check(perDay, field: "dailyFine.perDay", allowZero: false)
        let low = Self.floor(for: respondent), high = Self.ceiling(for: respondent)
        guard perDay >= low, perDay <= high else {
            let range = low > 0 ? "\(low.yuanText) to \(high.yuanText)" : "at most \(high.yuanText)"
            throw InvalidValue(field: "dailyFine.perDay", "a fine on \(respondent == .person ? "a person" : "an organisation") is \(range) yuan a day (CPL Art. 118); \(perDay.yuanText) is outside")
        }
        guard startsOn >= ruledOn else {
            throw InvalidValue(field: "dailyFine.startsOn", "a fine cannot run before the ruling that sets it (\(ruledOn)); \(startsOn) is earlier")
        }
    }
}

/// Whether the respondent to a preservation order is a natural person or an organisation: the
/// Civil Procedure Law fines them on different scales.
public enum RespondentKind: String, Codable, CaseIterable, Hashable, Sendable {
    case person
    case organisation
}
