import Foundation
import Testing
@testable import TribunalCore

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
        ("（2019）最高法知刑终562号", .unknownTypeCode("知刑终")),
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
