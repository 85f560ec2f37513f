import Foundation
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import TribunalDemo
@testable import SearchEngine
@testable import JudgmentSearch

/// The analyzer's shortcuts against the plain definitions they stand in for.
@Suite("Analyzer: shortcuts give what the plain definitions give")
struct AnalyzerEquivalenceTests {
    /// Normalisation as defined: every grapheme cluster NFKC-normalised and lower-cased on its own.
    static func normalizedByClusters(_ text: String) -> [Analyzer.Unit] {
        var units: [Analyzer.Unit] = []
        var offset = 0
        for character in text {
            let range = offset..<(offset + character.utf8.count)
            offset = range.upperBound
            if character.isASCII {
                var scalar = character.unicodeScalars.first!
                if ("A"..."Z").contains(scalar) { scalar = Unicode.Scalar(scalar.value + 32)! }
                units.append(Analyzer.Unit(scalar: scalar, utf8Range: range))
                continue
            }
            for scalar in String(character).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
                units.append(Analyzer.Unit(scalar: scalar, utf8Range: range))
            }
        }
        return units
    }

    /// Pieces that join, extend, prepend or expand next to ones that stand alone.
    static let pieces: [String] = [
        "专利", "法院", "a", "Z", "7", " ", "\r", "\n", "\r\n", "，", "。", "（", "）", "《", "》", "“", "”", "…", "—", "、",
        "\u{301}", "e\u{301}", "\u{200D}", "\u{200C}", "👨\u{200D}👩", "🇨🇳", "🇨", "\u{FE0F}", "漢\u{FE00}", "\u{302A}",
        "ｶﾞ", "ﾞ", "\u{FF9F}", "ＡＢＣ１２３", "①", "㈱", "ﬁ", "ß", "İ", "\u{0600}1", "\u{0600}", "각", "\u{1100}\u{1161}",
        "\u{1161}", "\u{20E3}", "1\u{FE0F}\u{20E3}", "\u{3000}", "\u{3099}", "が", "ｱ", "Ω", "\u{2028}", "\u{2060}", "𠀀",
    ]

    @Test("Normalisation by scalars where nothing can join them equals normalisation cluster by cluster")
    func normalizationByScalars() {
        var random = SeededGenerator(seed: 2026)
        var texts = Self.pieces + ["被诉侵权技术方案落入保护范围。Patent Law Art. 65，ZL201510123456.7"]
        for _ in 0..<3_000 {
            texts.append((0..<Int.random(in: 1...12, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined())
        }
        for text in texts {
            // MUT
            let units = Analyzer.normalize(text)
            // validate
            let expected = Self.normalizedByClusters(text)
            #expect(units.map(\.scalar) == expected.map(\.scalar), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(units.map(\.utf8Range) == expected.map(\.utf8Range), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("Every punctuation mark and full-width form folds as its own cluster would")
    func foldedPunctuation() {
        // The scalars whose folding is worked out once, and their neighbours, between Han text.
        let values = Array(0x2000...0x2070) + Array(0x3000...0x3040) + Array(0xFF00...0xFFA0)
        for value in values {
            let text = "专利" + String(Unicode.Scalar(UInt32(value))!) + "法院"
            #expect(Analyzer.normalize(text).map(\.scalar) == Self.normalizedByClusters(text).map(\.scalar),
                    "U+\(String(value, radix: 16))")
        }
    }

    @Test("A window runs only the patterns whose clues it holds, and finds what all the patterns find")
    func cluesLoseNoEntity() {
        // setup: entities among dates, sums and near misses, in both languages and in odd spellings
        let pieces = [
            "（2019）最高法知民终562号", "(2020) 粤73民初 12、13 号之一", "〔2021〕京 0101 民初 9 号", "【2018】最高法知行终1号",
            "ZL201510123456.7", "zl 201510123456 . x", "CN1234567A", "cn 123456789 u", "20151012.3", "201510123456.7",
            "专利法第六十五条", "《中华人民共和国反不正当竞争法》第九条", "§专利法65", "Patent Law Art. 65", "the Civil Code, article 1185",
            "2019年3月1日", "100万元", "第3项", "第十二条", "号码", "（注）", "ART", "zl", "cn", "12345678", "1234567.", " ", "，", "。",
            "①", "٣", "١٢٣٤٥٦٧٨.٩", "ZL٢٠١٥١٠١٢٣٤٥٦.٧",
        ]
        var random = SeededGenerator(seed: 91)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let units = Analyzer.normalize(text)
            // MUT
            let found = EntityRecognizer.entities(in: units)
            // validate
            let everyPattern = EntityRecognizer.entities(in: units, ignoringClues: true)
            #expect(found.map(\.units) == everyPattern.map(\.units), "\(text)")
            #expect(found.map(\.text) == everyPattern.map(\.text), "\(text)")
        }
    }
}
