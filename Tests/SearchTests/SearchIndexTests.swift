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

@Suite("Search index")
struct SearchIndexTests {
    static func document(_ judgmentId: Int64, _ number: String, language: String = "zh", title: String = "", holding: String = "",
                         body: String = "", parties: String = "", judges: String = "张明 李华 王静",
                         cause: CauseOfAction = .inventionPatentInfringement, decidedOn: String = "2021-03-01",
                         disposition: Disposition? = .affirmed) -> SearchDocument {
        let number = try! CaseNumber(parsing: number)
        return SearchDocument(judgmentId: judgmentId, version: 1, language: language, caseNumber: number, type: .civilAppeal,
                              cause: cause, courtCode: "京73", disposition: disposition, designation: nil,
                              decidedOn: CalendarDate(iso: decidedOn)!, title: title, holding: holding, body: body,
                              parties: parties, judges: judges)
    }

    /// Three judgments: one translated, one on technical secrets, one mentioning the phrase only split.
    static func sample() -> SearchIndex {
        var index = SearchIndex()
        index.replace(judgmentId: 1, with: [
            document(1, "（2019）最高法知民终1号", title: "甲公司与乙公司侵害发明专利权纠纷", body: "被诉侵权技术方案落入涉案专利权的保护范围。",
                     parties: "上诉人：甲公司。被上诉人：刘某。", decidedOn: "2020-05-01"),
            document(1, "（2019）最高法知民终1号", language: "en", title: "A v. B, invention patent infringement",
                     body: "The accused solution falls within the scope of protection.", decidedOn: "2020-05-01"),
        ])
        index.replace(judgmentId: 2, with: [
            document(2, "（2020）最高法知民终2号", title: "丙公司与丁公司侵害技术秘密纠纷", holding: "驳回上诉，维持原判。",
                     body: "涉案技术信息构成商业秘密。保护范围不在本案争议。", cause: .technicalSecret, decidedOn: "2021-06-01"),
        ])
        index.replace(judgmentId: 3, with: [
            document(3, "（2021）最高法知民终3号", title: "戊公司与己公司专利合同纠纷", body: "保护的范围由双方约定。专利许可合同有效。",
                     parties: "上诉人：戊公司。", cause: .patentLicenceContract, decidedOn: "2022-01-10", disposition: .reversed),
        ])
        return index
    }

    func ids(_ index: SearchIndex, _ query: String, sort: SearchRequest.Sort = .relevance, filters: SearchFilters = SearchFilters()) throws -> [Int64] {
        try index.search(SearchRequest(query: try SearchQuery(parsing: query), filters: filters, sort: sort)).judgments.map(\.judgmentId)
    }

    @Test("A phrase of bigrams matches only the consecutive characters, in any field")
    func phrases() throws {
        let index = Self.sample()
        #expect(try ids(index, "保护范围").sorted() == [1, 2])  // 3 has 保护 … 范围 apart
        #expect(try ids(index, "专利").sorted() == [1, 3])
        #expect(try ids(index, "\"scope of protection\"") == [1])
        #expect(try ids(index, "\"protection scope\"") == [])
        #expect(try ids(index, "密") == [2], "a one-character query finds the colocated unigram")
    }

    @Test("Field weights rank a title match above a body match")
    func fieldWeights() throws {
        let index = Self.sample()
        // 技术秘密 is in 2's title; 技术 in 1's body only.
        #expect(try ids(index, "技术").first == 2)
    }

    @Test("Exclusion, OR, and facet fields combine")
    func operators() throws {
        let index = Self.sample()
        #expect(try ids(index, "专利 -合同") == [1])
        #expect(try ids(index, "商业秘密 OR 许可").sorted() == [2, 3])
        #expect(try ids(index, "公司 cause:patentLicenceContract") == [3])
        #expect(try ids(index, "公司 year:2020") == [2])
        #expect(try ids(index, "year:2019") == [1], "a facet clause alone lists the judgments that have it")
        #expect(try ids(index, "公司 -year:2019").sorted() == [2, 3])
        #expect(try ids(index, "party:刘某") == [1])
        #expect(try ids(index, "party:公司").sorted() == [1, 3], "the parties field only, not the title")
        #expect(try ids(index, "judge:王静").count == 3)
    }

    @Test("A case number in any spelling finds its judgment")
    func caseNumbers() throws {
        let index = Self.sample()
        #expect(try ids(index, "(2020)最高法知民终2号") == [2])
        #expect(try ids(index, "〔2020〕 最高法 知民终 2 号") == [2])
    }

    @Test("One hit per judgment; facets count judgments, the language facet documents")
    func groupingAndFacets() throws {
        let index = Self.sample()
        let page = try index.search(SearchRequest(query: try SearchQuery(parsing: "judge:张明")))
        #expect(page.total == 3)
        #expect(Set(page.judgments.map(\.judgmentId)) == [1, 2, 3])
        #expect(page.facets["year"] == [FacetCount(value: "2019", count: 1), FacetCount(value: "2020", count: 1), FacetCount(value: "2021", count: 1)])
        #expect(page.facets["cause"]?.first == FacetCount(value: "inventionPatentInfringement", count: 1))
        #expect(page.facets["language"] == [FacetCount(value: "zh", count: 3), FacetCount(value: "en", count: 1)])
        let english = try index.search(SearchRequest(query: try SearchQuery(parsing: "patent"), filters: SearchFilters(language: "en")))
        #expect(english.judgments.map(\.language) == ["en"])
        #expect(try ids(index, "公司", filters: SearchFilters(disposition: .reversed)) == [3])
        #expect(try ids(index, "公司", filters: SearchFilters(courtCode: "沪73")) == [], "an unknown value matches nothing")
    }

    @Test("Date order and pages")
    func orderAndPages() throws {
        let index = Self.sample()
        #expect(try ids(index, "judge:张明", sort: .date) == [3, 2, 1])
        let first = try index.search(SearchRequest(query: try SearchQuery(parsing: "judge:张明"), sort: .date, limit: 2))
        #expect(first.judgments.map(\.judgmentId) == [3, 2])
        #expect(first.nextOffset == 2)
        let second = try index.search(SearchRequest(query: try SearchQuery(parsing: "judge:张明"), sort: .date, limit: 2, offset: 2))
        #expect(second.judgments.map(\.judgmentId) == [1])
        #expect(second.nextOffset == nil)
    }

    @Test("A new version replaces the old one; a removed judgment is found no more")
    func replaceAndRemove() throws {
        var index = Self.sample()
        index.replace(judgmentId: 3, with: [Self.document(3, "（2021）最高法知民终3号", title: "更正后的标题", body: "垄断协议")])
        #expect(try ids(index, "合同") == [])
        #expect(try ids(index, "垄断") == [3])
        #expect(index.documentCount == 4)
        index.remove(judgmentId: 1)
        #expect(try ids(index, "保护范围") == [2])
        #expect(try ids(index, "(2019)最高法知民终1号") == [])
        #expect(index.documentCount == 2, "judgment 1 had two languages")
    }

    @Test("Ranking prefers more occurrences in a document of the same length")
    func termFrequency() throws {
        var index = SearchIndex()
        index.replace(judgmentId: 1, with: [Self.document(1, "（2019）最高法知民终1号", body: "赔偿。其他。其他。其他。")])
        index.replace(judgmentId: 2, with: [Self.document(2, "（2019）最高法知民终2号", body: "赔偿。赔偿。赔偿。其他。")])
        index.replace(judgmentId: 3, with: [Self.document(3, "（2019）最高法知民终3号", body: "无关。无关。无关。无关。")])
        let page = try index.search(SearchRequest(query: try SearchQuery(parsing: "赔偿")))
        #expect(page.judgments.map(\.judgmentId) == [2, 1])
        #expect(page.judgments[0].score > page.judgments[1].score)
    }
}

@Suite("Search index partitions")
struct SearchIndexPartitionTests {
    @Test("Searching in partitions gives exactly what one pass gives", arguments: [
        "专利", "保护范围", "公司 -合同", "year:2020", "商业秘密 OR 许可", "judge:张明",
    ])
    func partitionsAgree(query: String) throws {
        // setup: many judgments, a third translated, so that partition bounds fall between languages
        var index = SearchIndex()
        let bodies = ["被诉侵权技术方案落入涉案专利权的保护范围。", "涉案技术信息构成商业秘密。", "专利许可合同有效。", "公司之间的合同纠纷。"]
        for id in Int64(1)...301 {
            var documents = [SearchIndexTests.document(id, "（\(2019 + id % 4)）最高法知民终\(id)号", body: bodies[Int(id) % 4] + String(repeating: "专利", count: Int(id % 5)),
                                                      decidedOn: "\(2019 + id % 4)-0\(1 + id % 9)-1\(id % 9)")]
            if id % 3 == 0 {
                documents.append(SearchIndexTests.document(id, "（\(2019 + id % 4)）最高法知民终\(id)号", language: "en", body: "patent licence"))
            }
            index.replace(judgmentId: id, with: documents)
        }
        var partitioned = index
        partitioned.partitionThreshold = 0
        partitioned.partitionCount = 3
        #expect(partitioned.partitions().count == partitioned.partitionCount)
        for sort in SearchRequest.Sort.allCases {
            let request = SearchRequest(query: try SearchQuery(parsing: query), sort: sort, limit: 50, offset: 10)
            // MUT
            let whole = try index.search(request), parts = try partitioned.search(request)
            // validate
            #expect(parts.total == whole.total)
            #expect(parts.judgments == whole.judgments)
            #expect(parts.facets == whole.facets)
        }
    }
}

@Suite("Search index building")
struct SearchIndexBuildTests {
    @Test("A pipelined build, and one in batches in the background, equal adding judgment by judgment")
    func pipelinedBuild() throws {
        // setup: more documents than two chunks, every third judgment translated, so that chunk
        // bounds fall between a judgment's languages
        var documents: [SearchDocument] = []
        let bodies = ["被诉侵权技术方案落入涉案专利权的保护范围。", "涉案技术信息构成商业秘密。", "专利许可合同有效，保护的范围由双方约定。"]
        for id in Int64(1)...Int64(SearchIndex.pipelineChunk * 2 + 77) {
            let number = "（\(2019 + id % 4)）最高法知民终\(id)号"
            documents.append(SearchIndexTests.document(id, number, body: bodies[Int(id) % 3] + String(repeating: "赔偿", count: Int(id % 4))))
            if id % 3 == 0 { documents.append(SearchIndexTests.document(id, number, language: "en", body: "patent licence \(id)")) }
        }
        var oneByOne = SearchIndex()
        for (judgmentId, judgmentDocuments) in Dictionary(grouping: documents, by: \.judgmentId).sorted(by: { $0.key < $1.key }) {
            oneByOne.replace(judgmentId: judgmentId, with: judgmentDocuments)
        }
        // MUT: in one call, and in batches handed to a background build (a store's reader's way)
        var pipelined = SearchIndex()
        pipelined.replace(analyzing: documents)
        let background = BackgroundIndexBuild()
        var batch: [SearchDocument] = []
        for document in documents {
            if batch.count >= 150, batch.last!.judgmentId != document.judgmentId {
                background.add(batch)
                batch = []
            }
            batch.append(document)
        }
        background.add(batch)
        // validate
        for built in [pipelined, background.finish()] {
            #expect(built.documentCount == documents.count)
            #expect(built.statistics.postings == oneByOne.statistics.postings)
            #expect(built.statistics.positions == oneByOne.statistics.positions)
            #expect(built.statistics.postingBytes == oneByOne.statistics.postingBytes)
            for query in ["保护范围", "赔偿", "patent", "\"patent licence\"", "(2020)最高法知民终4号", "合同 -秘密"] {
                let request = SearchRequest(query: try SearchQuery(parsing: query), limit: 50)
                let expected = try oneByOne.search(request), actual = try built.search(request)
                #expect(actual.total == expected.total, "\(query)")
                #expect(actual.judgments == expected.judgments, "\(query)")
                #expect(actual.facets == expected.facets, "\(query)")
            }
        }
    }

    @Test("Priming searches the most common term, and leaves the index as it was")
    func priming() throws {
        // setup: 专利 in every document, 赔偿 in some
        var index = SearchIndex()
        #expect(index.primingQuery == nil)
        for id in Int64(1)...30 {
            index.replace(judgmentId: id, with: [SearchIndexTests.document(id, "（2020）最高法知民终\(id)号", body: id % 3 == 0 ? "专利赔偿" : "专利")])
        }
        let before = index.statistics
        // MUT
        index.prime()
        // validate
        #expect(index.primingQuery == (try SearchQuery(parsing: "专利")))
        #expect(index.statistics.postingBytes == before.postingBytes && index.documentCount == 30)
    }

    @Test("Analysis groups a document's tokens by term: counts weighted by field, positions ascending")
    func groupedTerms() throws {
        // MUT
        let analyzed = AnalyzedDocument(SearchIndexTests.document(1, "（2019）最高法知民终1号", title: "专利", body: "专利专利 patent", judges: ""))
        // validate
        let byText = Dictionary(uniqueKeysWithValues: analyzed.terms.map { ($0.text, $0) })
        let patent = try #require(byText["专利"])
        #expect(patent.weightedCount == 10 + 1 + 1)
        #expect(Array(analyzed.positions(of: patent)) == [0, 2, 4])
        let unigram = try #require(byText["专"])
        #expect(!unigram.hasPositions && analyzed.positions(of: unigram).isEmpty && unigram.weightedCount == 12)
        #expect(analyzed.terms.count == Set(analyzed.terms.map(\.text)).count)
        #expect(analyzed.terms.allSatisfy { $0.hash == TermTable.hash(of: $0.text) })
    }
}

@Suite("Search index: terms a judgment contains")
struct SearchIndexMembershipTests {
    @Test("A similar-case candidate's features come from its document in the language that ranked")
    func containedTerms() throws {
        // setup
        var index = SearchIndex()
        index.replace(judgmentId: 1, with: [
            SearchIndexTests.document(1, "（2021）最高法知民终1号", body: "专利侵权，涉案专利ZL201510123456.7"),
            SearchIndexTests.document(1, "（2021）最高法知民终1号", language: "en", body: "patent infringement"),
        ])
        index.replace(judgmentId: 2, with: [SearchIndexTests.document(2, "（2021）最高法知民终2号", body: "技术合同纠纷")])
        index.replace(judgmentId: 3, with: [SearchIndexTests.document(3, "（2021）最高法知民终3号", body: "专利合同")])
        index.remove(judgmentId: 3)
        let patent = try #require(Analyzer(mode: .query).tokens("ZL201510123456.7").first).text
        let terms = ["专利", "侵权", "合同", "patent", patent, "unknown"]
        let ranked = [(1, "zh"), (2, "zh"), (3, "zh")].map { RankedJudgment(judgmentId: $0.0, language: $0.1, score: 1) }
        let english = RankedJudgment(judgmentId: 1, language: "en", score: 1)
        // MUT
        let contained = index.containedTerms(terms, in: ranked)
        let inEnglish = index.containedTerms(terms, in: [english])
        // validate
        #expect(contained[ranked[0]] == ["专利", "侵权", patent])
        #expect(contained[ranked[1]] == ["合同"])
        #expect(contained[ranked[2]] == nil, "a removed judgment contains nothing")
        #expect(inEnglish[english] == ["patent"])
    }
}

@Suite("Search index: phrases scored by a bound")
struct SearchIndexBoundedPhraseTests {
    /// Judgments whose phrase terms stand apart far more often than together (a loose bound), and
    /// shorter ones where every occurrence is the phrase (an exact bound), in both languages.
    static func corpus() -> SearchIndex {
        var index = SearchIndex()
        for id in Int64(1)...160 {
            let number = "（\(2019 + id % 4)）最高法知民终\(id)号"
            let loose = id <= 100
            let en = loose ? "The scope of protection. " + String(repeating: "scope and protection of the claims. ", count: 20 + Int(id % 7))
                           : String(repeating: "The scope of protection. ", count: 1 + Int(id % 3))
            let zh = loose ? "保护范围。" + String(repeating: "保护的范围，", count: 20 + Int(id % 5)) : String(repeating: "专利权的保护范围。", count: 1 + Int(id % 4))
            var documents = [SearchIndexTests.document(id, number, body: zh, parties: id % 2 == 0 ? "上诉人：甲公司" : "上诉人：乙公司",
                                                       cause: id % 3 == 0 ? .technicalSecret : .inventionPatentInfringement)]
            if id % 2 == 1 { documents.append(SearchIndexTests.document(id, number, language: "en", body: en)) }
            index.replace(judgmentId: id, with: documents)
        }
        return index
    }

    @Test("Bounded phrase scoring returns exactly the pages and scores of scoring every match", arguments: [
        "\"scope of protection\"", "保护范围", "保护范围 专利", "\"scope of protection\" OR 商业秘密", "party:甲公司 保护范围",
        "保护范围 -专利权", "\"scope of protection\" claims",
    ])
    func boundedEqualsExact(query: String) throws {
        // setup
        let bounded = Self.corpus()
        var exact = bounded
        exact.boundsPhraseScores = false
        for (limit, offset) in [(5, 0), (10, 7), (50, 0)] {
            for language in [nil, "en"] {
                let request = SearchRequest(query: try SearchQuery(parsing: query), filters: SearchFilters(language: language),
                                            limit: limit, offset: offset)
                // MUT
                let fast = try bounded.search(request), reference = try exact.search(request)
                // validate
                #expect(fast.total == reference.total, "\(query)")
                #expect(fast.facets == reference.facets, "\(query)")
                #expect(fast.judgments.map(\.judgmentId) == reference.judgments.map(\.judgmentId), "\(query) \(limit) \(offset)")
                for (a, b) in zip(fast.judgments, reference.judgments) {
                    #expect(abs(a.score - b.score) <= 1e-4 * max(1, abs(b.score)), "\(query)")
                    #expect(a.language == b.language)
                }
            }
        }
    }

    @Test("A phrase is found wherever it stands, after any run of near misses, bounded or exact", arguments: [true, false])
    func nearMisses(bounds: Bool) throws {
        // setup: one unbroken Han run per judgment (so that the phrase's bigrams stand at
        // consecutive positions exactly where its characters do) over the phrase's own
        // characters, with the phrase itself put in at a random place in two judgments of three.
        var random = SeededGenerator(seed: 65)
        var index = SearchIndex()
        index.boundsPhraseScores = bounds
        var expected: Set<Int64> = []
        for id in Int64(1)...300 {
            var text = String((0..<Int.random(in: 2...60, using: &random)).map { _ in "保护范围的".randomElement(using: &random)! })
            if id % 3 != 0 {
                let at = text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &random))
                text.insert(contentsOf: "保护范围", at: at)
            }
            if text.contains("保护范围") { expected.insert(id) }
            index.replace(judgmentId: id, with: [SearchIndexTests.document(id, "（2021）最高法知民终\(id)号", body: text)])
        }
        // MUT
        let page = try index.search(SearchRequest(query: try SearchQuery(parsing: "保护范围"), limit: 100, offset: 0))
        let all = try index.matchingJudgmentIds(try SearchQuery(parsing: "保护范围"))
        // validate
        #expect(page.total == expected.count)
        #expect(all == expected)
        #expect(expected.count > 200 && expected.count < 300)
    }

    @Test("Where the bound is loose, the exact score decides: every occurrence being the phrase wins")
    func looseBoundsLoseToExactScores() throws {
        let index = Self.corpus()
        let page = try index.search(SearchRequest(query: try SearchQuery(parsing: "\"scope of protection\""), limit: 5))
        #expect(page.judgments.count == 5)
        #expect(page.judgments.allSatisfy { $0.judgmentId > 100 })
    }
}

@Suite("Search index snapshots")
struct SearchIndexSnapshotTests {
    @Test("A snapshot reads back to an index that answers exactly as the original")
    func roundTrip() throws {
        // setup
        var index = SearchIndexTests.sample()
        index.remove(judgmentId: 3)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        // MUT
        try index.writeSnapshot(to: url, stamp: "42")
        let (read, stamp) = try SearchIndex.readSnapshot(from: url)
        // validate
        #expect(stamp == "42")
        #expect(read.documentCount == index.documentCount)
        #expect(read.statistics.postings == index.statistics.postings)
        for query in ["保护范围", "专利", "\"scope of protection\"", "party:刘某", "(2019)最高法知民终1号", "合同", "year:2020"] {
            let request = SearchRequest(query: try SearchQuery(parsing: query))
            let expected = try index.search(request), actual = try read.search(request)
            #expect(actual.judgments == expected.judgments, "\(query)")
            #expect(actual.facets == expected.facets, "\(query)")
        }
        // The read index keeps working as an index.
        var updated = read
        updated.replace(judgmentId: 9, with: [SearchIndexTests.document(9, "（2022）最高法知民终9号", body: "垄断协议")])
        #expect(try updated.search(SearchRequest(query: .text("垄断"))).judgments.map(\.judgmentId) == [9])
    }

    @Test("A truncated or foreign file is refused, not misread")
    func damaged() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try SearchIndexTests.sample().writeSnapshot(to: url, stamp: "1")
        let whole = try Data(contentsOf: url)
        try whole.prefix(whole.count / 2).write(to: url)
        #expect(throws: SearchIndexSnapshotError.self) { _ = try SearchIndex.readSnapshot(from: url) }
        try Data("not an index at all".utf8).write(to: url)
        #expect(throws: SearchIndexSnapshotError.self) { _ = try SearchIndex.readSnapshot(from: url) }
    }
}
