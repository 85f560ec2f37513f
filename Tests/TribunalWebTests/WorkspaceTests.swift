import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TribunalKernel
import Accounts
import CourtOperations
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
            let due = try await clerk.get("/en/staff/cases?sort=dueSoonest")
            #expect(due.status == .ok && due.text.contains("<option value=\"dueSoonest\" selected>") && due.text.contains("/en/staff/cases/1\""))
            #expect(try await clerk.get("/en/staff/cases?sort=oldest&status=assigned").text.contains("/en/staff/cases/1\""))
            let unknownOrder = try await clerk.get("/en/staff/cases?sort=alphabetical")
            #expect(unknownOrder.status == .badRequest && unknownOrder.text.contains("sort"))
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

@Suite("Hearing pages and feeds")
struct HearingPageTests {
    @Test("a hearing booked through the case page is in the case's feed, the judge's secret feed and the public announcements")
    func bookAndFollow() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        let panel = harness.panel
        let room = try await store.addCourtroom(Courtroom(id: 0, nameZh: "第一法庭", nameEn: "Courtroom 1"))
        try await harness.test { client in
            let presiding = try await StaffBrowser.docketWithPanel(client, panel)
            let clerk = try await StaffBrowser.signIn(client, as: .clerk)
            // Today is 2024-03-05: a hearing on the 6th is too soon for three days' notice.
            let early = try await clerk.post("/en/staff/cases/1/schedule-hearing", [
                ("mode", "inPerson"), ("courtroomId", String(room.id)), ("startsAt", "2024-03-06T09:00"), ("endsAt", "2024-03-06T11:00"), ("isPublic", "true"),
            ])
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("id=\"schedule-hearing-startsAt-error\""))
            // A hearing not in public, refused: the form comes back unchecked, never public by default.
            let private_ = try await clerk.post("/en/staff/cases/1/schedule-hearing", [
                ("mode", "inPerson"), ("courtroomId", String(room.id)), ("startsAt", "2024-03-06T09:00"), ("endsAt", "2024-03-06T11:00"),
            ])
            #expect(private_.status == .unprocessableContent)
            #expect(private_.text.contains("name=\"isPublic\" value=\"true\">"), "unchecked")
            #expect(!private_.text.contains("name=\"isPublic\" value=\"true\" checked"))
            let booked = try await clerk.post("/en/staff/cases/1/schedule-hearing", [
                ("mode", "inPerson"), ("courtroomId", String(room.id)), ("startsAt", "2024-03-11T09:00"), ("endsAt", "2024-03-11T11:00"), ("isPublic", "true"),
            ])
            #expect(booked.status == .seeOther)
            #expect(try await store.find(id: 1)?.status == .hearingScheduled)

            let caseFeed = try await clerk.get("/en/staff/cases/1/hearings.ics")
            #expect(caseFeed.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(caseFeed.text.contains("DTSTART:20240311T010000Z"))

            let calendar = try await presiding.get("/en/staff/calendar?week=2024-03-11")
            let link = try #require(calendar.text.range(of: #"/calendars/judges/[^"]+\.ics"#, options: .regularExpression).map { String(calendar.text[$0]) })
            let judgeFeed = try await client.execute(uri: link, method: .get) { $0 }
            #expect(judgeFeed.status == .ok)
            #expect(String(buffer: judgeFeed.body).contains("SUMMARY:开庭 （2024）最高法知民终1号"))
            let forged = link.replacingOccurrences(of: "judges/\(panel.presidingJudgeId)-", with: "judges/\(panel.judgeIds[0])-")
            #expect(try await client.execute(uri: forged, method: .get) { $0.status } == .notFound)

            let announcements = try await client.execute(uri: "/zh/hearings", method: .get) { String(buffer: $0.body) }
            #expect(announcements.contains("（2024）最高法知民终1号"))
            #expect(announcements.contains("2024-03-11 09:00"))

            // The case page offers what can become of the booking: not held before it begins.
            let casePage = try await clerk.get("/en/staff/cases/1")
            let hearingId = try #require(try await store.hearings(caseId: 1).first?.id)
            #expect(casePage.text.contains("action=\"/en/staff/hearings/\(hearingId)/postponed\""))
            #expect(!casePage.text.contains("action=\"/en/staff/hearings/\(hearingId)/held\""))
            let heldTooSoon = try await clerk.post("/en/staff/hearings/\(hearingId)/held", [])
            #expect(heldTooSoon.status == .conflict)
            #expect(heldTooSoon.text.contains("once it has begun"))
            #expect(try await store.hearing(id: hearingId)?.status == .scheduled, "a refusal writes nothing")
            let scheduled = try await client.send(.post, "/api/v1/hearings/\(hearingId)/outcome", as: .clerk, json: #"{"outcome":"scheduled"}"#)
            #expect(scheduled.status == .unprocessableContent, "\(scheduled.status) \(scheduled.text)")
            let cancelled = try await client.send(.post, "/api/v1/hearings/\(hearingId)/outcome", as: .clerk, json: #"{"outcome":"cancelled"}"#)
            #expect(cancelled.status == .ok)
            #expect(try await store.hearing(id: hearingId)?.status == .cancelled)
            #expect(try await clerk.post("/en/staff/hearings/\(hearingId)/postponed", []).status == .conflict, "a cancelled hearing is not postponed")
            #expect(try await clerk.post("/en/staff/hearings/999/postponed", []).status == .notFound)
        }
    }
}
