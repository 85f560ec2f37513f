import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
@testable import SearchEngine
@testable import JudgmentSearch

@Suite("Query parser")
struct QueryParserTests {
    @Test("Terms, phrases, exclusions and OR", arguments: [
        ("专利 侵权", SearchQuery.all([.text("专利"), .text("侵权")])),
        ("\"等同 侵权\" 赔偿", .all([.phrase("等同 侵权"), .text("赔偿")])),
        ("专利 -外观", .all([.text("专利"), .not(.text("外观"))])),
        ("发明 OR 实用新型 侵权", .all([.any([.text("发明"), .text("实用新型")]), .text("侵权")])),
        ("infringement", .text("infringement")),
        ("a OR b OR c", .any([.text("a"), .text("b"), .text("c")])),
        ("\"unclosed phrase", .phrase("unclosed phrase")),
        ("原告：某公司", .text("原告:某公司")),
    ])
    func basics(input: String, expected: SearchQuery) throws {
        #expect(try SearchQuery(parsing: input) == expected)
    }

    @Test("Fields are recognised and their values normalised", arguments: [
        ("year:2020", SearchQuery.field(.year, "2020")),
        ("type:知行终", .field(.type, "知行终")),
        ("cause:technicalSecret", .field(.cause, "technicalSecret")),
        ("cause:侵害技术秘密纠纷", .field(.cause, "technicalSecret")),
        ("court:粤73", .field(.court, "粤73")),
        ("court:广州知识产权法院", .field(.court, "粤73")),
        ("party:\"华为 技术\"", .field(.party, "华为 技术")),
        ("-judge:张三", .not(.field(.judge, "张三"))),
        ("patent:ZL201510123456.7", .field(.patent, "ZL201510123456.7")),
    ])
    func fields(input: String, expected: SearchQuery) throws {
        let parsed = try SearchQuery(parsing: input + " 专利")
        #expect(parsed == .all([expected, .text("专利")]))
    }

    @Test("A case number in any spelling becomes a case: clause", arguments: [
        "（2019）最高法知民终562号", "(2019)最高法知民终562号", "( 2019 ) 最高法 知民终 562 号", "case:(2019)最高法知民终562号",
    ])
    func caseNumbers(input: String) throws {
        #expect(try SearchQuery(parsing: input) == .field(.caseNumber, "（2019）最高法知民终562号"))
    }

    @Test("A case number beside other terms")
    func caseNumberWithTerms() throws {
        #expect(try SearchQuery(parsing: "等同 (2019)最高法知民终562号") == .all([.text("等同"), .field(.caseNumber, "（2019）最高法知民终562号")]))
    }

    @Test("Bad queries are refused with the reason", arguments: [
        ("", SearchQueryError.empty),
        ("   ", .empty),
        ("-专利", .onlyExclusions),
        ("year:19", .invalidFieldValue(.year, "19", "a year is four digits, 2019 or later")),
    ])
    func refused(input: String, expected: SearchQueryError) {
        #expect(throws: expected) { try SearchQuery(parsing: input) }
        #expect(expected.field == "q")
    }

    @Test("Unknown values for closed vocabularies name the field")
    func vocabularies() {
        for input in ["type:民初", "cause:murder", "court:火星法院", "case:(2019)最高法知民终号"] {
            let error = #expect(throws: SearchQueryError.self) { try SearchQuery(parsing: input) }
            #expect(error?.reason.hasPrefix(input.split(separator: ":")[0] + ":") == true, "\(input)")
        }
    }
}
