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

    public func similarCandidates(anyOf tokens: [String], excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate] {
        let index = try await searchIndex.loaded
        let ranked = index.rank(anyOf: tokens, excludingCaseKey: excludingCaseKey, limit: limit)
        let matched = index.containedTerms(tokens, in: ranked)
        let documents = try await indexDocuments(of: ranked)
        return ranked.compactMap { judgment -> SimilarCandidate? in
            guard let document = documents[judgment] else { return nil }
            return SimilarCandidate(
                judgmentId: judgment.judgmentId, caseNumber: document.caseNumber, title: document.title,
                cause: document.cause, decidedOn: document.decidedOn, designation: document.designation, holding: document.holding,
                matchedTokens: matched[judgment] ?? [], parties: document.parties, textScore: Double(judgment.score))
        }
    }
}
