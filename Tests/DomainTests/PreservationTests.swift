import Foundation
import Testing
@testable import TribunalKernel
@testable import Docket
@testable import CourtOperations

/// Action preservation, modelled on Huawei v. Conversant: the application of 2020-08-27 in the
/// appeals （2019）最高法知民终732、733、734号, the ruling 之一 of 2020-08-28 forbidding Conversant to
/// enforce the Düsseldorf judgment on pain of 1,000,000 yuan a day from any breach, Conversant's
/// reconsideration of 2020-09-02 dismissed on 2020-09-11 by the ruling 之二. Conversant complied and
/// the parties settled; the breaches below are invented to exercise the fine.
@Suite("Action preservation and daily fines")
struct PreservationTests {
    static let appeals = CaseNumber(year: 2019, courtCode: "最高法", typeCode: "知民终", sequences: [732, 733, 734])

    /// An instant in Beijing time.
    static func at(_ iso: String, _ hour: Int, _ minute: Int = 0) -> Date {
        Date(timeIntervalSince1970: TimeInterval(CalendarDate(iso: iso)!.daysSinceEpoch * 86_400 + (hour - 8) * 3600 + minute * 60))
    }

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static let numbers = RulingNumbers(nextSuffix: 1, nextReconsiderationNumber: CaseNumber(year: 2020, courtCode: "最高法", typeCode: "行保复", sequences: [1]))

    static func huawei() -> PreservationMatter {
        let application = PreservationApplication(
            applicant: "华为技术有限公司", respondent: "Conversant Wireless Licensing S.à r.l.", respondentKind: .organisation,
            measures: "禁止康文森公司在本院终审判决作出前申请执行德国杜塞尔多夫地区法院的判决",
            securityAmount: 5_000_000, securityForm: "保证金", urgent: true,
            reasons: "德国法院一审判决已可申请执行，华为公司将面临退出德国市场的损失", receivedAt: at("2020-08-27", 10))
        return PreservationMatter(id: 1, stage: .duringLitigation, caseIds: [732, 733, 734], caseNumber: appeals,
                                  application: application, history: [])
    }

    static let conversantFine = DailyFine(perDay: 1_000_000, startsOn: day("2020-08-28"), trigger: .fromBreach)

    static func ruled() throws -> PreservationMatter {
        var matter = huawei()
        _ = try matter.apply(.rule(.granted, ordered: "康文森公司不得在本院终审判决作出前申请执行德国杜塞尔多夫地区法院的判决", dailyFine: conversantFine),
                             numbers: numbers, actor: "judge", at: at("2020-08-28", 16))
        return matter
    }

    @Test("the ruling is the appeals' 之一, within the 48 hours of an urgent application")
    func ruling() throws {
        let matter = try Self.ruled()
        #expect(matter.ruling?.number.canonical == "（2019）最高法知民终732、733、734号之一")
        #expect(matter.status == .inForce)
        #expect(matter.rulingDueAt == Self.at("2020-08-29", 10))
        #expect(matter.history.last?.summary.contains("within 48 hours") == true)
        #expect(!matter.isInBreach)
        #expect(matter.fineStatement(asOf: Self.day("2020-12-31"))?.total == 0)
    }

    @Test("before litigation the applicant sues within thirty days of the order (CPL Art. 104), the last day moved off rest days")
    func suitDeadline() throws {
        func ruledBeforeLitigation(_ at: Date, _ outcome: PreservationRuling.Outcome = .granted) throws -> PreservationMatter {
            var application = Self.huawei().application
            application.receivedAt = at.addingTimeInterval(-3600)
            var matter = PreservationMatter(id: 2, stage: .beforeLitigation, caseIds: [],
                                            caseNumber: CaseNumber(year: CalendarDate(at).year, courtCode: "最高法", typeCode: "行保", sequences: [1]), application: application, history: [])
            _ = try matter.apply(.rule(outcome, ordered: outcome == .refused ? "" : "禁止", dailyFine: nil), numbers: Self.numbers, actor: "judge", at: at)
            return matter
        }
        #expect(try Self.ruled().suitDeadline == nil, "during litigation the suit is already there")
        // Ruled on 5 September 2024: the thirtieth day is 5 October, inside the National Day
        // holiday (1–7 October); the first working day after it is Tuesday 8 October.
        let national = try ruledBeforeLitigation(Self.at("2024-09-05", 10))
        #expect(national.suitDeadline == SuitDeadline(lastDay: Self.day("2024-10-08"), provisional: false))
        #expect(national.suitDeadline?.overdue(asOf: Self.day("2024-10-08")) == false)
        #expect(national.suitDeadline?.overdue(asOf: Self.day("2024-10-09")) == true)
        // 2027 has no holiday schedule yet: 9 January 2027, a Saturday, moves to Monday, provisionally.
        #expect(try ruledBeforeLitigation(Self.at("2026-12-10", 10)).suitDeadline == SuitDeadline(lastDay: Self.day("2027-01-11"), provisional: true))
        #expect(try ruledBeforeLitigation(Self.at("2024-09-05", 10), .refused).suitDeadline == nil, "nothing to sue on after a refusal")
    }

    @Test("a ruling after the 48 hours is recorded as late")
    func lateRuling() throws {
        var matter = Self.huawei()
        _ = try matter.apply(.rule(.refused, ordered: "", dailyFine: nil), numbers: Self.numbers, actor: "judge", at: Self.at("2020-08-29", 10, 1))
        #expect(matter.history.last?.summary.contains("after the 48-hour limit") == true)
        #expect(matter.status == .refused)
    }

    @Test("the five days to apply for reconsideration end on a working day: ruled on 30 September 2024, the fifth day is in the National Day holiday")
    func reconsiderationOverHoliday() throws {
        var matter = Self.huawei()
        _ = try matter.apply(.rule(.granted, ordered: "禁止", dailyFine: nil), numbers: Self.numbers, actor: "judge", at: Self.at("2024-09-30", 16))
        let late = Reconsideration(applicant: "Conversant Wireless Licensing S.à r.l.", appliedOn: Self.day("2024-10-09"), grounds: "…")
        #expect(throws: InvalidValue.self) {
            try matter.apply(.applyForReconsideration(late), numbers: Self.numbers, actor: "clerk", at: Self.at("2024-10-09", 9))
        }
        // Received on 9 October (served late), the five days run from then: applying on the 14th is on time.
        var copy = matter
        _ = try copy.apply(.applyForReconsideration(Reconsideration(applicant: "Conversant Wireless Licensing S.à r.l.", appliedOn: Self.day("2024-10-14"),
                                                                    rulingReceivedOn: Self.day("2024-10-09"), grounds: "…")),
                           numbers: Self.numbers, actor: "clerk", at: Self.at("2024-10-14", 9))
        #expect(copy.reconsideration?.rulingReceivedOn == Self.day("2024-10-09"))
        #expect(throws: InvalidValue.self, "a ruling is not received before it is made") {
            var early = matter
            _ = try early.apply(.applyForReconsideration(Reconsideration(applicant: "C", appliedOn: Self.day("2024-10-02"), rulingReceivedOn: Self.day("2024-09-29"), grounds: "…")),
                                numbers: Self.numbers, actor: "clerk", at: Self.at("2024-10-02", 9))
        }
        let onTime = Reconsideration(applicant: "Conversant Wireless Licensing S.à r.l.", appliedOn: Self.day("2024-10-08"), grounds: "…")
        _ = try matter.apply(.applyForReconsideration(onTime), numbers: Self.numbers, actor: "clerk", at: Self.at("2024-10-08", 9))
        #expect(matter.reconsideration?.appliedOn == Self.day("2024-10-08"))
    }

    @Test("a refusal revoked on reconsideration grants the application: the order is in force, its fines and reports run")
    func refusalRevoked() throws {
        var matter = Self.huawei()
        _ = try matter.apply(.rule(.refused, ordered: "", dailyFine: nil), numbers: Self.numbers, actor: "judge", at: Self.at("2020-08-28", 16))
        #expect(matter.status == .refused)
        _ = try matter.apply(.applyForReconsideration(Reconsideration(applicant: "华为技术有限公司", appliedOn: Self.day("2020-08-31"), grounds: "损失难以弥补")),
                             numbers: Self.numbers, actor: "clerk", at: Self.at("2020-08-31", 9))
        #expect(throws: InvalidValue.self, "a dismissal states no measures") {
            var copy = matter
            _ = try copy.apply(.decideReconsideration(.dismissed, on: Self.day("2020-09-04"), variedOrder: "禁止"), numbers: Self.numbers, actor: "judge", at: Self.at("2020-09-04", 9))
        }
        _ = try matter.apply(.decideReconsideration(.revoked, on: Self.day("2020-09-04"), variedOrder: nil),
                             numbers: RulingNumbers(nextSuffix: 2, nextReconsiderationNumber: Self.numbers.nextReconsiderationNumber), actor: "judge", at: Self.at("2020-09-04", 9))
        #expect(matter.status == .inForce)
        #expect(matter.reconsideration?.variedOrder == matter.application.measures, "the measures asked for")
        #expect(matter.endsOn == nil)
        _ = try matter.apply(.report(.breach, on: Self.day("2020-09-10"), details: "申请执行", reportedBy: "华为"), numbers: Self.numbers, actor: "clerk", at: Self.at("2020-09-10", 9))
        #expect(matter.isInBreach)
    }

    @Test("reconsideration once, within five days; its decision is the next 之N")
    func reconsideration() throws {
        var matter = try Self.ruled()
        _ = try matter.apply(.applyForReconsideration(Reconsideration(applicant: "Conversant Wireless Licensing S.à r.l.", appliedOn: Self.day("2020-09-02"), grounds: "禁令违反国际礼让")),
                             numbers: Self.numbers, actor: "clerk", at: Self.at("2020-09-02", 15))
        let again = Reconsideration(applicant: "Conversant Wireless Licensing S.à r.l.", appliedOn: Self.day("2020-09-03"), grounds: "再次申请")
        #expect(throws: PreservationMoveRefused.self) {
            try matter.apply(.applyForReconsideration(again), numbers: Self.numbers, actor: "clerk", at: Self.at("2020-09-03", 9))
        }
        _ = try matter.apply(.decideReconsideration(.dismissed, on: Self.day("2020-09-11"), variedOrder: nil),
                             numbers: RulingNumbers(nextSuffix: 2, nextReconsiderationNumber: Self.numbers.nextReconsiderationNumber),
                             actor: "judge", at: Self.at("2020-09-11", 11))
        #expect(matter.reconsideration?.number?.canonical == "（2019）最高法知民终732、733、734号之二")
        #expect(matter.status == .inForce)
        #expect(matter.history.map(\.kind) == [.ruled, .reconsiderationApplied, .reconsiderationDecided])
    }

    @Test("an application to reconsider after five days is refused, naming the last day")
    func lateReconsideration() throws {
        var matter = try Self.ruled()
        let late = Reconsideration(applicant: "Conversant", appliedOn: Self.day("2020-09-03"), grounds: "…")
        do {
            _ = try matter.apply(.applyForReconsideration(late), numbers: Self.numbers, actor: "clerk", at: Self.at("2020-09-09", 9))
            Issue.record("accepted a late application")
        } catch let error as InvalidValue {
            #expect(error.field == "appliedOn")
            #expect(error.reason.contains("by 2020-09-02"))
        }
        #expect(matter.reconsideration == nil)
    }

    @Test("the fine runs from each breach until compliance, and stops when the order is lifted")
    func fineAccrual() throws {
        var matter = try Self.ruled()
        let judge = "clerk"
        _ = try matter.apply(.report(.breach, on: Self.day("2020-09-15"), details: "康文森公司向杜塞尔多夫法院申请执行", reportedBy: "华为技术有限公司"),
                             numbers: Self.numbers, actor: judge, at: Self.at("2020-09-16", 9))
        // Two days running on the 16th: the 15th and the 16th.
        let running = try #require(matter.fineStatement(asOf: Self.day("2020-09-16")))
        #expect(running.days == 2)
        #expect(running.total == 2_000_000)
        #expect(running.stretches.first?.running == true)

        _ = try matter.apply(.report(.compliance, on: Self.day("2020-09-18"), details: "撤回执行申请", reportedBy: "Conversant"),
                             numbers: Self.numbers, actor: judge, at: Self.at("2020-09-18", 17))
        // The 15th, 16th and 17th; the day of compliance does not count.
        let settled = try #require(matter.fineStatement(asOf: Self.day("2020-09-30")))
        #expect(settled.days == 3)
        #expect(settled.total == 3_000_000)
        #expect(settled.stretches.first?.running == false)
        // On a day before the breach, nothing.
        #expect(matter.fineStatement(asOf: Self.day("2020-09-14"))?.total == 0)

        _ = try matter.apply(.report(.breach, on: Self.day("2020-10-01"), details: "再次申请执行", reportedBy: "华为技术有限公司"),
                             numbers: Self.numbers, actor: judge, at: Self.at("2020-10-02", 9))
        #expect(matter.fineStatement(asOf: Self.day("2020-10-05"))?.total == 8_000_000)
        _ = try matter.apply(.lift(on: Self.day("2020-10-03"), reason: "双方达成全球和解"),
                             numbers: Self.numbers, actor: "judge", at: Self.at("2020-10-03", 10))
        // 15–17 September and 1–2 October: the order no longer binds from the 3rd.
        let lifted = try #require(matter.fineStatement(asOf: Self.day("2020-10-05")))
        #expect(lifted.stretches.map(\.days) == [3, 2])
        #expect(lifted.total == 5_000_000)
        #expect(lifted.stretches.last?.running == false)
    }

    @Test("an order to act is fined from its first day until compliance is recorded")
    func untilCompliance() throws {
        var matter = Self.huawei()
        let fine = DailyFine(perDay: 50_000, startsOn: Self.day("2021-01-10"), trigger: .untilCompliance)
        _ = try matter.apply(.rule(.grantedInPart, ordered: "停止销售涉案产品", dailyFine: fine), numbers: Self.numbers, actor: "judge", at: Self.at("2021-01-05", 9))
        #expect(matter.isInBreach)
        #expect(matter.fineStatement(asOf: Self.day("2021-01-09"))?.total == 0)
        #expect(matter.fineStatement(asOf: Self.day("2021-01-12"))?.total == 150_000)
        _ = try matter.apply(.report(.compliance, on: Self.day("2021-01-15"), details: "已下架", reportedBy: "被申请人"),
                             numbers: Self.numbers, actor: "clerk", at: Self.at("2021-01-15", 9))
        #expect(matter.fineStatement(asOf: Self.day("2021-03-01"))?.total == 250_000)
    }

    @Test("reports are refused out of order, a second breach while one is open, or before the ruling; compliance is recorded any time")
    func reportRefusals() throws {
        var matter = try Self.ruled()
        _ = try matter.apply(.report(.compliance, on: Self.day("2020-09-01"), details: "未申请执行", reportedBy: "Conversant"), numbers: Self.numbers, actor: "clerk", at: Self.at("2020-09-01", 9))
        #expect(matter.fineStatement(asOf: Self.day("2020-09-30"))?.total == 0)
        #expect(throws: InvalidValue.self) {
            try matter.apply(.report(.breach, on: Self.day("2020-08-20"), details: "", reportedBy: "华为"), numbers: Self.numbers, actor: "clerk", at: Self.at("2020-09-01", 9))
        }
        _ = try matter.apply(.report(.breach, on: Self.day("2020-09-05"), details: "", reportedBy: "华为"), numbers: Self.numbers, actor: "clerk", at: Self.at("2020-09-06", 9))
        #expect(throws: InvalidValue.self) {
            try matter.apply(.report(.compliance, on: Self.day("2020-09-04"), details: "", reportedBy: "Conversant"), numbers: Self.numbers, actor: "clerk", at: Self.at("2020-09-06", 9))
        }
        #expect(throws: PreservationMoveRefused.self) {
            try matter.apply(.report(.breach, on: Self.day("2020-09-06"), details: "", reportedBy: "华为"), numbers: Self.numbers, actor: "clerk", at: Self.at("2020-09-06", 9))
        }
        // Lifting dated before the breach on record would erase fines owed.
        #expect(throws: InvalidValue.self) {
            try matter.apply(.lift(on: Self.day("2020-09-03"), reason: "和解"), numbers: Self.numbers, actor: "judge", at: Self.at("2020-09-06", 9))
        }
        #expect(matter.reports.count == 2)
    }

    @Test("a daily fine stays within the Civil Procedure Law's fines")
    func fineBounds() {
        for (kind, perDay) in [(RespondentKind.organisation, Decimal(1_000_001)), (.organisation, 40_000), (.person, 100_001)] {
            var matter = Self.huawei()
            matter.application.respondentKind = kind
            let fine = DailyFine(perDay: perDay, startsOn: Self.day("2020-08-28"), trigger: .fromBreach)
            do {
                _ = try matter.apply(.rule(.granted, ordered: "…", dailyFine: fine), numbers: Self.numbers, actor: "judge", at: Self.at("2020-08-28", 16))
                Issue.record("accepted \(perDay) a day on a \(kind)")
            } catch {
                #expect((error as? InvalidValue)?.field == "dailyFine.perDay")
                #expect((error as? InvalidValue)?.reason.contains("Art. 118") == true)
            }
            #expect(matter.status == .pending)
        }
    }

    @Test("an application before litigation needs security; one during litigation names its cases")
    func applicationRules() {
        let now = Self.at("2020-08-27", 12)
        var before = NewPreservationMatter(stage: .beforeLitigation, caseIds: [], application: Self.huawei().application)
        before.application.securityAmount = nil
        before.application.securityForm = nil
        #expect(throws: InvalidValue(field: "application.securityAmount", "an application before litigation must offer security (CPL Art. 104)")) { try before.validate(now: now) }
        let during = NewPreservationMatter(stage: .duringLitigation, caseIds: [], application: Self.huawei().application)
        #expect(throws: InvalidValue.self) { try during.validate(now: now) }
        var future = NewPreservationMatter(stage: .duringLitigation, caseIds: [1], application: Self.huawei().application)
        future.application.receivedAt = Self.at("2020-08-28", 12)
        #expect(throws: InvalidValue.self) { try future.validate(now: now) }
    }
}
