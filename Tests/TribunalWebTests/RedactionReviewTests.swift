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

@Suite("Redaction review")
struct RedactionReviewTests {
    static let passage = "被诉产品落入专利权保护范围，构成等同侵权。证人孙大伟出庭作证。"
    static let draft = JudgmentAPITests.draft.replacingOccurrences(of: passage, with: passage + "联系电话13812345678，运输车辆车牌京A12345，系上诉人公司所有。其女儿小红就读于某某小学。")

    @Test("Each proposal is listed with its kind, reason and span; the checker rejects and adds; the public text is the draft with those decisions")
    func review() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            try await JudgmentAPITests.decidedCase(client)
            let created = try await client.send(.post, "/api/v1/cases/1/judgments", as: .judge, json: Self.draft)
            let id = try #require(created.json["id"] as? Int)
            let listed = try await client.send(.get, "/api/v1/judgment-drafts/\(id)/redactions", as: .presidingJudge)
            #expect(listed.status == .ok)
            let fields = try #require(listed.json["fields"] as? [[String: Any]])
            let facts = try #require(fields.first { $0["field"] as? String == "zh.sections[0].passages[0]" })
            let proposals = try #require(facts["proposals"] as? [[String: Any]])
            #expect(Set(proposals.compactMap { $0["kind"] as? String }) == ["personName", "phone", "vehiclePlate", "minorInformation"])
            // The school the child attends is proposed; the child's given name alone is not (no surname to go by).
            #expect(proposals.first { $0["kind"] as? String == "minorInformation" }?["original"] as? String == "某某小学")
            #expect(proposals.allSatisfy { ($0["reason"] as? String)?.contains("法释〔2016〕19号") == true })
            let plate = try #require(proposals.first { $0["kind"] as? String == "vehiclePlate" })
            #expect(plate["original"] as? String == "京A12345")
            let text = try #require(facts["text"] as? String) as NSString
            let child = text.range(of: "小红")

            // The plate is the company's: kept. The child's name: removed (Art. 8(3)).
            let decisions = """
            {"rejected":[{"field":"zh.sections[0].passages[0]","location":\(plate["location"]!),"length":\(plate["length"]!)}],
             "added":[{"field":"zh.sections[0].passages[0]","location":\(child.location),"length":\(child.length),"kind":"minorInformation"}]}
            """
            let byDrafter = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/redactions", as: .judge, json: decisions)
            #expect(byDrafter.status == .forbidden)
            let wrongSpan = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/redactions", as: .presidingJudge,
                                                  json: #"{"rejected":[{"field":"zh.sections[0].passages[0]","location":1,"length":2}]}"#)
            #expect(wrongSpan.status == .unprocessableContent)
            #expect(wrongSpan.json["field"] as? String == "rejected[0]")
            let outside = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/redactions", as: .presidingJudge,
                                                json: #"{"added":[{"field":"zh.title","location":500,"length":2,"kind":"personName"}]}"#)
            #expect(outside.json["field"] as? String == "added[0]")
            #expect(try await store.judgment(id: Int64(id))?.status == .draft, "a refused review writes nothing")

            let reviewed = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/redactions", as: .presidingJudge, json: decisions)
            #expect(reviewed.status == .ok)
            #expect(reviewed.json["status"] as? String == "redacted")
            let relisted = try await client.send(.get, "/api/v1/judgment-drafts/\(id)/redactions", as: .assistant)
            #expect(relisted.text.contains("\"accepted\":false"))

            let preview = try await client.send(.get, "/api/v1/judgment-drafts/\(id)/preview", as: .judge)
            let published = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}")
            #expect(published.status == .created)
            for response in [preview, published] {
                #expect(response.text.contains("京A12345"), "the rejected proposal stays public")
                #expect(!response.text.contains("13812345678"))
                #expect(!response.text.contains("孙大伟"))
                #expect(!response.text.contains("小红"))
                #expect(response.text.contains("〔未成年人信息已隐去〕"))
            }
            // The public text is made again from the draft and the decisions alone.
            let judgment = try #require(try await store.judgment(id: Int64(id)))
            let courtCase = try #require(try await store.find(id: judgment.caseId))
            let again = judgment.publication(of: courtCase, at: APITestHarness.now)
            let stored = try #require(try await store.publications(caseNumber: judgment.caseNumber).last)
            #expect(again.zh == stored.zh)
            #expect(again.en == stored.en)
        }
    }

    @Test("Editing the text drops the decisions: they were about other spans")
    func editDropsReview() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            try await JudgmentAPITests.decidedCase(client)
            let id = try #require(try await client.send(.post, "/api/v1/cases/1/judgments", as: .judge, json: Self.draft).json["id"] as? Int)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/redactions", as: .presidingJudge, json: "{}").status == .ok)
            #expect(try await store.judgment(id: Int64(id))?.redactionReview != nil)
            _ = try await client.send(.put, "/api/v1/judgment-drafts/\(id)", as: .judge, json: Self.draft)
            let edited = try #require(try await store.judgment(id: Int64(id)))
            #expect(edited.redactionReview == nil)
            #expect(edited.status == .draft)
        }
    }
}
