import Foundation
import Testing
@testable import TribunalKernel
@testable import Accounts
@testable import Docket
@testable import Judgments
@testable import PublicPortal

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
