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

@Suite("Case API")
struct CaseAPITests {
    static let newCase = """
    {"type":"知民终","cause":"inventionPatentInfringement","technicalField":"通信",
     "origin":{"courtCode":"粤73","caseNumber":"(2023)粤73知民初101号","decidedOn":"2024-01-10"},
     "parties":[{"role":"appellant","kind":"organisation","name":"深圳某通信技术有限公司"},
                {"role":"appellee","kind":"organisation","name":"Example Networks Inc.","domiciledInChina":false}],
     "receivedOn":"2024-02-20","docketedOn":"2024-03-01"}
    """

    @Test("A clerk dockets a case; it is found by id and by any spelling of its number")
    func docketAndFind() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            // MUT
            let created = try await client.send(.post, "/api/v1/cases", as: .clerk, json: Self.newCase)
            // validate
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/api/v1/cases/1")
            #expect(created.json["number"] as? String == "（2024）最高法知民终1号")
            #expect(created.json["foreignRelated"] as? Bool == true)
            let byNumber = try await client.send(.get, "/api/v1/cases/" + "(2024) 最高法知民终1号".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, as: .judge)
            #expect(byNumber.status == .ok)
            #expect(byNumber.json["id"] as? Int == 1)
            let missing = try await client.send(.get, "/api/v1/cases/" + "（2024）最高法知民终9号".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, as: .judge)
            #expect(missing.status == .notFound)
            #expect(missing.json["field"] as? String == "caseNumber")
        }
    }

    @Test("Bad input is refused with the field and the reason, and writes nothing", arguments: [
        ("{", 400, nil as String?),
        (#"{"type":"知民终"}"#, 400, "cause"),
        (newCase.replacingOccurrences(of: "inventionPatentInfringement", with: "murder"), 422, "cause"),
        (newCase.replacingOccurrences(of: "2024-03-01", with: "2024-02-30"), 422, "docketedOn"),
        (newCase.replacingOccurrences(of: "(2023)粤73知民初101号", with: "(2023)粤73知民初号"), 422, "origin.caseNumber"),
        (newCase.replacingOccurrences(of: "\"appellant\"", with: "\"appellee\""), 422, "parties"),
        (newCase.replacingOccurrences(of: "\"courtCode\":\"粤73\"", with: "\"courtCode\":\"沪73\""), 422, "origin.caseNumber"),
        (newCase.replacingOccurrences(of: "\"technicalField\":\"通信\"", with: "\"technicalField\":7"), 400, "technicalField"),
    ])
    func badInput(body: String, status: Int, field: String?) async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let response = try await client.send(.post, "/api/v1/cases", as: .clerk, json: body)
            #expect(response.status.code == status)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.json["field"] as? String == field)
            #expect(!(response.json["reason"] as? String ?? "").isEmpty)
        }
        #expect(try await harness.store.caseCount() == 0)
    }

    @Test("The lifecycle through the API, with its history; illegal moves are 409 and write nothing")
    func lifecycle() async throws {
        let harness = try await APITestHarness()
        let panel = try String(decoding: JSONEncoder().encode(harness.panel), as: UTF8.self)
        try await harness.test { client in
            _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: Self.newCase)

            let earlyClose = try await client.send(.post, "/api/v1/cases/1/close", as: .clerk, json: #"{"on":"2024-04-01"}"#)
            #expect(earlyClose.status == .conflict)
            #expect(earlyClose.json["reason"] as? String == "a case is closed only after it is decided; this one is docketed")

            #expect(try await client.send(.put, "/api/v1/cases/1/panel", as: .clerk, json: panel).status == .forbidden)
            let noPresiding = try await client.send(.put, "/api/v1/cases/1/panel", as: .presidingJudge, json: #"{"judgeIds":[2,3]}"#)
            #expect(noPresiding.status == .badRequest, "the document requires it")
            #expect(noPresiding.json["field"] as? String == "presidingJudgeId")
            let twice = try await client.send(.put, "/api/v1/cases/1/panel", as: .presidingJudge, json: #"{"presidingJudgeId":1,"judgeIds":[2,2]}"#)
            #expect(twice.status == .unprocessableContent)
            #expect((twice.json["reason"] as? String)?.contains("twice") == true)

            let assigned = try await client.send(.put, "/api/v1/cases/1/panel", as: .presidingJudge, json: panel)
            #expect(assigned.status == .ok)
            #expect(assigned.json["status"] as? String == "assigned")
            #expect(try await client.send(.post, "/api/v1/cases/1/schedule-hearing", as: .clerk, json: #"{"on":"2024-04-10"}"#).status == .ok)
            #expect(try await client.send(.post, "/api/v1/cases/1/record-hearing", as: .clerk, json: #"{"on":"2024-04-10"}"#).status == .ok)
            #expect(try await client.send(.post, "/api/v1/cases/1/decide", as: .clerk, json: #"{"disposition":"affirmed","on":"2024-05-20"}"#).status == .forbidden)
            #expect(try await client.send(.post, "/api/v1/cases/1/decide", as: .judge, json: #"{"disposition":"affirmed","on":"2024-05-20"}"#).status == .ok)
            let closed = try await client.send(.post, "/api/v1/cases/1/close", as: .clerk, json: #"{"on":"2024-05-28"}"#)
            #expect(closed.json["status"] as? String == "closed")

            let history = try await client.send(.get, "/api/v1/cases/1/events", as: .judge)
            let kinds = (history.json["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
            #expect(kinds == ["docketed", "panelAssigned", "hearingScheduled", "heard", "decided", "closed"])
            let actors = (history.json["events"] as? [[String: Any]])?.compactMap { $0["actor"] as? String }
            #expect(actors?.first == "clerk")
            #expect((history.json["events"] as? [[String: Any]])?.first?["at"] as? String == "2024-03-05T04:00:00Z")
        }
    }

    @Test("Trial period with an exclusion and an extension")
    func trialPeriod() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            _ = try await client.send(.post, "/api/v1/cases", as: .clerk,
                                      json: Self.newCase.replacingOccurrences(of: ",\"domiciledInChina\":false", with: ""))
            let exclusion = try await client.send(.post, "/api/v1/cases/1/exclusions", as: .assistant,
                                                  json: #"{"kind":"appraisal","from":"2024-04-01","to":"2024-04-30","reason":"技术鉴定","approvedBy":"庭长"}"#)
            #expect(exclusion.status == .ok)
            let badExtension = try await client.send(.post, "/api/v1/cases/1/extensions", as: .courtLeader,
                                                     json: #"{"approvedOn":"2024-05-25","reason":"案情复杂","approvedBy":"院长"}"#)
            #expect(badExtension.status == .unprocessableContent)
            #expect(badExtension.json["field"] as? String == "months")
            let unrequested = try await client.send(.post, "/api/v1/cases/1/extensions", as: .courtLeader,
                                                    json: #"{"months":3,"approvedOn":"2024-05-25","reason":"案情复杂","approvedBy":"院长"}"#)
            #expect(unrequested.status == .unprocessableContent)
            #expect(unrequested.json["field"] as? String == "requestedOn")
            #expect(try await client.send(.post, "/api/v1/cases/1/extensions", as: .assistant,
                                          json: #"{"months":3,"requestedOn":"2024-05-20","approvedOn":"2024-05-25","reason":"案情复杂","approvedBy":"院长"}"#).status == .forbidden,
                    "the president approves extensions, not the panel's assistant")
            #expect(try await client.send(.post, "/api/v1/cases/1/extensions", as: .courtLeader,
                                          json: #"{"months":3,"requestedOn":"2024-05-20","approvedOn":"2024-05-25","reason":"案情复杂","approvedBy":"院长"}"#).status == .ok)
            let report = try await client.send(.get, "/api/v1/cases/1/trial-period?asOf=2024-06-15", as: .judge)
            #expect(report.json["daysExcluded"] as? Int == 30)
            #expect(report.json["daysAllowed"] as? Int == 184)
            // 2024-10-01 is National Day: the period ends on the first working day after the holiday.
            #expect(report.json["dueOn"] as? String == "2024-10-08")
            #expect(report.json["countedFrom"] as? String == "docketing")
            #expect((report.json["warnings"] as? [Any])?.isEmpty == true)
            #expect(try await client.send(.get, "/api/v1/cases/1/trial-period?asOf=June", as: .judge).status == .badRequest)
        }
    }

    @Test("Listing filters and pages with a cursor")
    func listing() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            for day in 1...5 {
                _ = try await client.send(.post, "/api/v1/cases", as: .clerk,
                                          json: Self.newCase.replacingOccurrences(of: "2024-03-01", with: "2024-03-0\(day)"))
            }
            let first = try await client.send(.get, "/api/v1/cases?limit=3", as: .judge)
            #expect((first.json["cases"] as? [Any])?.count == 3)
            let cursor = try #require(first.json["nextCursor"] as? String)
            let second = try await client.send(.get, "/api/v1/cases?limit=3&cursor=\(cursor)", as: .judge)
            #expect((second.json["cases"] as? [Any])?.count == 2)
            #expect(second.json["nextCursor"] == nil)
            #expect((try await client.send(.get, "/api/v1/cases?year=2023", as: .judge).json["cases"] as? [Any])?.count == 0)
            let badStatus = try await client.send(.get, "/api/v1/cases?status=pending", as: .judge)
            #expect(badStatus.status == .badRequest)
            #expect(badStatus.json["field"] as? String == "status")
            #expect(try await client.send(.get, "/api/v1/cases?cursor=zzz", as: .judge).status == .badRequest)
        }
    }

    @Test("An extension request waits on the leaders' watchlist until it is approved with its date")
    func extensionRequestOnWatchlist() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            #expect(try await client.send(.post, "/api/v1/cases", as: .clerk, json: Self.newCase.replacingOccurrences(of: ",\"domiciledInChina\":false", with: "")).status == .created)
            let requested = try await client.send(.post, "/api/v1/cases/1/extension-requests", as: .assistant,
                                                  json: #"{"months":2,"requestedOn":"2024-05-10","reason":"需要补充鉴定","requestedBy":"审判长"}"#)
            #expect(requested.status == .ok)
            let watch = try await client.send(.get, "/api/v1/trial-periods/watchlist?within=7&asOf=2024-05-12", as: .presidingJudge)
            #expect(watch.status == .ok)
            let entries = try #require(watch.json["entries"] as? [[String: Any]])
            #expect(entries.count == 1, "far from its end, but a request waits")
            #expect(entries.first?["dueOn"] as? String == "2024-06-03")
            #expect(entries.first?["daysToDecideRequest"] as? Int == 17)
            #expect(try await client.send(.post, "/api/v1/cases/1/extension-requests", as: .courtLeader,
                                          json: #"{"months":2,"requestedOn":"2024-05-10","reason":"需要补充鉴定","requestedBy":"院长"}"#).status == .forbidden,
                    "the panel asks; the leaders decide")
            #expect(try await client.send(.post, "/api/v1/cases/1/extensions", as: .courtLeader,
                                          json: #"{"months":2,"approvedOn":"2024-05-20","reason":"需要补充鉴定","approvedBy":"院长"}"#).status == .ok)
            let after = try await client.send(.get, "/api/v1/trial-periods/watchlist?within=7&asOf=2024-05-21", as: .presidingJudge)
            #expect((after.json["entries"] as? [Any])?.isEmpty == true)
            let history = try await client.send(.get, "/api/v1/cases/1/events", as: .judge)
            #expect(history.text.contains("extensionRequested"))
            #expect(try await client.send(.get, "/api/v1/trial-periods/watchlist?within=999", as: .judge).status == .badRequest)
            #expect(try await client.send(.get, "/api/v1/trial-periods/watchlist").status == .unauthorized)
        }
    }
}
