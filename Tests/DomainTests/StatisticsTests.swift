import Foundation
import Testing
@testable import TribunalKernel
@testable import Accounts
@testable import Docket
@testable import CourtOperations

/// The judicial statistics of 2021 on nine cases and five staff members, every figure worked out
/// by hand beside the test (days counted from the day after docketing, or receipt for 知行终).
@Suite("Judicial statistics")
struct StatisticsTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// Judge-days in 2021 (365 days): the presiding judge all year (365), one judge until 30 June
    /// (181), one from 1 July (184): 730, two judges in post. In 2020 (366 days): 366 + 366 + 0.
    static let staff = [
        StaffMember(id: 1, nameZh: "甲", nameEn: "Jia", role: .presidingJudge, inPostFrom: day("2019-01-01")),
        StaffMember(id: 2, nameZh: "乙", nameEn: "Yi", role: .judge, inPostFrom: day("2019-01-01"), inPostUntil: day("2021-06-30")),
        StaffMember(id: 3, nameZh: "丙", nameEn: "Bing", role: .judge, inPostFrom: day("2021-07-01")),
        StaffMember(id: 4, nameZh: "丁", nameEn: "Ding", role: .judicialAssistant, inPostFrom: day("2019-01-01")),
        StaffMember(id: 5, nameZh: "戊", nameEn: "Wu", role: .clerk, inPostFrom: day("2019-01-01")),
    ]

    static func courtCase(_ id: Int64, type: TribunalCaseType = .civilAppeal, received: String? = nil, docketed: String,
                          decided: String? = nil, closed: String? = nil, disposition: Disposition? = nil, court: String? = nil,
                          foreign: Bool = false, exclusion: (String, String)? = nil) -> CourtCase {
        let cause: CauseOfAction = type.isAdministrative ? .patentInvalidation : .inventionPatentInfringement
        let origin = court.map { OriginDecision(courtCode: $0, caseNumber: try! CaseNumber(parsing: "（2020）\($0)知民初1号"), decidedOn: day("2020-01-10")) }
        let draft = NewCase(type: type, cause: cause, origin: origin,
                            parties: [Party(role: .appellant, kind: .organisation, name: "某公司", domiciledInChina: !foreign)],
                            foreignRelated: foreign, receivedOn: day(received ?? docketed), docketedOn: day(docketed))
        var courtCase = CourtCase(id: id, number: CaseNumber(year: day(docketed).year, type: type, sequence: Int(id)), draft: draft)
        courtCase.decidedOn = decided.map(day)
        courtCase.closedOn = closed.map(day)
        courtCase.disposition = disposition
        courtCase.status = closed != nil ? .closed : decided != nil ? .decided : .assigned
        if let (from, to) = exclusion {
            courtCase.exclusions = [TrialPeriodExclusion(kind: .appraisal, from: day(from), to: day(to), reason: "鉴定", approvedBy: "甲")]
        }
        return courtCase
    }

    static let cases = [
        // Carried over into 2021 and closed in it: 2020-11-01 → 2021-01-10 is 70 days.
        courtCase(1, docketed: "2020-11-01", decided: "2021-01-10", closed: "2021-01-20", disposition: .affirmed, court: "粤73"),
        // Carried over, still open.
        courtCase(2, docketed: "2020-12-15"),
        // Closed in 2020: 2020-06-01 → 2020-08-20 is 80 days; no part of 2021.
        courtCase(3, docketed: "2020-06-01", decided: "2020-08-20", closed: "2020-09-01", disposition: .affirmed),
        // Foreign-related (no limit, still counted): 2021-03-01 → 05-30 is 90 days.
        courtCase(4, docketed: "2021-03-01", decided: "2021-05-30", closed: "2021-06-05", disposition: .modified, court: "粤73", foreign: true),
        // 61 days elapsed less 10 excluded for an appraisal: 51.
        courtCase(5, docketed: "2021-04-10", decided: "2021-06-10", closed: "2021-06-20", disposition: .remanded, court: "粤73",
                  exclusion: ("2021-05-01", "2021-05-10")),
        // 知行终 counts from receipt: 2021-08-20 → 11-19 is 91 days.
        courtCase(6, type: .administrativeAppeal, received: "2021-08-20", docketed: "2021-09-01", decided: "2021-11-19", closed: "2021-11-25",
                  disposition: .affirmed, court: "京73"),
        // Decided in 2021 but closed in 2022: pending at the end of 2021.
        courtCase(7, docketed: "2021-10-01", decided: "2021-12-31", closed: "2022-01-05", disposition: .affirmed),
        courtCase(8, docketed: "2021-12-01"),
        // 2021-02-01 → 03-03 is 30 days.
        courtCase(9, docketed: "2021-02-01", decided: "2021-03-03", closed: "2021-03-10", disposition: .withdrawn, court: "沪73"),
    ]

    @Test("2021: received, closed, pending, clearance, per judge, trial days, outcomes, shares, by cause and court")
    func year() throws {
        let figures = JudicialStatistics(period: try .year(2021), cases: Self.cases, staff: Self.staff)
        #expect(figures.carriedOver == 2)           // 1, 2
        #expect(figures.new == 6)                   // 4, 5, 6, 7, 8, 9
        #expect(figures.received == 8)
        #expect(figures.closed == 5)                // 1, 4, 5, 6, 9
        #expect(figures.pending == 3)               // 2, 7, 8
        #expect(figures.clearanceRate == Decimal(string: "0.625"))
        #expect(figures.judgesInPost == 2)          // 730 judge-days ÷ 365
        #expect(figures.closedPerJudge == Decimal(string: "2.5"))
        #expect(figures.averageTrialDays == Decimal(string: "66.4"))   // (70 + 90 + 51 + 91 + 30) ÷ 5
        #expect(figures.medianTrialDays == 70)                          // 30, 51, 70, 90, 91
        #expect(figures.trialDaysByType == [
            JudicialStatistics.TrialDays(key: "知民终", cases: 4, average: Decimal(string: "60.3"), median: Decimal(string: "60.5")),  // 241 ÷ 4 = 60.25
            JudicialStatistics.TrialDays(key: "知行终", cases: 1, average: 91, median: 91),
        ])
        #expect(figures.outcomes == ["affirmed": 2, "modified": 1, "remanded": 1, "withdrawn": 1])
        #expect(figures.foreignRelatedClosed == 1)
        #expect(figures.foreignRelatedShare == Decimal(string: "0.2"))
        #expect(figures.byOriginCourt == [
            JudicialStatistics.Count(key: "粤73", new: 2, closed: 3),
            JudicialStatistics.Count(key: "京73", new: 1, closed: 1),
            JudicialStatistics.Count(key: "沪73", new: 1, closed: 1),
            JudicialStatistics.Count(key: "—", new: 2, closed: 0),
        ])
        #expect(figures.byCause.first { $0.key == "patentInvalidation" } == JudicialStatistics.Count(key: "patentInvalidation", new: 1, closed: 1))
        #expect(figures.byCause.first { $0.key == "inventionPatentInfringement" } == JudicialStatistics.Count(key: "inventionPatentInfringement", new: 5, closed: 4))
    }

    @Test("year on year: 2020 closed one case with two judges in post and took 80 days")
    func yearOnYear() throws {
        let current = JudicialStatistics(period: try .year(2021), cases: Self.cases, staff: Self.staff)
        let previous = JudicialStatistics(period: try StatisticsPeriod.year(2021).yearBefore, cases: Self.cases, staff: Self.staff)
        #expect(previous.period == (try .year(2020)))
        #expect(previous.new == 3)
        #expect(previous.closed == 1)
        #expect(previous.closedPerJudge == Decimal(string: "0.5"))      // 1 × 366 ÷ 732
        #expect(previous.averageTrialDays == 80)
        let comparison = StatisticsComparison(current: current, previous: previous)
        #expect(comparison.closedChange == 4)                            // (5 − 1) ÷ 1
        #expect(comparison.closedPerJudgeChange == 4)                    // (2.5 − 0.5) ÷ 0.5
        #expect(comparison.averageTrialDaysChange == Decimal(string: "-0.17"))  // (66.4 − 80) ÷ 80
    }

    @Test("a period with no case has no rates rather than a division by zero")
    func empty() throws {
        let figures = JudicialStatistics(period: try .year(2019), cases: [], staff: Self.staff)
        #expect(figures.received == 0)
        #expect(figures.clearanceRate == nil)
        #expect(figures.averageTrialDays == nil)
        #expect(figures.closedPerJudge == 0)
        #expect(throws: InvalidValue.self) { try StatisticsPeriod.year(2018) }
    }
}
