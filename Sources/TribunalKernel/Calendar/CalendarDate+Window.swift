import Foundation

extension CalendarDate {
    /// The Tribunal's first working day: the NPC Standing Committee's Decision on Several Issues
    /// concerning Litigation Procedures for Patent and Other Intellectual Property Cases
    /// (2018-10-26) took effect on 2019-01-01, when the Tribunal opened.
    public static let tribunalOpened = CalendarDate(year: 2019, month: 1, day: 1)!

    /// The days on which the docket's own events may fall (docketing, hearings, decisions,
    /// closing, excluded intervals, extensions): from the Tribunal's opening to the last day of
    /// next year. An event is recorded on or soon after its day, so a later date is a typing error
    /// (2205 for 2025) that would sort above every real case. Trial periods count natural days and
    /// need no holiday calendar, so the window does not end with the calendar's last year; a
    /// statutory deadline beyond it is refused where it is computed (`CalendarError`).
    public static var docketRange: ClosedRange<CalendarDate> {
        tribunalOpened...lastDocketDay
    }

    /// Any date the domain stores, including decisions of the courts below and receipt of an
    /// appeal before the Tribunal opened: from 1985-01-01 (the Patent Law's entry into force, and
    /// the first year a case number may carry) to the last day of the docket's window.
    public static var storedRange: ClosedRange<CalendarDate> {
        CalendarDate(year: 1985, month: 1, day: 1)!...lastDocketDay
    }

    /// 31 December of next year in China Standard Time, and never before the end of the year after
    /// the holiday calendar's last.
    public static var lastDocketDay: CalendarDate {
        let nextYear = max(CalendarDate(Date()).year, HolidayCalendar.official.coveredYears.upperBound) + 1
        return CalendarDate(year: nextYear, month: 12, day: 31)!
    }

    /// Refuses a date outside `range`, naming `field`.
    public func require(in range: ClosedRange<CalendarDate>, field: String) throws(InvalidValue) {
        guard range.contains(self) else {
            throw InvalidValue(field: field, "\(self) is outside the dates the docket accepts (\(range.lowerBound) to \(range.upperBound))")
        }
    }
}
