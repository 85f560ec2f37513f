import Testing
@testable import TribunalCore

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
