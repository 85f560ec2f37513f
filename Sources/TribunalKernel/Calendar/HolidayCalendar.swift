import Foundation

/// The official working calendar of the People's Republic of China: statutory holidays and the
/// adjusted working weekend days (调休) announced each year by the General Office of the State
/// Council.
///
/// The calendar only answers for years it has data for. A date outside them is an error, never a
/// guess, because a wrong rest day moves a statutory deadline.
public struct HolidayCalendar: Sendable {
    /// What kind of day a date is.
    public enum DayKind: Equatable, Sendable {
        /// A day off by the State Council's schedule; `name` is the festival, in zh and en.
        case holiday(zh: String, en: String)
        /// A Saturday or Sunday on which people work because of 调休.
        case adjustedWorkingDay
        /// An ordinary Saturday or Sunday.
        case weekend
        /// An ordinary Monday to Friday.
        case workingDay

        public var isRestDay: Bool {
            switch self {
            case .holiday, .weekend: return true
            case .adjustedWorkingDay, .workingDay: return false
            }
        }
    }

    /// One year's schedule and the notices it was taken from.
    public struct YearSchedule: Sendable {
        public let year: Int
        public let sources: [String]
        let holidays: [CalendarDate: (zh: String, en: String)]
        let adjustedWorkingDays: Set<CalendarDate>
    }

    public let years: [Int: YearSchedule]

    /// The years the calendar has data for, in order.
    public var coveredYears: ClosedRange<Int> {
        (years.keys.min() ?? 0)...(years.keys.max() ?? -1)
    }

    public init(years: [YearSchedule]) {
        self.years = Dictionary(uniqueKeysWithValues: years.map { ($0.year, $0) })
    }

    /// The State Council schedules 2019–2026 shipped with Tribunal (`Resources/holidays.json`).
    public static let official: HolidayCalendar = {
        do {
            return try HolidayCalendar(json: try BundledResource.data(named: "holidays"))
        } catch {
            // The file ships inside the module and is covered by tests; failing here means a broken build.
            fatalError("holidays.json is unreadable: \(error)")
        }
    }()

    public func kind(of date: CalendarDate) throws(CalendarError) -> DayKind {
        guard let schedule = years[date.year] else {
            throw .yearNotCovered(year: date.year, covered: coveredYears)
        }
        if let name = schedule.holidays[date] { return .holiday(zh: name.zh, en: name.en) }
        if schedule.adjustedWorkingDays.contains(date) { return .adjustedWorkingDay }
        return date.isWeekend ? .weekend : .workingDay
    }

    public func isRestDay(_ date: CalendarDate) throws(CalendarError) -> Bool {
        try kind(of: date).isRestDay
    }

    /// The first working day on or after `date`.
    public func firstWorkingDay(onOrAfter date: CalendarDate) throws(CalendarError) -> CalendarDate {
        var day = date
        while try isRestDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// The last day of a period whose nominal last day is `day`: that day, or the first working
    /// day after it when it is a rest day (CPL 2023 Art. 85 para. 3). In a year the calendar
    /// does not cover yet only weekends are known, so the day is moved off a weekend and marked
    /// provisional.
    public func lastDayOfPeriod(_ day: CalendarDate) -> (day: CalendarDate, provisional: Bool) {
        if let moved = try? firstWorkingDay(onOrAfter: day) { return (moved, false) }
        var moved = day
        while moved.isWeekend { moved = moved.adding(days: 1) }
        return (moved, true)
    }
}

/// Why the calendar could not answer.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    case yearNotCovered(year: Int, covered: ClosedRange<Int>)

    public var description: String {
        switch self {
        case let .yearNotCovered(year, covered):
            return "the holiday calendar has no State Council schedule for \(year) (it covers \(covered.lowerBound)–\(covered.upperBound)); no deadline is computed rather than guessed"
        }
    }
}

extension HolidayCalendar {
    private struct File: Decodable {
        struct Year: Decodable {
            struct Holiday: Decodable { let zh: String; let en: String; let from: CalendarDate; let to: CalendarDate }
            let year: Int
            let sources: [String]
            let holidays: [Holiday]
            let adjustedWorkingDays: [CalendarDate]
        }
        let years: [Year]
    }

    /// Reads a schedule file in the format of `Resources/holidays.json`.
    public init(json: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: json)
        self.init(years: file.years.map { year in
            var holidays: [CalendarDate: (zh: String, en: String)] = [:]
            for holiday in year.holidays {
                var day = holiday.from
                while day <= holiday.to {
                    holidays[day] = (holiday.zh, holiday.en)
                    day = day.adding(days: 1)
                }
            }
            return YearSchedule(year: year.year, sources: year.sources, holidays: holidays,
                                adjustedWorkingDays: Set(year.adjustedWorkingDays))
        })
    }
}
