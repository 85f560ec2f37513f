import Testing
@testable import TribunalKernel
@testable import Accounts
@testable import Docket
@testable import Judgments
@testable import PublicPortal

@Suite("Courts")
struct CourtTests {
    @Test("The shipped directory has the Tribunal and the IP courts")
    func directory() throws {
        let courts = CourtDirectory.official
        #expect(courts.tribunal.code == "最高法")
        #expect(courts.court(code: "粤73")?.en == "Guangzhou Intellectual Property Court")
        #expect(courts.court(code: "琼73")?.zh == "海南自由贸易港知识产权法院")
        #expect(courts.court(code: "京73")?.hearsPatentValidityCases == true)
        #expect(courts.originCourts.count >= 20)
        // Every code parses as the court of a case number.
        for court in courts.originCourts {
            #expect(try CaseNumber(parsing: "（2020）\(court.code)民初1号").courtCode == court.code)
        }
    }
}

@Suite("Decisions under appeal or review")
struct OriginDecisionTests {
    static func draft(_ type: TribunalCaseType, origin number: String, kind: OriginDecision.Kind = .judgment) throws -> NewCase {
        let parsed = try CaseNumber(parsing: number)
        var draft = Fixtures.appeal()
        draft.type = type
        draft.origin = OriginDecision(courtCode: parsed.courtCode, caseNumber: parsed, decidedOn: Fixtures.date("2023-06-01"), kind: kind)
        if type.reviewsFinalDecision {
            draft.parties = [Party(role: .retrialApplicant, kind: .organisation, name: "深圳某通信技术有限公司"),
                             Party(role: .respondent, kind: .organisation, name: "某某科技有限公司")]
        }
        return draft
    }

    @Test("Appeals come from first-instance courts; retrial review may reach any final decision, the SPC's own included", arguments: [
        (TribunalCaseType.civilAppeal, "（2023）粤73知民初101号", true),
        (.civilAppeal, "（2023）京知民初3号", true),
        (.civilAppeal, "（2023）京0108民初12号", false),
        (.civilAppeal, "（2023）最高法知民终12号", false),
        (.civilAppeal, "（2023）渝05民初9号", false),
        (.civilRetrialReview, "（2018）京民终165号", true),
        (.civilRetrialReview, "（2022）最高法知民终1001号", true),
        (.civilRetrialReview, "（2022）渝05民终9号", false),
        (.civilRetrialReview, "（2022）粤73知民初9号", true),
        (.civilRetrialReview, "（2022）京0108民初12号", false),
    ] as [(TribunalCaseType, String, Bool)])
    func origins(type: TribunalCaseType, number: String, accepted: Bool) throws {
        let draft = try Self.draft(type, origin: number)
        if accepted {
            try draft.validate()
        } else {
            #expect(throws: InvalidValue.self) { try draft.validate() }
        }
    }

    @Test("An origin's number must be its court's")
    func numberOfAnotherCourt() throws {
        var draft = Fixtures.appeal()
        draft.origin?.courtCode = "京73"
        #expect(throws: InvalidValue(field: "origin.caseNumber", "（2023）粤73知民初101号 is not a number of the court 京73")) { try draft.validate() }
    }
}
