import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
@testable import TribunalWeb

/// Who reads what on the staff side: confidential passages, the redaction check, the mailbox,
/// and when a judgment may be public. The harness's panel holds the presiding judge, the judge
/// and the clerk; the assistant is not on it, and the admin publishes.
@Suite("Staff side: who sees what")
struct JudgmentAccessTests {
    @Test("Confidential passages: the panel, its clerk and those who publish read them, each read logged; others see them withheld", arguments: [
        (Role.presidingJudge, true), (.judge, true), (.clerk, true), (.admin, true), (.assistant, false),
    ])
    func confidentialPassages(role: Role, reads: Bool) async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            let id = try await JudgmentAPITests.drafted(client)
            let reader = try #require(try await store.find(username: role.rawValue))
            // The drafter read the text when drafting it; count the reads from here.
            let before = try await store.confidentialReads(judgmentId: Int64(id)).filter { $0.accountId == reader.id }.count
            let draft = try await client.send(.get, "/api/v1/judgment-drafts/\(id)", as: role)
            #expect(draft.status == .ok)
            #expect(draft.text.contains(JudgmentAPITests.canary) == reads)
            let list = try await client.send(.get, "/api/v1/cases/1/judgments", as: role)
            #expect(list.text.contains(JudgmentAPITests.canary) == reads)
            #expect(list.text.contains("\"confidential\":true"), "the passage is still marked, whoever reads")
            let reads = try await store.confidentialReads(judgmentId: Int64(id)).filter { $0.accountId == reader.id }
            #expect(reads.count - before == (draft.text.contains(JudgmentAPITests.canary) ? 2 : 0))
            #expect(reads.allSatisfy { $0.at == APITestHarness.now })
        }
    }

    @Test("Whoever may not read the confidential passages may not rewrite them")
    func editingNeedsAccess() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let id = try await JudgmentAPITests.drafted(client)
            // The redaction check answers with the judgment as the checker may read it.
            let checked = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .assistant)
            #expect(checked.status == .ok)
            #expect(!checked.text.contains(JudgmentAPITests.canary))
            let reviewed = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/redactions", as: .assistant, json: "{}")
            #expect(reviewed.status == .ok)
            #expect(!reviewed.text.contains(JudgmentAPITests.canary))
            let refused = try await client.send(.put, "/api/v1/judgment-drafts/\(id)", as: .assistant, json: JudgmentAPITests.draft)
            #expect(refused.status == .forbidden)
            #expect(try await client.send(.put, "/api/v1/judgment-drafts/\(id)", as: .presidingJudge, json: JudgmentAPITests.draft).status == .ok)
        }
    }

    @Test("The redaction is checked by someone other than the drafter, and both are recorded")
    func fourEyes() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            let id = try await JudgmentAPITests.drafted(client)  // drafted by the judge
            let own = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .judge)
            #expect(own.status == .forbidden)
            #expect((own.json["reason"] as? String)?.contains("four eyes") == true)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .presidingJudge).status == .ok)
            let judgment = try #require(try await store.judgment(id: Int64(id)))
            let judge = try #require(try await store.find(username: "judge"))
            let presiding = try #require(try await store.find(username: "presidingJudge"))
            #expect(judgment.draftedBy == judge.id)
            #expect(judgment.redactionCheckedBy == presiding.id)
            // Whoever edits becomes the drafter, and cannot check their own edit.
            _ = try await client.send(.put, "/api/v1/judgment-drafts/\(id)", as: .presidingJudge, json: JudgmentAPITests.draft)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .presidingJudge).status == .forbidden)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .judge).status == .ok)
        }
    }

    @Test("A final judgment is published only after the case is decided; a ruling may be published while it is pending")
    func publicationWaitsForTheDecision() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            #expect(try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase).status == .created)
            let judgment = try await client.send(.post, "/api/v1/cases/1/judgments", as: .judge, json: JudgmentAPITests.draft)
            let judgmentId = try #require(judgment.json["id"] as? Int)
            _ = try await client.send(.post, "/api/v1/judgment-drafts/\(judgmentId)/mark-redacted", as: .assistant)
            let early = try await client.send(.post, "/api/v1/judgment-drafts/\(judgmentId)/publish", as: .presidingJudge, json: "{}")
            #expect(early.status == .conflict)
            #expect(early.json["field"] as? String == "kind")

            let ruling = JudgmentAPITests.draft.replacingOccurrences(of: #""caseNumber":"（2024）最高法知民终1号","kind":"judgment""#,
                                                                     with: #""caseNumber":"（2024）最高法知民终1号之一","kind":"ruling""#)
            #expect(ruling != JudgmentAPITests.draft)
            let drafted = try await client.send(.post, "/api/v1/cases/1/judgments", as: .judge, json: ruling)
            let rulingId = try #require(drafted.json["id"] as? Int)
            _ = try await client.send(.post, "/api/v1/judgment-drafts/\(rulingId)/mark-redacted", as: .assistant)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(rulingId)/publish", as: .presidingJudge, json: "{}").status == .created)
        }
    }

    @Test("Only the court office and its leaders read the mailbox", arguments: Role.staffRoles)
    func mailbox(role: Role) async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let status = try await client.send(.get, "/api/v1/mailbox", as: role).status
            #expect(status == ([.admin, .presidingJudge, .courtLeader].contains(role) ? .ok : .forbidden))
            let staff = try await StaffBrowser.signIn(client, as: role)
            let page = try await staff.get("/zh/staff/mailbox").status
            #expect(page == ([.admin, .presidingJudge, .courtLeader].contains(role) ? .ok : .forbidden))
        }
    }
}
