import Foundation
import GRDB
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

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

    public func similarCandidates(_ parts: [[WeightedTerm]], anyOf: [String], features: [String],
                                  excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate] {
        let index = try await searchIndex.loaded
        let found = index.similarCandidates(parts, anyOf: anyOf, features: features, excludingCaseKey: excludingCaseKey, limit: limit)
        let documents = try await indexDocuments(of: found.map(\.judgment))
        return found.compactMap { candidate in
            documents[candidate.judgment].map { SimilarCandidate($0, ranked: candidate.judgment, features: candidate.features) }
        }
    }
}
