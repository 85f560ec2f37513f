import Foundation
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
@testable import SearchEngine
@testable import JudgmentSearch

/// The parts of similar-case scoring that decide which terms count and what a score means.
@Suite("Similarity")
struct SimilarityTests {
    @Test("In a large corpus, terms of one judgment and terms of over half of them are left out; a small corpus keeps all")
    func termFilters() {
        let counts = ["专利": 5, "导管": 2, "海川": 1, "判决": 3]
        let large = CorpusStatistics((documents: 100, frequencies: ["专利": 80, "导管": 5, "海川": 1, "判决": 51]))
        #expect(large.weighted(counts).map(\.term) == ["导管"])
        #expect(large.isBoilerplate("专利") && large.isBoilerplate("判决") && !large.isBoilerplate("导管"))
        let small = CorpusStatistics((documents: 10, frequencies: ["专利": 9, "导管": 5, "海川": 1, "判决": 6]))
        #expect(Set(small.weighted(counts).map(\.term)) == ["专利", "导管", "海川", "判决"])
        #expect(!small.isBoilerplate("专利"))
        // Rarer and more frequent in the pending text weighs more.
        let weights = Dictionary(uniqueKeysWithValues: small.weighted(counts).map { ($0.term, $0.weight) })
        #expect(weights["海川"]! > weights["导管"]! && weights["导管"]! > weights["专利"]!)
    }

    @Test("A similarity is in [0, 1], highest for the judgment that holds the terms most, and leaves out the pending case")
    func normalisedScores() {
        var index = SearchIndex()
        let texts = ["一种医用导管，导管与连接件相连接。", "一种医用导管。", "涉案合同是否应当解除。", "一种医用导管，导管与连接件相连接，导管连接稳固。"]
        for (offset, text) in texts.enumerated() {
            let id = Int64(offset + 1)
            index.replace(judgmentId: id, with: [SearchIndexTests.document(id, "（2021）最高法知民终\(id)号", body: text)])
        }
        let terms = [WeightedTerm(term: "导管", weight: 2), WeightedTerm(term: "连接", weight: 1)]
        let ranked = index.rankSimilar([terms], excludingCaseKey: "（2021）最高法知民终4号", limit: 10)
        #expect(ranked.map(\.judgmentId) == [1, 2])
        #expect(ranked.allSatisfy { $0.score > 0 && $0.score <= 1 })
        #expect(ranked[0].score > ranked[1].score)
        // Two parts: a judgment alike in one part only scores half of what it scores on that part alone.
        let split = index.rankSimilar([terms, [WeightedTerm(term: "合同", weight: 1)]], excludingCaseKey: nil, limit: 10)
        let alone = index.rankSimilar([[WeightedTerm(term: "合同", weight: 1)]], excludingCaseKey: nil, limit: 10)
        #expect(abs(split.first { $0.judgmentId == 3 }!.score * 2 - alone.first { $0.judgmentId == 3 }!.score) < 1e-5)
    }
}

/// Candidates fixed in advance, to test what the finder does with them.
struct FixedCandidates: SimilarCaseRepository {
    let candidates: [SimilarCandidate]
    func documentFrequencies(of tokens: [String]) async throws -> (documents: Int, frequencies: [String: Int]) {
        (5, Dictionary(uniqueKeysWithValues: tokens.map { ($0, 1) }))
    }
    func similarCandidates(_ parts: [[WeightedTerm]], anyOf: [String], features: [String],
                           excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate] { candidates }
}

@Suite("Similar cases listed")
struct SimilarListingTests {
    static func candidate(_ id: Int64, decided: String, score: Double) -> SimilarCandidate {
        SimilarCandidate(judgmentId: id, caseNumber: try! CaseNumber(parsing: "（2019）最高法知民终\(id)号"), title: "t", cause: .inventionPatentInfringement,
                         decidedOn: CalendarDate(iso: decided)!, designation: nil, holding: "", matchedTokens: [], parties: "", textScore: score)
    }

    @Test("The most similar are chosen first; the guidance's recency rule then orders them")
    func cutThenOrder() async throws {
        let store = FixedCandidates(candidates: [
            Self.candidate(1, decided: "2020-01-10", score: 0.9), Self.candidate(2, decided: "2026-01-10", score: 0.1),
            Self.candidate(3, decided: "2025-06-10", score: 0.5), Self.candidate(4, decided: "2019-06-10", score: 0.05),
        ])
        let result = try await SimilarCaseFinder(store: store).find(SimilarCaseQuery(text: "导管"), today: CalendarDate(iso: "2026-11-26")!, limit: 2)
        // Of the two most similar (1 and 3), the one of the last three years comes first; 2, recent but barely similar, is cut; 4 is below the threshold.
        #expect(result.groups.flatMap(\.cases).map(\.judgmentId) == [3, 1])
    }
}
