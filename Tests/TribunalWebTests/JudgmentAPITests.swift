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

@Suite("Judgment and search API")
struct JudgmentAPITests {
    static let canary = "CANARY-b71d"

    static let draft = """
    {"caseNumber":"（2024）最高法知民终1号","kind":"judgment","decidedOn":"2024-05-20","judges":["张审判长","李法官","王法官"],
     "zh":{"title":"侵害发明专利权纠纷二审民事判决书","sections":[
        {"kind":"facts","passages":[{"text":"被诉产品落入专利权保护范围，构成等同侵权。证人孙大伟出庭作证。"},
                                    {"text":"\(canary) 工艺参数为450摄氏度","confidential":true}]},
        {"kind":"holding","passages":[{"text":"驳回上诉，维持原判。"}]}]},
     "en":{"title":"Judgment on appeal: infringement of an invention patent","sections":[
        {"kind":"facts","passages":[{"text":"The accused product infringes by equivalents."},
                                    {"text":"\(canary) process at 450 degrees","confidential":true}]}]},
     "personNames":["孙大伟"]}
    """

    /// Dockets case 1, forms its panel and decides it: a final judgment is published only then.
    static func decidedCase(_ client: some TestClientProtocol) async throws {
        #expect(try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase).status == .created)
        let panel = #"{"presidingJudgeId":1,"judgeIds":[2,3],"clerkId":4}"#
        #expect(try await client.send(.put, "/api/v1/cases/1/panel", as: .presidingJudge, json: panel).status == .ok)
        #expect(try await client.send(.post, "/api/v1/cases/1/decide", as: .judge, json: #"{"disposition":"affirmed","on":"2024-05-20"}"#).status == .ok)
    }

    /// Dockets and decides a case, drafts its judgment and returns the draft's id.
    static func drafted(_ client: some TestClientProtocol) async throws -> Int {
        try await decidedCase(client)
        let created = try await client.send(.post, "/api/v1/cases/1/judgments", as: .judge, json: draft)
        #expect(created.status == .created)
        return try #require(created.json["id"] as? Int)
    }

    @Test("Draft, preview, mark redacted, publish; the public sees no confidential passage or personal name")
    func publication() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let id = try await Self.drafted(client)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}").status == .conflict)
            let preview = try await client.send(.get, "/api/v1/judgment-drafts/\(id)/preview", as: .judge)
            #expect(!preview.text.contains(Self.canary))
            #expect(preview.text.contains("孙某"))
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .assistant).json["status"] as? String == "redacted")
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .judge, json: "{}").status == .forbidden)
            let published = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}")
            #expect(published.status == .created)
            #expect(published.json["version"] as? Int == 1)

            let number = "(2024)最高法知民终1号".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let permalink = try await client.send(.get, "/api/v1/judgments/\(number)")
            #expect(permalink.status == .ok)
            #expect(permalink.json["caseNumber"] as? String == "（2024）最高法知民终1号")
            let latest = try await client.send(.get, "/api/v1/judgments")
            let search = try await client.send(.get, "/api/v1/search?q=" + "等同侵权".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(search.json["total"] as? Int == 1)
            for response in [published, permalink, latest, search] {
                #expect(!response.text.contains(Self.canary))
                #expect(!response.text.contains("孙大伟"))
            }
            let staffSide = try await client.send(.get, "/api/v1/judgment-drafts/\(id)", as: .judge)
            #expect(staffSide.text.contains(Self.canary))
            #expect(try await client.send(.get, "/api/v1/judgment-drafts/\(id)").status == .unauthorized)
        }
    }

    @Test("A correction needs a notice and keeps the old version")
    func correction() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let id = try await Self.drafted(client)
            _ = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .assistant)
            _ = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}")
            let edited = Self.draft.replacingOccurrences(of: "驳回上诉，维持原判。", with: "驳回上诉，维持原判。本判决为终审判决。")
            #expect(try await client.send(.put, "/api/v1/judgment-drafts/\(id)", as: .judge, json: edited).status == .ok)
            // The edited text is a draft again: not published before its redaction is checked.
            let unchecked = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}")
            #expect(unchecked.status == .conflict)
            _ = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .assistant)
            let noNotice = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}")
            #expect(noNotice.status == .unprocessableContent)
            #expect(noNotice.json["field"] as? String == "correctionNotice")
            // The notice is not taken at publication, where no one would check its redaction.
            let lateNotice = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge,
                                                   json: #"{"correctionNotice":"补充终审判决字样"}"#)
            #expect(lateNotice.status == .unprocessableContent)
            #expect(lateNotice.json["reason"] as? String == JudgmentWorkflowError.noticeSentAtPublication.reason)
            // It comes with the corrected text and goes through the same review.
            let withNotice = edited.replacingOccurrences(of: #""personNames":["孙大伟"]"#,
                                                         with: #""personNames":["孙大伟"],"correctionNotice":"补充终审判决字样；证人孙大伟的姓名笔误已更正""#)
            #expect(withNotice != edited)
            #expect(try await client.send(.put, "/api/v1/judgment-drafts/\(id)", as: .judge, json: withNotice).status == .ok)
            let proposals = try await client.send(.get, "/api/v1/judgment-drafts/\(id)/redactions", as: .assistant)
            let noticeField = (proposals.json["fields"] as? [[String: Any]])?.first { $0["field"] as? String == "correctionNotice" }
            #expect((noticeField?["proposals"] as? [[String: Any]])?.first?["original"] as? String == "孙大伟")
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/redactions", as: .assistant, json: "{}").status == .ok)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}").status == .created)
            let number = "（2024）最高法知民终1号".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let permalink = try await client.send(.get, "/api/v1/judgments/\(number)")
            #expect((permalink.json["versions"] as? [[String: Any]])?.count == 2)
            #expect((permalink.json["latest"] as? [String: Any])?["correctionNotice"] as? String == "补充终审判决字样；证人孙某的姓名笔误已更正")
            #expect(!permalink.text.contains("孙大伟"))
        }
    }

    @Test("A first draft takes no correction notice")
    func noticeOnFirstDraft() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            try await Self.decidedCase(client)
            let withNotice = Self.draft.replacingOccurrences(of: #""personNames":["孙大伟"]"#, with: #""personNames":["孙大伟"],"correctionNotice":"更正""#)
            let refused = try await client.send(.post, "/api/v1/cases/1/judgments", as: .judge, json: withNotice)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.json["field"] as? String == "correctionNotice")
            #expect(try await store.judgments(caseId: 1).isEmpty)
        }
    }

    @Test("A redaction check holds for the names it was made for: parties changed since, it is made again")
    func partiesChangedAfterCheck() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            // A ruling during the case (a preservation ruling) may be published while parties may still change.
            #expect(try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase).status == .created)
            let ruling = Self.draft.replacingOccurrences(of: #""caseNumber":"（2024）最高法知民终1号","kind":"judgment""#,
                                                         with: #""caseNumber":"（2024）最高法知民终1号之一","kind":"ruling""#)
                .replacingOccurrences(of: "证人孙大伟出庭作证。", with: "上诉人法定代表人赵明亮到庭。")
            #expect(ruling.contains("之一"))
            let created = try await client.send(.post, "/api/v1/cases/1/judgments", as: .judge, json: ruling)
            let id = try #require(created.json["id"] as? Int)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .assistant).status == .ok)
            let parties = #"{"parties":[{"role":"appellant","kind":"organisation","name":"深圳某通信技术有限公司"},{"role":"appellee","kind":"organisation","name":"Example Networks Inc.","domiciledInChina":false},{"role":"originalThirdParty","kind":"person","name":"赵明亮"}]}"#
            #expect(try await client.send(.put, "/api/v1/cases/1/parties", as: .clerk, json: parties).status == .ok)
            let refused = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}")
            #expect(refused.status == .conflict)
            #expect(refused.json["field"] as? String == "parties")
            #expect(try await store.latestPublications(limit: 10, offset: 0).isEmpty)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .assistant).status == .ok)
            let published = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}")
            #expect(published.status == .created)
            #expect(!published.text.contains("赵明亮"))
            #expect(published.text.contains("赵某"))
        }
    }

    @Test("A draft for another case's number is refused and writes nothing")
    func wrongCase() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase)
            let wrong = Self.draft.replacingOccurrences(of: "（2024）最高法知民终1号", with: "（2024）最高法知民终2号")
            let response = try await client.send(.post, "/api/v1/cases/1/judgments", as: .judge, json: wrong)
            #expect(response.status == .unprocessableContent)
            #expect(response.json["field"] as? String == "caseNumber")
            let judgments = try await client.send(.get, "/api/v1/cases/1/judgments", as: .judge)
            #expect((judgments.json["judgments"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("Search refuses bad input with the field")
    func badSearch() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let empty = try await client.send(.get, "/api/v1/search?q=")
            #expect(empty.status == .unprocessableContent)
            #expect(empty.json["field"] as? String == "q")
            let language = try await client.send(.get, "/api/v1/search?q=x&language=fr")
            #expect(language.status == .badRequest)
            #expect(language.json["field"] as? String == "language")
            let year = try await client.send(.get, "/api/v1/search?q=year:19")
            #expect(year.status == .unprocessableContent)
        }
    }
}

@Suite("Similar-case API")
struct SimilarCaseAPITests {
    @Test("Public retrieval by case number or text; the report needs a signed-in account")
    func similarCases() async throws {
        let harness = try await PortalTests.published()
        try await harness.test { client in
            let byText = try await client.send(.post, "/api/v1/similar-cases", json: #"{"text":"被诉产品落入专利权保护范围，构成等同侵权"}"#)
            #expect(byText.status == .ok)
            #expect(byText.text.contains("（2024）最高法知民终1号"))
            // By its own number, a case is left out of its own similar cases.
            let byNumber = try await client.send(.post, "/api/v1/similar-cases", json: #"{"caseNumber":"(2024)最高法知民终1号"}"#)
            #expect(byNumber.status == .ok)
            #expect(!byNumber.text.contains("（2024）最高法知民终1号"))
            #expect((byNumber.json["terms"] as? [String])?.isEmpty == false)
            let empty = try await client.send(.post, "/api/v1/similar-cases", json: #"{"text":" "}"#)
            #expect(empty.status == .unprocessableContent)
            #expect(empty.json["field"] as? String == "text")
            #expect(try await client.send(.post, "/api/v1/similar-cases/report", json: #"{"text":"等同侵权"}"#).status == .unauthorized)
            let report = try await client.send(.post, "/api/v1/similar-cases/report", as: .judge, json: #"{"text":"等同侵权","issues":"是否构成等同侵权"}"#)
            #expect(report.status == .ok)
            #expect(report.headers[.contentDisposition]?.contains("attachment") == true)
            #expect(report.text.contains("检索主体：judge"))
            #expect(report.text.contains("是否构成等同侵权"))
            #expect(!report.text.contains(JudgmentAPITests.canary))
        }
    }
}

@Suite("Saved searches")
struct SavedSearchAPITests {
    @Test("A user saves a search and follows it through its Atom feed; a bad query saves nothing")
    func savedSearches() async throws {
        let harness = try await PortalTests.published()
        try await harness.test { client in
            let bad = try await client.send(.post, "/api/v1/saved-searches", as: .judge, json: #"{"name":"bad","q":"year:19"}"#)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.json["field"] as? String == "q")
            #expect(try await client.send(.post, "/api/v1/saved-searches", json: #"{"name":"x","q":"专利"}"#).status == .unauthorized)
            let saved = try await client.send(.post, "/api/v1/saved-searches", as: .judge, json: #"{"name":"等同侵权","q":"等同 cause:inventionPatentInfringement"}"#)
            #expect(saved.status == .created)
            let feedURL = try #require(saved.json["feedURL"] as? String)
            let list = try await client.send(.get, "/api/v1/saved-searches", as: .judge)
            #expect((list.json["savedSearches"] as? [Any])?.count == 1)
            #expect((try await client.send(.get, "/api/v1/saved-searches", as: .clerk).json["savedSearches"] as? [Any])?.isEmpty == true)
            let feed = try await client.execute(uri: feedURL, method: .get) { String(buffer: $0.body) }
            #expect(feed.contains("<entry>"))
            #expect(feed.contains("等同侵权 · "))
            #expect(!feed.contains(JudgmentAPITests.canary))
            #expect(try await client.execute(uri: "/feeds/saved/guess.atom", method: .get) { $0.status } == .notFound)
            let id = try #require(saved.json["id"] as? Int)
            #expect(try await client.send(.delete, "/api/v1/saved-searches/\(id)", as: .clerk).status == .notFound)
            #expect(try await client.send(.delete, "/api/v1/saved-searches/\(id)", as: .judge).status == .noContent)
            #expect(try await client.execute(uri: feedURL, method: .get) { $0.status } == .notFound)
        }
    }
}
