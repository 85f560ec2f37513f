import Testing
@testable import TribunalKernel
@testable import Accounts
@testable import Docket
@testable import Judgments
@testable import PublicPortal

@Suite("Deadlines")
struct DeadlineTests {
    func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test("A judgment served on an ordinary day: 15 days later")
    func ordinaryJudgment() throws {
        // 2024-03-05 + 15 = 2024-03-20, a Wednesday.
        let result = try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2024-03-05"))
        #expect(result.countingStartsOn == date("2024-03-06"))
        #expect(result.lastDay == date("2024-03-20"))
        #expect(result.explanation.count == 4)
        #expect(result.explanation[0].contains("Art. 171"))
    }

    @Test("A last day in the Spring Festival moves to the first working day after it")
    func springFestivalEdge() throws {
        // 2024-01-29 + 15 = 2024-02-13, inside 2024-02-10…17; 2024-02-18 is a Sunday worked (调休).
        let result = try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2024-01-29"))
        #expect(result.nominalLastDay == date("2024-02-13"))
        #expect(result.lastDay == date("2024-02-18"))
        #expect(result.explanation.last!.contains("Spring Festival"))
    }

    @Test("A last day on an adjusted working Sunday stays")
    func adjustedWorkingDay() throws {
        // 2024-09-19 + 10 = 2024-09-29, a Sunday worked before National Day.
        let result = try DeadlineKind.appealAgainstRuling.lastDay(servedOn: date("2024-09-19"))
        #expect(result.lastDay == date("2024-09-29"))
        #expect(result.explanation.last!.contains("adjusted working day"))
    }

    @Test("A last day on an ordinary Saturday moves to Monday")
    func weekend() throws {
        // 2024-03-01 + 15 = 2024-03-16, a Saturday.
        #expect(try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2024-03-01")).lastDay == date("2024-03-18"))
    }

    @Test("Rest days inside the period are counted; only the last day moves")
    func restDaysInsideCount() throws {
        // Served 2023-09-25: 15 days to 2023-10-10, through the whole National Day holiday.
        #expect(try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2023-09-25")).lastDay == date("2023-10-10"))
    }

    @Test("A party without domicile in China has 30 days, for a judgment or a ruling")
    func foreignParty() throws {
        let result = try DeadlineKind.appealAgainstRuling.lastDay(servedOn: date("2025-09-08"), domiciledInChina: false)
        // 2025-09-08 + 30 = 2025-10-08, the last day of the 2025 National Day holiday; 10-09 is a Thursday.
        #expect(result.period == "30 days")
        #expect(result.lastDay == date("2025-10-09"))
        #expect(result.explanation[0].contains("Art. 286"))
    }

    @Test("Each party's period runs from its own service")
    func eachPartyOwnService() throws {
        let first = try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2024-03-05"))
        let second = try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2024-03-07"))
        #expect(first.lastDay != second.lastDay)
        #expect(second.lastDay == date("2024-03-22"))
    }

    @Test("A period in months ends on the corresponding day or the month's last day")
    func months() throws {
        // 2023-08-31 + 6 months = 2024-02-29 (no 31 February), a Thursday.
        let result = try DeadlineKind.retrialApplication.lastDay(servedOn: date("2023-08-31"))
        #expect(result.lastDay == date("2024-02-29"))
        #expect(result.explanation[2].contains("Art. 202"))
    }

    @Test("A rest-day extension can cross into the next year")
    func crossesYear() throws {
        // 2019-12-17 + 15 = 2020-01-01 (New Year's Day) → 2020-01-02.
        #expect(try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2019-12-17")).lastDay == date("2020-01-02"))
    }

    @Test("A date outside the calendar's years is an error, not a guess")
    func outsideCalendar() {
        #expect(throws: DeadlineError.calendar(.yearNotCovered(year: 2027, covered: 2019...2026))) {
            try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2026-12-25"))
        }
    }

    @Test("Administrative cases cite the Administrative Litigation Law: the same 15 and 10 days, ALL Art. 85")
    func administrative() throws {
        let judgment = try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2024-03-05"), procedure: .administrative)
        #expect(judgment.lastDay == date("2024-03-20"))
        #expect(judgment.explanation[0].hasPrefix("Administrative Litigation Law Art. 85"))
        let ruling = try DeadlineKind.appealAgainstRuling.lastDay(servedOn: date("2024-03-05"), procedure: .administrative)
        #expect(ruling.lastDay == date("2024-03-15"))
        // A foreign applicant in a patent-validity case: 30 days, through ALL Art. 101; day 30 is
        // 2024-04-04, Qingming, and Sunday 04-07 is the adjusted working day after it.
        let foreign = try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2024-03-05"), domiciledInChina: false, procedure: .administrative)
        #expect(foreign.lastDay == date("2024-04-07"))
        #expect(foreign.explanation[0].contains("ALL Art. 101"))
        #expect(DeadlineKind.retrialApplication.period(domiciledInChina: true, procedure: .administrative).basis.contains("Art. 110"))
    }

    @Test("The court may extend a foreign party's appeal period on its application (CPL Art. 286); a domestic party's not")
    func foreignPartyExtension() throws {
        // Served 2025-09-08; 30 days end 2025-10-08 (National Day holidays to 10-08), + 15 granted = 10-23 (Thursday).
        let extended = try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2025-09-08"), domiciledInChina: false, extensionGrantedDays: 15)
        #expect(extended.lastDay == date("2025-10-23"))
        #expect(extended.explanation.contains { $0.contains("Art. 286") && $0.contains("15 days") })
        #expect(throws: DeadlineError.extensionNotAvailable) {
            try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2025-09-08"), extensionGrantedDays: 15)
        }
        #expect(throws: DeadlineError.extensionOutOfRange(0)) {
            try DeadlineKind.appealAgainstJudgment.lastDay(servedOn: date("2025-09-08"), domiciledInChina: false, extensionGrantedDays: 0)
        }
    }

    @Test("Counting cites the CPL first, the Civil Code only where the CPL is silent")
    func citations() throws {
        let result = try DeadlineKind.retrialApplication.lastDay(servedOn: date("2024-03-05"))
        #expect(result.explanation[1].contains("CPL Art. 85(2); CPL Interpretation Art. 125"))
        #expect(result.explanation[2].contains("Civil Code Art. 202, the CPL being silent"))
    }
}
