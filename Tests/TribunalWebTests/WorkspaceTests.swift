import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TribunalKernel
import Accounts
@testable import TribunalWeb

/// The workspace's pages over HTTP: who may open what, a move through a form writes exactly once,
/// and the leaders' figures download as CSV.
@Suite("Workspace pages")
struct WorkspaceTests {
    @Test("a clerk dockets through the API and moves the case through the page; a refused move writes nothing")
    func caseMoves() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        let panel = harness.panel
        try await harness.test { client in
            _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase)
            let presiding = try await StaffBrowser.signIn(client, as: .presidingJudge)
            let page = try await presiding.get("/en/staff/cases/1")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"assign-panel\""))
            #expect(!page.text.contains("id=\"close\""), "an undecided case offers no closing")

            let refused = try await presiding.post("/en/staff/cases/1/assign-panel", [("presidingJudgeId", "1"), ("judge1", "2")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("id=\"assign-panel-judge1-error\""))
            #expect(try await store.events(caseId: 1).count == 1, "nothing was written")

            let accepted = try await presiding.post("/en/staff/cases/1/assign-panel", [
                ("presidingJudgeId", String(panel.presidingJudgeId)), ("judge1", String(panel.judgeIds[0])), ("judge2", String(panel.judgeIds[1])),
            ])
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers[.location] == "/en/staff/cases/1#timeline")
            #expect(try await store.find(id: 1)?.status == .assigned)

            let clerk = try await StaffBrowser.signIn(client, as: .clerk)
            #expect(try await clerk.post("/en/staff/cases/1/decide", [("disposition", "affirmed"), ("on", "2024-03-05")]).status == .forbidden)
            let withoutToken = try await presiding.post("/en/staff/cases/1/schedule-hearing", [("on", "2024-04-01")], withToken: false)
            #expect(withoutToken.status == .forbidden)
            #expect(try await store.find(id: 1)?.hearingOn == nil)
        }
    }

    @Test("the leaders' figures: a page, and each table as CSV; other roles are refused", arguments: [Role.courtLeader, .clerk])
    func statistics(role: Role) async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase)
            let staff = try await StaffBrowser.signIn(client, as: role)
            let page = try await staff.get("/zh/staff/statistics?year=2024")
            #expect(page.status == (role == .courtLeader ? .ok : .forbidden))
            guard role == .courtLeader else { return }
            #expect(page.text.contains("<svg role=\"img\""))
            let csv = try await staff.get("/en/staff/statistics.csv?year=2024&table=figures")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text.contains("Received,1,"), "\(csv.text)")
            #expect(try await staff.get("/en/staff/statistics.csv?year=2024&table=nothing").status == .badRequest)
            #expect(try await staff.get("/en/staff/statistics?year=2018").status == .badRequest)
        }
    }
}
