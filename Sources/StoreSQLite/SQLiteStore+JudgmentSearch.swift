import Foundation
import TribunalKernel
import SearchEngine
import JudgmentSearch

extension SQLiteStore: JudgmentSearchRepository, SimilarCaseRepository {
    public func search(_ request: SearchRequest) async throws -> SearchResults {
        try await judgmentSearch.search(request)
    }

    public func documentFrequencies(of tokens: [String]) async throws -> (documents: Int, frequencies: [String: Int]) {
        try await judgmentSearch.documentFrequencies(of: tokens)
    }

    public func similarCandidates(_ parts: [[WeightedTerm]], anyOf: [String], features: [String],
                                  excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate] {
        try await judgmentSearch.similarCandidates(parts, anyOf: anyOf, features: features, excludingCaseKey: excludingCaseKey, limit: limit)
    }

    /// Loads the search index now if no search has yet, so that the first visitor to search
    /// does not wait for it: a server calls it as it starts.
    public func loadSearchIndex() async throws {
        _ = try await searchIndex.loaded
    }
}
