import Foundation
import Testing
@testable import TribunalKernel
@testable import Accounts
@testable import Docket
@testable import Judgments
@testable import PublicPortal

@Suite("Calendar")
struct CalendarTests {
    let calendar = HolidayCalendar.official

    @Test("Dates count days exactly")
    func arithmetic() throws {
        let date = try #require(CalendarDate(iso: "2024-02-28"))
        #expect(date.adding(days: 1).description == "2024-02-29")
        #expect(date.adding(days: 2).description == "2024-03-01")
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-1-5") == nil)
        #expect(try #require(CalendarDate(iso: "2024-01-31")).adding(months: 1).description == "2024-02-29")
        #expect(try #require(CalendarDate(iso: "2023-08-31")).adding(months: 6).description == "2024-02-29")
        #expect(try #require(CalendarDate(iso: "2026-11-26")).isoWeekday == 4)
        #expect(CalendarDate(Date(timeIntervalSince1970: 1_700_000_000)).description == "2023-11-15")
        // 23:30 UTC is already the next day in Beijing.
        #expect(CalendarDate(Date(timeIntervalSince1970: 1_704_065_400)).description == "2024-01-01")
    }

    @Test("Holidays, adjusted working days and weekends")
    func kinds() throws {
        func kind(_ iso: String) throws -> HolidayCalendar.DayKind { try calendar.kind(of: CalendarDate(iso: iso)!) }
        #expect(try kind("2024-02-12") == .holiday(zh: "春节", en: "Spring Festival"))
        #expect(try kind("2024-02-18") == .adjustedWorkingDay)  // a Sunday worked after the Spring Festival
        #expect(try kind("2024-02-24") == .weekend)
        #expect(try kind("2024-02-19") == .workingDay)
        #expect(try kind("2020-02-01") == .holiday(zh: "春节", en: "Spring Festival"))  // extended in 2020
        #expect(try kind("2026-02-28") == .adjustedWorkingDay)
        #expect(calendar.coveredYears == 2019...2026)
    }

    @Test("A year without data is an explicit error")
    func uncoveredYear() {
        #expect(throws: CalendarError.yearNotCovered(year: 2027, covered: 2019...2026)) {
            try calendar.kind(of: CalendarDate(iso: "2027-01-04")!)
        }
    }

    @Test("Every year names its source and has its seven festivals")
    func sources() {
        for year in 2019...2026 {
            let schedule = calendar.years[year]!
            #expect(!schedule.sources.isEmpty)
            #expect(schedule.holidays.count >= 25)
        }
    }

    @Test("The docket accepts dates in the year after the holiday calendar's last; not decades ahead")
    func docketWindow() throws {
        let afterCalendar = CalendarDate(year: HolidayCalendar.official.coveredYears.upperBound + 1, month: 1, day: 4)!
        #expect(CalendarDate.docketRange.contains(afterCalendar), "trial periods count natural days: docketing does not stop with the calendar")
        #expect(!CalendarDate.docketRange.contains(CalendarDate(iso: "2205-03-04")!))
        #expect(CalendarDate.docketRange.upperBound.year >= CalendarDate(Date()).year + 1)
    }

    @Test("The 2019 Labour Day change cites its notice: 国办发明电〔2019〕3号")
    func labourDay2019Source() throws {
        let sources = try #require(HolidayCalendar.official.years[2019]).sources
        #expect(sources.contains { $0.contains("调整2019年劳动节假期安排") && $0.contains("国办发明电〔2019〕3号") })
    }
}
