import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
@testable import TribunalWeb

/// The judgment screens of the workspace over HTTP: a draft against its case, confidential
/// passages marked, the redaction review by a second person, the preview, publication once the
/// case is decided, and a refusal beside its field that writes nothing.
@Suite("Judgment screens")
struct JudgmentScreensTests {
    static let text: [(String, String)] = [
        ("caseNumber", "（2024）最高法知民终1号"), ("kind", "judgment"), ("decidedOn", "2024-03-05"), ("judges", "甲、乙、丙"),
        ("zh-title", "深圳某通信技术有限公司与Example Networks Inc.侵害发明专利权纠纷二审民事判决书"),
        ("zh-parties", "上诉人：深圳某通信技术有限公司。\r\n\r\n被上诉人：Example Networks Inc.。"),
        ("zh-facts", "原审查明：联系电话13812345678。\r\n\r\n被诉产品采用的信道编码参数为0x5A3C（技术秘密）。"),
        ("zh-reasoning", "本院认为，被诉技术方案落入涉案专利权利要求1的保护范围。"),
        ("zh-holding", "驳回上诉，维持原判。"),
    ]

    /// The `fingerprint` a page's form carries.
    static func fingerprint(in html: String) -> String? {
        html.range(of: #"name="fingerprint" value="[0-9a-f]+""#, options: .regularExpression)
            .map { String(html[$0].dropFirst(#"name="fingerprint" value=""#.count).dropLast()) }
    }

    @Test("draft, mark a passage confidential, review the redaction as a second person, preview, publish once decided")
    func draftToPublication() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        let panel = harness.panel
        try await harness.test { client in
            let presiding = try await StaffBrowser.docketWithPanel(client, panel)
            let judge = try await StaffBrowser.signIn(client, as: .judge)
            #expect(try await judge.get("/en/staff/cases/1").text.contains("href=\"/en/staff/cases/1/judgments/new\""))
            let form = try await judge.get("/zh/staff/cases/1/judgments/new")
            #expect(form.status == .ok && form.text.contains("value=\"（2024）最高法知民终1号\""))

            // Without a title: refused beside the field, nothing written.
            let untitled = try await judge.post("/en/staff/cases/1/judgments", Self.text.filter { $0.0 != "zh-title" })
            #expect(untitled.status == .unprocessableContent)
            #expect(untitled.text.contains("id=\"judgment-text-zh-title-error\""))
            #expect(try await store.judgments(caseId: 1).isEmpty)

            let drafted = try await judge.post("/en/staff/cases/1/judgments", Self.text)
            #expect(drafted.status == .seeOther)
            let url = try #require(drafted.headers[.location])
            let id = try #require(Int64(url.split(separator: "/").last ?? ""))
            let stored = try #require(try await store.judgment(id: id))
            #expect(stored.zh.sections.map(\.kind) == [.parties, .facts, .reasoning, .holding])
            #expect(stored.zh.sections[1].passages.count == 2, "a blank line parts the passages")

            // The panel marks the technical secret confidential.
            let page = try await judge.get(url)
            #expect(page.text.contains("name=\"confidential-zh-1-1\""))
            let shown = try #require(Self.fingerprint(in: page.text))
            #expect(try await judge.post(url + "/confidential", [("fingerprint", "0"), ("confidential-zh-1-1", "true")]).status == .unprocessableContent,
                    "marks set on another text than the one stored are refused")
            #expect(try await judge.post(url + "/confidential", [("fingerprint", shown), ("confidential-zh-1-1", "true")]).status == .seeOther)
            #expect(try await store.judgment(id: id)?.zh.sections[1].passages.map(\.confidential) == [false, true])

            // The mark travels with the passage through an edit: a typo fixed keeps it confidential.
            let editForm = try await judge.get(url + "/edit")
            #expect(editForm.text.contains("【保密】被诉产品采用的信道编码参数为0x5A3C"))
            var edited = Self.text
            edited[6] = ("zh-facts", "原审查明：联系电话13812345678。\r\n\r\n【保密】被诉产品采用的信道编码参数为0x5A3D（技术秘密）。")
            let editResponse = try await judge.post(url, edited)
            #expect(editResponse.status == .seeOther, "\(editResponse.status) \(editResponse.text.components(separatedBy: "role=\"alert\"").dropFirst().first?.prefix(400) ?? "")")
            let afterEdit = try #require(try await store.judgment(id: id))
            #expect(afterEdit.zh.sections[1].passages.map(\.confidential) == [false, true])
            #expect(afterEdit.zh.sections[1].passages[1].text == "被诉产品采用的信道编码参数为0x5A3D（技术秘密）。")

            // The drafter may not check the redaction; a second person does.
            let review = try await judge.get(url + "/redactions")
            #expect(review.text.contains("four eyes"))
            let fingerprint = try #require(Self.fingerprint(in: review.text))
            let byDrafter = try await judge.post(url + "/redactions", [("fingerprint", fingerprint), ("keep-0", "true")])
            #expect(byDrafter.status == .forbidden && byDrafter.text.contains("four eyes"))
            let stale = try await presiding.post(url + "/redactions", [("fingerprint", "0000"), ("keep-0", "true")])
            #expect(stale.status == .unprocessableContent && stale.text.contains("open it again"))
            let missing = try await presiding.post(url + "/redactions", [("fingerprint", fingerprint), ("add-field-1", "zh.title"), ("add-text-1", "不在文中"), ("add-kind-1", "personName")])
            #expect(missing.status == .unprocessableContent && missing.text.contains("does not occur"))
            #expect(try await store.judgment(id: id)?.status == .draft, "refusals write nothing")
            let checked = try await presiding.post(url + "/redactions", [
                ("fingerprint", fingerprint), ("keep-0", "true"), ("add-field-1", "zh.sections[2].passages[0]"), ("add-text-1", "权利要求1"), ("add-kind-1", "confidentialPassage"),
            ])
            #expect(checked.status == .seeOther)
            let reviewed = try #require(try await store.judgment(id: id))
            #expect(reviewed.status == .redacted && reviewed.redactionReview?.added.count == 1)

            // The preview is the public text: no telephone number, no secret, the added removal applied.
            let preview = try await presiding.get(url + "/preview")
            #expect(preview.status == .ok)
            #expect(!preview.text.contains("13812345678") && !preview.text.contains("0x5A3C") && !preview.text.contains("权利要求1"))

            // Published only once the case is decided.
            let early = try await presiding.post(url + "/publish", [])
            #expect(early.status == .conflict && early.text.contains("decided"))
            _ = try await client.send(.post, "/api/v1/cases/1/decide", as: .presidingJudge, json: #"{"disposition":"affirmed","on":"2024-03-05"}"#)
            #expect(try await presiding.post(url + "/publish", []).status == .seeOther)
            #expect(try await store.judgment(id: id)?.status == .published)
            let published = try await presiding.get(url)
            #expect(published.text.contains("href=\"/en/judgments/"))

            // A correction carries its notice.
            let correction = try await judge.get(url + "/edit")
            #expect(correction.text.contains("name=\"correctionNotice\""))
        }
    }
}

extension StaffBrowser {
    /// Dockets `CaseAPITests.newCase` (case 1) as the clerk and assigns `panel` through the case
    /// page as the presiding judge, who is returned signed in.
    static func docketWithPanel(_ client: any TestClientProtocol, _ panel: Panel) async throws -> StaffBrowser {
        _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase)
        let presiding = try await signIn(client, as: .presidingJudge)
        let assigned = try await presiding.post("/en/staff/cases/1/assign-panel", [
            ("presidingJudgeId", String(panel.presidingJudgeId)), ("judge1", String(panel.judgeIds[0])), ("judge2", String(panel.judgeIds[1])),
        ])
        #expect(assigned.status == .seeOther)
        return presiding
    }
}
