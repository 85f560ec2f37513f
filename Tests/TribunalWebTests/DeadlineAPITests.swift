import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TribunalWeb

@Suite("Deadline API")
struct DeadlineAPITests {
    @Test("Each party's deadline from its own service; the latest decides when the judgment takes effect")
    func perParty() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let body = """
            {"decision":"judgment","services":[
              {"party":"甲公司","servedOn":"2024-01-29"},
              {"party":"Example Inc.","servedOn":"2024-01-29","domiciledInChina":false}]}
            """
            let response = try await client.send(.post, "/api/v1/deadlines/appeal", json: body)
            #expect(response.status == .ok)
            let deadlines = try #require(response.json["deadlines"] as? [[String: Any]])
            #expect((deadlines[0]["deadline"] as? [String: Any])?["lastDay"] as? String == "2024-02-18")
            #expect((deadlines[1]["deadline"] as? [String: Any])?["lastDay"] as? String == "2024-02-28")
            #expect(response.json["lastDayForAnyParty"] as? String == "2024-02-28")
        }
    }

    @Test("A service date outside the calendar is refused with the field")
    func outsideCalendar() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let response = try await client.send(.post, "/api/v1/deadlines/appeal",
                                                 json: #"{"decision":"ruling","services":[{"servedOn":"2018-03-01"}]}"#)
            #expect(response.status == .unprocessableContent)
            #expect(response.json["field"] as? String == "services[0].servedOn")
            #expect((response.json["reason"] as? String)?.contains("2018") == true)
        }
    }

    @Test("An administrative case cites ALL Art. 85; a foreign party's granted extension is added; a domestic party's refused")
    func administrativeAndExtension() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let body = """
            {"decision":"judgment","procedure":"administrative","services":[
              {"party":"国家知识产权局","servedOn":"2025-09-08"},
              {"party":"Example Inc.","servedOn":"2025-09-08","domiciledInChina":false,"extensionGrantedDays":15}]}
            """
            let response = try await client.send(.post, "/api/v1/deadlines/appeal", json: body)
            #expect(response.status == .ok)
            let deadlines = try #require(response.json["deadlines"] as? [[String: Any]])
            let domestic = try #require(deadlines[0]["deadline"] as? [String: Any])
            #expect(domestic["lastDay"] as? String == "2025-09-23")
            #expect((domestic["explanation"] as? [String])?.first?.hasPrefix("Administrative Litigation Law Art. 85") == true)
            #expect((deadlines[1]["deadline"] as? [String: Any])?["lastDay"] as? String == "2025-10-23")
            let refused = try await client.send(.post, "/api/v1/deadlines/appeal",
                                                json: #"{"decision":"judgment","services":[{"servedOn":"2025-09-08","extensionGrantedDays":15}]}"#)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.json["field"] as? String == "services[0].extensionGrantedDays")
        }
    }
}
