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

@Suite("Search index: frequent phrases kept ready")
struct FrequentPhraseTests {
    /// Judgments with the phrases of a patent judgment in their title, holding and body, some
    /// more than once, some only near-missed (保护的范围), a few without them; every third translated.
    static func judgments(_ ids: ClosedRange<Int64>, seed: UInt64) -> [[SearchDocument]] {
        var random = SeededGenerator(seed: seed)
        let phrases = ["保护范围", "技术特征", "经济损失", "发明专利", "现有技术"]
        return ids.map { id in
            let number = "（\(2019 + id % 4)）最高法知民终\(id)号"
            var body = ""
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                switch Int.random(in: 0..<5, using: &random) {
                case 0: body += "保护的范围，"
                case 1: body += "技术的特征与经济的损失。"
                default: body += "被诉技术方案包含" + phrases.randomElement(using: &random)! + "。"
                }
            }
            let holding = id % 4 == 0 ? "" : "落入专利权的保护范围，赔偿经济损失。"
            let title = id % 5 == 0 ? "侵害发明专利权纠纷" : "专利合同纠纷"
            var documents = [SearchIndexTests.document(id, number, title: title, holding: holding, body: body,
                                                       parties: id % 2 == 0 ? "上诉人：甲公司" : "上诉人：乙公司",
                                                       cause: id % 3 == 0 ? .technicalSecret : .inventionPatentInfringement,
                                                       decidedOn: "\(2019 + id % 4)-0\(1 + id % 9)-1\(id % 9)")]
            if id % 3 == 0 {
                let en = String(repeating: "The scope of protection of the invention patent. ", count: Int(id % 3) + 1)
                documents.append(SearchIndexTests.document(id, number, language: "en", body: en + "Damages for economic loss."))
            }
            return documents
        }
    }

    static let queries = [
        "保护范围", "技术特征", "经济损失 专利", "发明专利 OR 现有技术", "\"scope of protection\"", "\"invention patent\"",
        "保护范围 -技术特征", "party:甲公司 保护范围", "范围", "保护范围 year:2020",
    ]

    /// What `index` answers to every query, sorted both ways, matched against `reference`.
    static func expectSameAnswers(_ index: SearchIndex, _ reference: SearchIndex, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for query in queries {
            for sort in SearchRequest.Sort.allCases {
                for (limit, offset) in [(10, 0), (20, 15)] {
                    let request = SearchRequest(query: try SearchQuery(parsing: query), sort: sort, limit: limit, offset: offset)
                    let actual = try index.search(request), expected = try reference.search(request)
                    #expect(actual.total == expected.total, "\(query)", sourceLocation: sourceLocation)
                    #expect(actual.facets == expected.facets, "\(query)", sourceLocation: sourceLocation)
                    #expect(actual.judgments.map(\.judgmentId) == expected.judgments.map(\.judgmentId), "\(query) \(sort)", sourceLocation: sourceLocation)
                    for (a, b) in zip(actual.judgments, expected.judgments) {
                        #expect(abs(a.score - b.score) <= 1e-4 * max(1, abs(b.score)), "\(query)", sourceLocation: sourceLocation)
                    }
                }
            }
        }
    }

    static func index(of judgments: [[SearchDocument]]) -> SearchIndex {
        var index = SearchIndex()
        index.frequentPhraseThreshold = 0
        index.replace(analyzing: judgments.flatMap { $0 })
        return index
    }

    @Test("Kept phrases answer every query exactly as the terms' positions do, bounded or exact, in partitions")
    func keptEqualsPositions() throws {
        // setup
        let plain = Self.index(of: Self.judgments(1...240, seed: 7))
        var kept = plain
        // English documents are a third of the documents: a lower share keeps their phrases too.
        // The documents are short and much alike, so that their phrases take more bytes than
        // the budget gives; `budget()` tests the budget.
        kept.frequentPhraseShare = 0.1
        kept.frequentPhraseBudget = 10
        // MUT
        kept.indexFrequentPhrases()
        // validate
        #expect(kept.statistics.frequentPhrases > 10)
        for phrase in ["保护范围", "技术特征", "经济损失", "发明专利", "现有技术"] {
            #expect(kept.frequentPhrase(Analyzer(mode: .query).tokens(phrase).map(\.text)) != nil, "\(phrase) is kept")
        }
        #expect(kept.frequentPhrase(Analyzer(mode: .query).tokens("scope of protection").map(\.text)) != nil)
        try Self.expectSameAnswers(kept, plain)
        var exact = plain, keptExact = kept
        exact.boundsPhraseScores = false
        keptExact.boundsPhraseScores = false
        try Self.expectSameAnswers(keptExact, exact)
        var partitioned = kept
        partitioned.partitionThreshold = 0
        partitioned.partitionCount = 3
        try Self.expectSameAnswers(partitioned, plain)
    }

    @Test("Judgments added, replaced and removed after the phrases were chosen are found as if they had been there")
    func keptPhrasesFollowChanges() throws {
        // setup
        var plain = Self.index(of: Self.judgments(1...200, seed: 11))
        var kept = plain
        kept.indexFrequentPhrases()
        let before = kept.statistics.frequentPhrases
        let later = Self.judgments(201...260, seed: 12), replacements = Self.judgments(1...30, seed: 13)
        // MUT
        for index in [0, 1] {
            var target = index == 0 ? plain : kept
            target.replace(analyzing: later.flatMap { $0 })
            for documents in replacements { target.replace(judgmentId: documents[0].judgmentId, with: documents) }
            target.remove(judgmentId: 40)
            if index == 0 { plain = target } else { kept = target }
        }
        // validate
        #expect(kept.statistics.frequentPhrases == before)
        try Self.expectSameAnswers(kept, plain)
        #expect(try kept.matchingJudgmentIds(try SearchQuery(parsing: "保护范围")).contains(40) == false)
    }

    @Test("A snapshot keeps the phrases and what they found")
    func snapshotKeepsPhrases() throws {
        // setup
        var kept = Self.index(of: Self.judgments(1...120, seed: 17))
        kept.indexFrequentPhrases()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        // MUT
        try kept.writeSnapshot(to: url, stamp: "1")
        var read = try SearchIndex.readSnapshot(from: url).index
        // validate
        #expect(read.statistics.frequentPhrases == kept.statistics.frequentPhrases)
        #expect(read.statistics.frequentPhraseBytes == kept.statistics.frequentPhraseBytes)
        try Self.expectSameAnswers(read, kept)
        let later = Self.judgments(121...150, seed: 18).flatMap { $0 }
        read.replace(analyzing: later)
        kept.replace(analyzing: later)
        try Self.expectSameAnswers(read, kept)
    }

    @Test("A small index keeps no phrases: its searches are quick without them")
    func smallIndexKeepsNone() {
        // setup
        var index = Self.index(of: Self.judgments(1...100, seed: 29))
        index.frequentPhraseThreshold = 1_000
        // MUT
        index.indexFrequentPhrases()
        // validate
        #expect(index.statistics.frequentPhrases == 0)
        index.frequentPhraseThreshold = 100
        index.indexFrequentPhrases()
        #expect(index.statistics.frequentPhrases > 0)
    }

    @Test("The budget bounds the bytes kept; a budget of nothing keeps nothing")
    func budget() throws {
        // setup
        let plain = Self.index(of: Self.judgments(1...200, seed: 23))
        var unbounded = plain, bounded = plain, none = plain
        unbounded.frequentPhraseBudget = 10
        bounded.frequentPhraseBudget = 0.05
        none.frequentPhraseBudget = 0
        // MUT
        for index in [0, 1, 2] {
            switch index {
            case 0: unbounded.indexFrequentPhrases()
            case 1: bounded.indexFrequentPhrases()
            default: none.indexFrequentPhrases()
            }
        }
        // validate
        let postingBytes = Double(plain.statistics.postingBytes)
        #expect(none.statistics.frequentPhrases == 0)
        #expect(bounded.statistics.frequentPhrases > 0)
        #expect(bounded.statistics.frequentPhrases < unbounded.statistics.frequentPhrases)
        #expect(Double(bounded.statistics.frequentPhraseBytes) <= postingBytes * 0.05 * 1.5, "the estimate is near what is spent")
        try Self.expectSameAnswers(bounded, plain)
    }

    @Test("The phrases of a document: two and three terms at consecutive positions, colocated terms each in turn")
    func phrasesOfADocument() {
        // setup: terms 1, then 2 and 5 at one position, then 3; 4 after a gap
        let occurrences: [(term: UInt32, position: UInt32)] = [(3, 2), (1, 0), (5, 1), (2, 1), (4, 4)]
        // MUT
        let phrases = PhraseKey.phrases(in: occurrences)
        // validate
        #expect(phrases == [
            PhraseKey(first: 1, second: 2, third: 3), PhraseKey(first: 1, second: 2), PhraseKey(first: 1, second: 5, third: 3),
            PhraseKey(first: 1, second: 5), PhraseKey(first: 2, second: 3), PhraseKey(first: 5, second: 3),
        ])
        #expect(PhraseKey.phrases(in: []).isEmpty)
        #expect(PhraseKey.phrases(in: [(1, 0)]).isEmpty)
    }

    @Test("The sample stays within its capacity, spread over every ordinal")
    func sampleSpreads() {
        // setup
        var sample = PhraseSample()
        // MUT
        let count = PhraseSample.capacity * Int(PhraseSample.initialStride) * 5 + 3
        for ordinal in UInt32(0)..<UInt32(count) where sample.takes(ordinal) {
            sample.add(ordinal, phrases: [PhraseKey(first: ordinal, second: 0)])
        }
        // validate
        #expect(sample.documents.count <= PhraseSample.capacity)
        #expect(sample.documents.count > PhraseSample.capacity / 2)
        #expect(sample.documents.allSatisfy { sample.takes($0.ordinal) })
        #expect(sample.documents.first!.ordinal < 8 * sample.stride)
        #expect(sample.documents.last!.ordinal >= UInt32(count) - 8 * sample.stride)
        // Each fifth of the ordinals holds about a fifth of the sample.
        for fifth in 0..<5 {
            let part = sample.documents.filter { Int($0.ordinal) * 5 / count == fifth }.count
            #expect(abs(part - sample.documents.count / 5) < sample.documents.count / 10, "fifth \(fifth): \(part)")
        }
    }
}
