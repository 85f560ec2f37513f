import Foundation
import Testing
@testable import TribunalKernel
@testable import Accounts
@testable import Docket
@testable import Judgments
@testable import PublicPortal

@Suite("Case numbers")
struct CaseNumberTests {
    @Test("Real Tribunal numbers parse and format canonically", arguments: [
        ("（2019）最高法知民终562号", 2019, "知民终", [562], nil as Int?),
        ("（2020）最高法知民辖终517号", 2020, "知民辖终", [517], nil),
        ("（2021）最高法知行终93号", 2021, "知行终", [93], nil),
        ("（2019）最高法知民终732、733、734号之一", 2019, "知民终", [732, 733, 734], 1),
        ("（2022）最高法知民再12号之二十一", 2022, "知民再", [12], 21),
    ])
    func parsesRealNumbers(text: String, year: Int, type: String, sequences: [Int], suffix: Int?) throws {
        // MUT
        let number = try CaseNumber(parsing: text)
        // validate
        #expect(number.year == year)
        #expect(number.courtCode == "最高法")
        #expect(number.typeCode == type)
        #expect(number.sequences == sequences)
        #expect(number.suffix == suffix)
        #expect(number.canonical == text)
        #expect(number.isTribunalNumber)
    }

    @Test("What people type is accepted", arguments: [
        "(2019)最高法知民终562号",
        " （ 2019 ） 最高法 知民终 562 号 ",
        "〔2019〕最高法知民终562号",
        "[2019]最高法知民终５６２号",
        "（２０１９）最高法知民终562号",
    ])
    func acceptsTypedSpellings(text: String) throws {
        #expect(try CaseNumber(parsing: text).canonical == "（2019）最高法知民终562号")
    }

    @Test("Lower courts' numbers are parsed and kept")
    func lowerCourtNumbers() throws {
        let number = try CaseNumber(parsing: "(2017)粤73民初2163号")
        #expect(number.courtCode == "粤73")
        #expect(number.typeCode == "民初")
        #expect(number.canonical == "（2017）粤73民初2163号")
        #expect(!number.isTribunalNumber)
        #expect(number.tribunalCaseType == nil)
        #expect(try CaseNumber(parsing: "（2018）苏01民初3305号").courtCode == "苏01")
        #expect(try CaseNumber(parsing: "（2019）京73行初1234号").typeCode == "行初")
    }

    @Test("Malformed numbers are refused with the reason", arguments: [
        ("", CaseNumberError.empty),
        ("2019最高法知民终562号", .missingYear),
        ("（19）最高法知民终562号", .missingYear),
        ("（1900）最高法知民终562号", .yearOutOfRange(1900)),
        ("（2019）最高院知民终562号", .missingCourtCode),
        ("（2019）最高法知执562号", .unknownTypeCode("知执")),
        ("（2019）最高法知民X562号", .unknownTypeCode("知民X")),
        ("（2019）京01知财保1号", .unknownTypeCode("知财保")),
        ("（2019）京01知民督1号", .unknownTypeCode("知民督")),
        ("（2019）京01知刑核1号", .unknownTypeCode("知刑核")),
        ("（2019）京123民初1号", .missingCourtCode),
        ("（2019）京0108X民初1号", .unknownTypeCode("X民初")),
        ("（2019）港01民初1号", .missingCourtCode),
        ("（2019）粤73海商初1号", .unknownTypeCode("海商初")),
        ("（2019）最高法知民终号", .missingSequence),
        ("（2019）最高法知民终562", .missingHao),
        ("（2019）最高法知民终562、562号", .duplicateSequence(562)),
        ("（2019）最高法知民终562号之零", .invalidSuffix("之零")),
        ("（2019）最高法知民终562号附件", .unexpectedText("附件")),
        ("（2019）最高法知民终0号", .invalidSequence("0")),
    ])
    func refusesMalformed(text: String, expected: CaseNumberError) {
        #expect(throws: expected) { try CaseNumber(parsing: text) }
        #expect(!expected.description.isEmpty)
    }

    @Test("Numbers of every court the Tribunal meets: the SPC's chambers, high, intermediate, specialised and basic courts", arguments: [
        // (number, court code, level, type code, the Tribunal's own type?)
        ("（2024）最高法知民复3号", "最高法", CaseNumber.CourtLevel.supreme, "知民复", false),
        ("（2019）最高法民申3502号", "最高法", .supreme, "民申", false),
        ("（2017）最高法行申2779号", "最高法", .supreme, "行申", false),
        ("（2020）最高法执监12号", "最高法", .supreme, "执监", false),
        ("（2019）最高法知行终45号", "最高法", .supreme, "知行终", true),
        ("（2018）京民终165号", "京", .high, "民终", false),
        ("（2021）川知民终714号", "川", .high, "知民终", false),
        ("（2016）豫行终524号", "豫", .high, "行终", false),
        ("（2018）内民终12号", "内", .high, "民终", false),
        ("（2021）藏民终3号", "藏", .high, "民终", false),
        ("（2018）青民终8号", "青", .high, "民终", false),
        ("（2022）琼知民终21号", "琼", .high, "知民终", false),
        ("（2017）粤73民初2163号", "粤73", .intermediate, "民初", false),
        ("（2019）京73行初1234号", "京73", .intermediate, "行初", false),
        ("（2022）琼73知民初1号", "琼73", .intermediate, "知民初", false),
        ("（2020）沪74民初1号", "沪74", .intermediate, "民初", false),
        ("（2019）沪73知民初55号", "沪73", .intermediate, "知民初", false),
        ("（2019）苏05民初1234号", "苏05", .intermediate, "民初", false),
        ("（2021）浙01知民初123号", "浙01", .intermediate, "知民初", false),
        ("（2020）新01民初7号", "新01", .intermediate, "民初", false),
        ("（2022）云01知民初9号", "云01", .intermediate, "知民初", false),
        ("（2020）黔01民初45号", "黔01", .intermediate, "民初", false),
        ("（2019）甘01民初6号", "甘01", .intermediate, "民初", false),
        ("（2019）宁01民初2号", "宁01", .intermediate, "民初", false),
        ("（2020）陕01知民初10号", "陕01", .intermediate, "知民初", false),
        ("（2021）渝01民初88号", "渝01", .intermediate, "民初", false),
        ("（2019）津03知民初1号", "津03", .intermediate, "知民初", false),
        ("（2020）冀01知民初3号", "冀01", .intermediate, "知民初", false),
        ("（2018）晋01民初77号", "晋01", .intermediate, "民初", false),
        ("（2019）辽01知民初4号", "辽01", .intermediate, "知民初", false),
        ("（2020）吉01民初5号", "吉01", .intermediate, "民初", false),
        ("（2021）黑01知民初6号", "黑01", .intermediate, "知民初", false),
        ("（2019）皖01民初700号", "皖01", .intermediate, "民初", false),
        ("（2020）闽01民初8号", "闽01", .intermediate, "民初", false),
        ("（2019）赣01民初9号", "赣01", .intermediate, "民初", false),
        ("（2018）鲁02民初10号", "鲁02", .intermediate, "民初", false),
        ("（2019）鄂01知民初11号", "鄂01", .intermediate, "知民初", false),
        ("（2020）湘01知民初12号", "湘01", .intermediate, "知民初", false),
        ("（2019）桂01民初13号", "桂01", .intermediate, "民初", false),
        ("（2020）京73行保1号", "京73", .intermediate, "行保", false),
        ("（2021）粤73财保2号", "粤73", .intermediate, "财保", false),
        ("（2019）京73执1号", "京73", .intermediate, "执", false),
        ("（2020）沪0115民初1234号", "沪0115", .basic, "民初", false),
        ("（2019）京0108民初12345号", "京0108", .basic, "民初", false),
        ("（2021）浙0192知民初7号", "浙0192", .basic, "知民初", false),
    ] as [(String, String, CaseNumber.CourtLevel, String, Bool)])
    func everyCourt(text: String, court: String, level: CaseNumber.CourtLevel, type: String, tribunal: Bool) throws {
        let number = try CaseNumber(parsing: text)
        #expect(number.courtCode == court)
        #expect(number.courtLevel == level)
        #expect(number.typeCode == type)
        #expect(number.isTribunalNumber == tribunal, "only the Tribunal's own types are allocated")
        #expect(number.canonical == text)
        #expect(number.isIntellectualProperty == type.hasPrefix("知"))
    }

    @Test("Chinese numerals round-trip from 1 to 99")
    func numerals() {
        for n in 1...99 {
            #expect(ChineseNumeral.parse(Substring(ChineseNumeral.format(n))) == n)
        }
        #expect(ChineseNumeral.format(21) == "二十一")
        #expect(ChineseNumeral.parse("一十") == nil)
    }

    @Test("Codable uses the canonical spelling")
    func codable() throws {
        let number = CaseNumber(year: 2024, type: .civilAppeal, sequence: 7)
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == "[\"（2024）最高法知民终7号\"]")
        #expect(try JSONDecoder().decode([CaseNumber].self, from: data) == [number])
    }

    @Test("The characters parsing passes without NFKC are exactly ones that NFKC leaves alone")
    func compatibilityStableCharacters() {
        // Every scalar of the ranges the shortcut accepts, and the neighbours it must refuse.
        let candidates = (0x00...0x7F).map { $0 } + (0x3000...0x303F).map { $0 } + (0x4DC0...0xA000).map { $0 }
            + (0xFF00...0xFF65).map { $0 } + [0x0301, 0x00A0, 0x2002, 0x2F00, 0xFE5D, 0xF900]
        for value in candidates {
            let text = String(Unicode.Scalar(value)!)
            if CaseNumber.isCompatibilityStable(text) {
                #expect(text.precomposedStringWithCompatibilityMapping.unicodeScalars.map(\.value) == [UInt32(value)],
                        "U+\(String(value, radix: 16)) is taken as stable but NFKC changes it")
            }
        }
        #expect(CaseNumber.isCompatibilityStable("(2019)最高法知民终562号"))
        #expect(!CaseNumber.isCompatibilityStable("（2019）最高法知民终562号"))
        #expect(!CaseNumber.isCompatibilityStable("(2019)\u{3000}最高法"))
    }

    @Test("Full-width, spaced and bracketed spellings parse alike", arguments: [
        "(2019)最高法知民终562号", "（２０１９）最高法知民终５６２号", "〔2019〕最高法知民终562号",
        "【2019】 最高法 知民终 562 号", "(2019)\u{3000}最高法知民终562号", "［2019］最高法知民终５６２号",
    ])
    func spellings(text: String) throws {
        #expect(try CaseNumber(parsing: text).canonical == "（2019）最高法知民终562号")
    }
}
