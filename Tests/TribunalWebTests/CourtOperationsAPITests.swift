import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TribunalKernel
import Accounts
@testable import TribunalWeb

@Suite("Court operations API")
struct CourtOperationsAPITests {
    @Test("damages are assessed with every step, recorded on a case, and refused with the field and the rule")
    func damages() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let claim = #"{"law":"trade-secret","basis":"infringer-profit","amount":6000000,"punitiveMultiple":5,"expenses":400000}"#
            let assessed = try await client.send(.post, "/api/v1/damages/assess", as: .judge, json: claim)
            #expect(assessed.status == .ok)
            #expect(assessed.json["total"] as? Double == 30_400_000)
            #expect(assessed.json["formula"] as? String == "multiple")
            #expect((assessed.json["steps"] as? [[String: Any]])?.count == 5)
            #expect((assessed.json["source"] as? [String: Any])?["articleEn"] as? String == "Art. 22")
            // Amounts keep their fen through JSON.
            let fen = try await client.send(.post, "/api/v1/damages/assess", as: .judge,
                                            json: #"{"law":"patent","basis":"licence-fee","amount":123456.78,"licenceMultiple":2.5,"punitiveMultiple":3,"punitiveFormula":"additive","expenses":9999.99}"#)
            #expect(fen.text.contains("\"total\":1244567.79"), "\(fen.text)")

            #expect(try await client.send(.post, "/api/v1/damages/assess", as: .clerk, json: claim).status == .forbidden)
            #expect(try await client.send(.post, "/api/v1/damages/assess", json: claim).status == .unauthorized)
            let refused = try await client.send(.post, "/api/v1/damages/assess", as: .judge,
                                                json: #"{"law":"patent","basis":"statutory","amount":100000,"punitiveMultiple":2}"#)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.json["field"] as? String == "punitiveMultiple")
            let unknownLaw = try await client.send(.post, "/api/v1/damages/assess", as: .judge, json: #"{"law":"tort","basis":"statutory","amount":1}"#)
            #expect(unknownLaw.status == .unprocessableContent)
            #expect(unknownLaw.json["field"] as? String == "law")

            _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase)
            let recorded = try await client.send(.post, "/api/v1/cases/1/damages", as: .judge, json: claim)
            #expect(recorded.status == .created)
            #expect(recorded.headers[.location] == "/api/v1/cases/1/damages")
            #expect(try await client.send(.post, "/api/v1/cases/1/damages", as: .judge,
                                          json: #"{"law":"patent","basis":"statutory","amount":1}"#).status == .unprocessableContent)
            #expect(try await client.send(.post, "/api/v1/cases/9/damages", as: .judge, json: claim).status == .notFound)
            let list = try await client.send(.get, "/api/v1/cases/1/damages", as: .clerk)
            #expect((list.json["assessments"] as? [[String: Any]])?.count == 1)
        }
    }

    static func application(stage: String = "duringLitigation", caseIds: String = "[1]") -> String {
        #"""
        {"stage":"\#(stage)","caseIds":\#(caseIds),"application":{"applicant":"深圳某通信技术有限公司","respondent":"Example Networks Inc.",
         "respondentKind":"organisation","measures":"在终审判决前不得申请执行域外判决","securityAmount":5000000,"securityForm":"保证金",
         "urgent":true,"reasons":"域外判决即将执行","receivedAt":"2024-03-05T02:00:00Z"}}
        """#
    }

    @Test("preservation through the API: filed, ruled, breached and fined")
    func preservation() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase)
            let filed = try await client.send(.post, "/api/v1/preservation", as: .clerk, json: Self.application())
            #expect(filed.status == .created)
            #expect(filed.headers[.location] == "/api/v1/preservation/1")
            #expect(filed.json["caseNumber"] as? String == "（2024）最高法知民终1号")
            let pending = try await client.send(.get, "/api/v1/preservation?status=pending", as: .judge)
            #expect((pending.json["matters"] as? [[String: Any]])?.count == 1)

            let fine = #"{"perDay":1000000,"startsOn":"2024-03-05","trigger":"fromBreach"}"#
            #expect(try await client.send(.post, "/api/v1/preservation/1/ruling", as: .clerk,
                                          json: #"{"outcome":"granted","ordered":"不得申请执行","dailyFine":\#(fine)}"#).status == .forbidden)
            let tooHigh = try await client.send(.post, "/api/v1/preservation/1/ruling", as: .judge,
                                                json: #"{"outcome":"granted","ordered":"不得申请执行","dailyFine":{"perDay":1000001,"startsOn":"2024-03-05","trigger":"fromBreach"}}"#)
            #expect(tooHigh.status == .unprocessableContent)
            #expect(tooHigh.json["field"] as? String == "dailyFine.perDay")
            let ruled = try await client.send(.post, "/api/v1/preservation/1/ruling", as: .judge,
                                              json: #"{"outcome":"granted","ordered":"不得申请执行","dailyFine":\#(fine)}"#)
            #expect(ruled.status == .ok)
            #expect((ruled.json["ruling"] as? [String: Any])?["number"] as? String == "（2024）最高法知民终1号之一")
            let again = try await client.send(.post, "/api/v1/preservation/1/ruling", as: .judge, json: #"{"outcome":"refused","ordered":""}"#)
            #expect(again.status == .conflict)

            let breach = try await client.send(.post, "/api/v1/preservation/1/reports", as: .clerk,
                                               json: #"{"kind":"breach","on":"2024-03-05","details":"已申请执行","reportedBy":"深圳某通信技术有限公司"}"#)
            #expect(breach.status == .ok)
            let statement = try await client.send(.get, "/api/v1/preservation/1/fine-statement?asOf=2024-03-07", as: .judge)
            #expect(statement.status == .ok)
            #expect(statement.json["days"] as? Int == 3)
            #expect(statement.json["total"] as? Double == 3_000_000)
            let badDate = try await client.send(.get, "/api/v1/preservation/1/fine-statement?asOf=2024-02-30", as: .judge)
            #expect(badDate.status == .badRequest || badDate.status == .unprocessableContent)
            #expect(badDate.json["field"] as? String == "asOf")

            let byCase = try await client.send(.get, "/api/v1/cases/1/preservation", as: .clerk)
            #expect((byCase.json["matters"] as? [[String: Any]])?.count == 1)
            #expect(try await client.send(.get, "/api/v1/preservation/7", as: .clerk).status == .notFound)
        }
    }

    @Test("a refused application writes nothing and names the field")
    func refusedApplication() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let noCase = try await client.send(.post, "/api/v1/preservation", as: .clerk, json: Self.application(caseIds: "[5]"))
            #expect(noCase.status == .notFound)
            #expect(noCase.json["field"] as? String == "caseIds[0]")
            let beforeWithCase = try await client.send(.post, "/api/v1/preservation", as: .clerk, json: Self.application(stage: "beforeLitigation"))
            #expect(beforeWithCase.status == .unprocessableContent)
            #expect(beforeWithCase.json["field"] as? String == "caseIds")
            let before = try await client.send(.post, "/api/v1/preservation", as: .clerk, json: Self.application(stage: "beforeLitigation", caseIds: "[]"))
            #expect(before.json["caseNumber"] as? String == "（2024）最高法行保1号")
        }
        #expect(try await harness.sql.count(sql: "SELECT COUNT(*) FROM preservationMatter") == 1)
    }

    @Test("hearings through the API: a courtroom, a booking, a clash refused with 409, the calendar; statistics for leaders")
    func hearingsAndStatistics() async throws {
        let harness = try await APITestHarness()
        let panel = try String(decoding: JSONEncoder().encode(harness.panel), as: UTF8.self)
        let judges = harness.panel.allJudgeIds.map(Int.init)
        try await harness.test { client in
            _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase)
            _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase)
            for id in [1, 2] { _ = try await client.send(.put, "/api/v1/cases/\(id)/panel", as: .presidingJudge, json: panel) }
            #expect(try await client.send(.post, "/api/v1/courtrooms", as: .clerk, json: #"{"nameZh":"第一法庭","nameEn":"Courtroom 1"}"#).status == .forbidden)
            let room = try await client.send(.post, "/api/v1/courtrooms", as: .admin, json: #"{"nameZh":"第一法庭","nameEn":"Courtroom 1"}"#)
            #expect(room.status == .created)
            let booking = #"{"mode":"inPerson","courtroomId":1,"startsAt":"2024-03-11T01:00:00Z","endsAt":"2024-03-11T03:00:00Z","isPublic":true}"#
            let booked = try await client.send(.post, "/api/v1/cases/1/hearings", as: .clerk, json: booking)
            #expect(booked.status == .created)
            #expect(booked.json["judgeIds"] as? [Int] == judges)
            let clash = try await client.send(.post, "/api/v1/cases/2/hearings", as: .clerk, json: booking)
            #expect(clash.status == .conflict)
            #expect(clash.json["field"] as? String == "judgeIds")
            let tooSoon = try await client.send(.post, "/api/v1/cases/2/hearings", as: .clerk,
                                                json: #"{"mode":"online","startsAt":"2024-03-06T01:00:00Z","endsAt":"2024-03-06T03:00:00Z","isPublic":false}"#)
            #expect(tooSoon.status == .unprocessableContent)
            #expect(tooSoon.json["field"] as? String == "startsAt")
            let week = try await client.send(.get, "/api/v1/hearings?from=2024-03-11&through=2024-03-17&courtroom=1", as: .judge)
            #expect((week.json["hearings"] as? [[String: Any]])?.count == 1)

            #expect(try await client.send(.get, "/api/v1/statistics?year=2024", as: .clerk).status == .forbidden)
            let figures = try await client.send(.get, "/api/v1/statistics?year=2024", as: .courtLeader)
            #expect(figures.status == .ok)
            #expect((figures.json["current"] as? [String: Any])?["new"] as? Int == 2)
        }
    }
}
