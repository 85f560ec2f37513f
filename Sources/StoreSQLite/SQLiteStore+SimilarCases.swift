import Foundation
import GRDB
import TribunalCore
import TribunalSearch

extension SQLiteStore: SimilarCaseRepository {
    public func documentFrequencies(of tokens: [String]) async throws -> (documents: Int, frequencies: [String: Int]) {
        let index = try await searchIndex.loaded
        var frequencies: [String: Int] = [:]
        for token in tokens {
            let frequency = index.documentFrequency(of: token)
            if frequency > 0 { frequencies[token] = frequency }
        }
        return (index.documentCount, frequencies)
    }

    public func similarCandidates(_ terms: [WeightedTerm], anyOf: [String], features: [String],
                                  excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate] {
        let index = try await searchIndex.loaded
        let byText = index.rankSimilar(terms, excludingCaseKey: excludingCaseKey, limit: limit)
        let textScores = Dictionary(byText.map { ($0.judgmentId, $0.score) }, uniquingKeysWith: max)
        // Judgments sharing a patent are candidates however little of the text they share.
        let byPatent = anyOf.isEmpty ? [] : index.rank(anyOf: anyOf, excludingCaseKey: excludingCaseKey, limit: limit)
            .filter { textScores[$0.judgmentId] == nil }
            .map { RankedJudgment(judgmentId: $0.judgmentId, language: $0.language, score: 0) }
        let ranked = byText + byPatent
        let matched = index.containedTerms(features, in: ranked)
        let documents = try await indexDocuments(of: ranked)
        return ranked.compactMap { judgment -> SimilarCandidate? in
            guard let document = documents[judgment] else { return nil }
            return SimilarCandidate(
                judgmentId: judgment.judgmentId, caseNumber: document.caseNumber, title: document.title,
                cause: document.cause, decidedOn: document.decidedOn, designation: document.designation, holding: document.holding,
                matchedTokens: matched[judgment] ?? [], parties: document.parties, courtCode: document.courtCode,
                textScore: Double(judgment.score))
        }
    }
}
