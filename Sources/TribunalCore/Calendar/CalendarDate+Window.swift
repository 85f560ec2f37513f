import Foundation

extension CalendarDate {
    /// The Tribunal's first working day: the NPC Standing Committee's Decision on Several Issues
    /// concerning Litigation Procedures for Patent and Other Intellectual Property Cases
    /// (2018-10-26) took effect on 2019-01-01, when the Tribunal opened.
    public static let tribunalOpened = CalendarDate(year: 2019, month: 1, day: 1)!

    /// The days on which the docket's own events may fall (docketing, hearings, decisions,
    /// closing, excluded intervals, extensions): from the Tribunal's opening to the last day of the
    /// holiday calendar's years. Periods are counted on that calendar, so a date beyond it could
    /// be stored but never counted; refusing it keeps every stored case listable and countable.
    public static var docketRange: ClosedRange<CalendarDate> {
        tribunalOpened...lastCountableDay
    }

    /// Any date the domain stores, including decisions of the courts below and receipt of an
    /// appeal before the Tribunal opened: from 1985-01-01 (the Patent Law's entry into force, and
    /// the first year a case number may carry) to the last countable day.
    public static var storedRange: ClosedRange<CalendarDate> {
        CalendarDate(year: 1985, month: 1, day: 1)!...lastCountableDay
    }

    /// 31 December of the holiday calendar's last year.
    public static var lastCountableDay: CalendarDate {
        CalendarDate(year: HolidayCalendar.official.coveredYears.upperBound, month: 12, day: 31)!
    }

    /// Refuses a date outside `range`, naming `field`.
    public func require(in range: ClosedRange<CalendarDate>, field: String) throws(InvalidValue) {
        guard range.contains(self) else {
            throw InvalidValue(field: field, "\(self) is outside the dates the docket can count (\(range.lowerBound) to \(range.upperBound))")
        }
    }
}
