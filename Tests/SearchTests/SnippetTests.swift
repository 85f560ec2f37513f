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

@Suite("Snippets")
struct SnippetTests {
    @Test("The phrase's overlapping bigrams make one mark; the text is escaped")
    func phraseMark() {
        let html = Snippet.html(["<b>被诉侵权技术方案落入涉案专利权的保护范围。"], marking: ["保护", "护范", "范围"])
        #expect(html == "&lt;b&gt;被诉侵权技术方案落入涉案专利权的<mark>保护范围</mark>。")
    }

    @Test("A stemmed English term is marked in its inflected form, case kept")
    func stemmed() {
        let html = Snippet.html(["The accused product Infringes the patent."], marking: ["infring"])
        #expect(html.contains("<mark>Infringes</mark>"))
    }

    @Test("A long text gives a window around the first match, with ellipses")
    func window() {
        let text = String(repeating: "前文。", count: 200) + "赔偿数额" + String(repeating: "后文。", count: 200)
        let html = Snippet.html([text], marking: ["赔偿"])
        #expect(html.hasPrefix("…"))
        #expect(html.hasSuffix("…"))
        #expect(html.contains("<mark>赔偿</mark>"))
        #expect(html.count < 140)
    }

    @Test("A statute token (no literal form) is still found and marked")
    func statute() {
        let html = Snippet.html(["依照《中华人民共和国专利法》第六十五条，赔偿数额并无不当。"], marking: ["§专利法65"])
        #expect(html.contains("<mark>"))
        #expect(html.contains("第六十五条</mark>"))
    }

    @Test("No match anywhere: the opening, unmarked")
    func opening() {
        #expect(Snippet.html(["", "驳回上诉，维持原判。"], marking: ["垄断"]) == "驳回上诉，维持原判。")
    }

    @Test("The first occurrence among the bytes is the one Foundation's case-insensitive search finds")
    func firstOccurrence() {
        // setup: judgment-like text in both languages and both cases, terms the analyzer makes of
        // it, and terms that are not in it
        var random = SeededGenerator(seed: 31)
        let pieces = ["被诉侵权", "技术方案", "落入", "保护范围。", "The Accused PRODUCT ", "infringes ", "Patent Law Art. 65, ",
                      "ZL201510123456.7", "（2019）最高法知民终562号", "赔偿数额", "500,000 yuan", " SCOPE of protection", "Café ", "STRASSE "]
        let analyzer = Analyzer(mode: .index)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let tokens = analyzer.tokens(text).map(\.text).filter { !$0.hasPrefix("§") }
            let terms = (0..<3).map { _ in tokens.randomElement(using: &random)! } + ["垄断", "café", "strasse", "x"]
            // MUT
            let found = Snippet.firstOccurrence(of: terms, in: text)
            // validate
            let expected = terms.compactMap { text.range(of: $0, options: [.caseInsensitive]) }.map(\.lowerBound).min()
            #expect(found.map { text.utf8.distance(from: text.startIndex, to: $0) } == expected.map { text.utf8.distance(from: text.startIndex, to: $0) },
                    "\(text) \(terms)")
        }
    }
}
