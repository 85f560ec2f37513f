import Foundation
import Testing
@testable import TribunalCore

@Suite("Case lifecycle")
struct LifecycleTests {
    let staff = Fixtures.staff
    let now = Fixtures.noon("2024-03-04")

    @Test("docketed → assigned → hearing scheduled → heard → decided → closed")
    func fullLife() throws {
        // setup
        var docket = Fixtures.docketed()
        // MUT
        let events = try [
            docket.apply(.assignPanel(Fixtures.panel), staff: staff, actor: "clerk", at: now),
            docket.apply(.scheduleHearing(on: Fixtures.date("2024-04-10")), staff: staff, actor: "clerk", at: now),
            docket.apply(.recordHearing(on: Fixtures.date("2024-04-10")), staff: staff, actor: "clerk", at: now),
            docket.apply(.decide(.affirmed, on: Fixtures.date("2024-05-20")), staff: staff, actor: "judge", at: now),
            docket.apply(.close(on: Fixtures.date("2024-05-28")), staff: staff, actor: "clerk", at: now),
        ]
        // validate
        #expect(events.map(\.kind) == [.panelAssigned, .hearingScheduled, .heard, .decided, .closed])
        #expect(events[0].summary.contains("罗东川"))
        #expect(docket.status == .closed)
        #expect(docket.disposition == .affirmed)
        #expect(docket.version == 6)
    }

    @Test("Closing an undecided case is refused and changes nothing")
    func closeUndecided() throws {
        var docket = Fixtures.docketed()
        _ = try docket.apply(.assignPanel(Fixtures.panel), staff: staff, actor: "clerk", at: now)
        let before = docket
        #expect(throws: CaseLifecycleError.undecidedCaseCannotClose(.assigned)) {
            try docket.apply(.close(on: Fixtures.date("2024-05-01")), staff: staff, actor: "clerk", at: now)
        }
        #expect(docket == before)
    }

    @Test("A decision needs a panel")
    func decideWithoutPanel() {
        var docket = Fixtures.docketed()
        #expect(throws: CaseLifecycleError.panelRequired(move: "decide")) {
            try docket.apply(.decide(.affirmed, on: Fixtures.date("2024-04-01")), staff: staff, actor: "j", at: now)
        }
    }

    @Test("Panels that break the rules are refused with the field", arguments: [
        (Panel(presidingJudgeId: 1, judgeIds: [2, 2]), "panel.judgeIds", "twice"),
        (Panel(presidingJudgeId: 1, judgeIds: [1, 2]), "panel.judgeIds", "twice"),
        (Panel(presidingJudgeId: 1, judgeIds: [2]), "panel.judgeIds", "odd"),
        (Panel(presidingJudgeId: 2, judgeIds: [1, 3]), "panel.presidingJudgeId", "not a presiding judge"),
        (Panel(presidingJudgeId: 1, judgeIds: [2, 4]), "panel.judgeIds", "not a judge"),
        (Panel(presidingJudgeId: 1, judgeIds: [2, 6]), "panel.judgeIds", "not in post"),
        (Panel(presidingJudgeId: 1, judgeIds: [2, 99]), "panel.judgeIds", "no staff member"),
        (Panel(presidingJudgeId: 1, judgeIds: [2, 3], assistantId: 5), "panel.assistantId", "not a judicial assistant"),
    ])
    func invalidPanels(panel: Panel, field: String, reason: String) {
        var docket = Fixtures.docketed()
        let error = #expect(throws: InvalidValue.self) {
            try docket.apply(.assignPanel(panel), staff: staff, actor: "clerk", at: now)
        }
        #expect(error?.field == field)
        #expect(error?.reason.contains(reason) == true)
        #expect(docket.status == .docketed)
    }

    @Test("A panel without a presiding judge is refused when decoded")
    func panelWithoutPresidingJudge() {
        let json = Data(#"{"judgeIds":[2,3]}"#.utf8)
        let error = #expect(throws: InvalidValue.self) { try JSONDecoder().decode(Panel.self, from: json) }
        #expect(error?.field == "panel.presidingJudgeId")
    }

    @Test("A closed case is final")
    func closedIsFinal() throws {
        var docket = Fixtures.docketed()
        _ = try docket.apply(.assignPanel(Fixtures.panel), staff: staff, actor: "c", at: now)
        _ = try docket.apply(.decide(.withdrawn, on: Fixtures.date("2024-03-10")), staff: staff, actor: "j", at: now)
        _ = try docket.apply(.close(on: Fixtures.date("2024-03-11")), staff: staff, actor: "c", at: now)
        #expect(throws: CaseLifecycleError.closedCaseIsFinal(move: "assign-panel")) {
            try docket.apply(.assignPanel(Fixtures.panel), staff: staff, actor: "c", at: now)
        }
    }

    @Test("Drafts are validated before docketing")
    func draftValidation() {
        var draft = Fixtures.appeal()
        draft.parties = [Party(role: .appellee, kind: .person, name: "刘某")]
        #expect((#expect(throws: InvalidValue.self) { try draft.validate() })?.field == "parties")

        draft = Fixtures.appeal()
        draft.cause = .patentInvalidation
        #expect((#expect(throws: InvalidValue.self) { try draft.validate() })?.field == "cause")

        draft = Fixtures.appeal()
        draft.origin?.courtCode = "沪73"
        #expect((#expect(throws: InvalidValue.self) { try draft.validate() })?.field == "origin.caseNumber")

        draft = Fixtures.appeal()
        draft.receivedOn = Fixtures.date("2024-03-02")
        #expect((#expect(throws: InvalidValue.self) { try draft.validate() })?.field == "receivedOn")

        #expect(throws: Never.self) { try Fixtures.appeal().validate() }
    }
}

@Suite("Trial period")
struct TrialPeriodTests {
    let staff = Fixtures.staff
    let now = Fixtures.noon("2024-03-04")

    @Test("Three months from docketing, counted in natural days")
    func plain() {
        // Docketed 2024-03-01: three months end on 2024-06-01, 92 natural days.
        let report = Fixtures.docketed().trialPeriod(asOf: Fixtures.date("2024-04-01"))
        #expect(report.countingStartsOn == Fixtures.date("2024-03-02"))
        #expect(report.daysUsed == 31)
        #expect(report.daysAllowed == 92)
        #expect(report.daysLeft == 61)
        #expect(report.dueOn == Fixtures.date("2024-06-01"))
        #expect(!report.overdue)
    }

    @Test("Excluded intervals and extensions move the due date")
    func exclusionsAndExtensions() throws {
        var docket = Fixtures.docketed()
        _ = try docket.apply(.recordExclusion(TrialPeriodExclusion(
            kind: .appraisal, from: Fixtures.date("2024-04-01"), to: Fixtures.date("2024-04-30"),
            reason: "技术鉴定", approvedBy: "庭长")), staff: staff, actor: "c", at: now)
        _ = try docket.apply(.recordExclusion(TrialPeriodExclusion(
            kind: .settlement, from: Fixtures.date("2024-04-20"), to: Fixtures.date("2024-05-09"),
            reason: "双方和解", approvedBy: "庭长")), staff: staff, actor: "c", at: now)
        _ = try docket.apply(.approveExtension(TrialPeriodExtension(
            months: 3, approvedOn: Fixtures.date("2024-05-25"), reason: "案情复杂", approvedBy: "院长")),
            staff: staff, actor: "c", at: now)
        let report = docket.trialPeriod(asOf: Fixtures.date("2024-06-15"))
        // Overlap 04-20…04-30 is counted once: 30 + 9 = 39 days excluded.
        #expect(report.daysExcluded == 39)
        #expect(report.daysUsed == 106 - 39)
        // 2024-03-01 + 3 months + 3 months = 2024-09-01: 184 days.
        #expect(report.daysAllowed == 184)
        #expect(report.dueOn == Fixtures.date("2024-10-10"))
    }

    @Test("A running exclusion counts to today and can be ended")
    func runningExclusion() throws {
        var docket = Fixtures.docketed()
        _ = try docket.apply(.recordExclusion(TrialPeriodExclusion(
            kind: .suspension, from: Fixtures.date("2024-03-11"), reason: "等待无效宣告结果", approvedBy: "庭长")),
            staff: staff, actor: "c", at: now)
        #expect(docket.trialPeriod(asOf: Fixtures.date("2024-03-20")).daysExcluded == 10)
        _ = try docket.apply(.endExclusion(index: 0, on: Fixtures.date("2024-03-15")), staff: staff, actor: "c", at: now)
        #expect(docket.trialPeriod(asOf: Fixtures.date("2024-03-20")).daysExcluded == 5)
        #expect(throws: CaseLifecycleError.noRunningExclusion(index: 0)) {
            try docket.apply(.endExclusion(index: 0, on: Fixtures.date("2024-03-16")), staff: staff, actor: "c", at: now)
        }
    }

    @Test("Overdue cases are flagged")
    func overdue() {
        let report = Fixtures.docketed().trialPeriod(asOf: Fixtures.date("2024-06-10"))
        #expect(report.overdue)
        #expect(report.daysLeft == -9)
    }

    @Test("A jurisdiction appeal has thirty days")
    func jurisdictionAppeal() {
        var draft = Fixtures.appeal()
        draft.type = .jurisdictionAppeal
        draft.origin?.kind = .ruling
        let report = Fixtures.docketed(draft).trialPeriod(asOf: Fixtures.date("2024-03-10"))
        #expect(report.statutoryLimit == "30 days")
        #expect(report.dueOn == Fixtures.date("2024-03-31"))
    }

    @Test("A foreign-related case has no statutory limit")
    func foreignRelated() {
        let report = Fixtures.docketed(Fixtures.appeal(foreign: true)).trialPeriod(asOf: Fixtures.date("2025-03-01"))
        #expect(report.statutoryLimit == nil)
        #expect(report.daysLeft == nil)
        #expect(!report.overdue)
        #expect(report.explanation.last!.contains("Art. 287"))
    }

    @Test("A closed case stops counting on the day it closed")
    func closedStops() throws {
        var docket = Fixtures.docketed()
        _ = try docket.apply(.assignPanel(Fixtures.panel), staff: staff, actor: "c", at: now)
        _ = try docket.apply(.decide(.affirmed, on: Fixtures.date("2024-04-01")), staff: staff, actor: "j", at: now)
        _ = try docket.apply(.close(on: Fixtures.date("2024-04-05")), staff: staff, actor: "c", at: now)
        #expect(docket.trialPeriod(asOf: Fixtures.date("2025-01-01")).daysUsed == 35)
    }
}
