import Foundation
import TribunalKernel
import SearchEngine

/// Search and similar-case retrieval over a store's published judgments, for every engine: the
/// ranking comes from the process's in-memory index (`SearchIndexFollower`), the hits' fields from
/// the store's documents as committed.
public struct IndexedJudgmentSearch: JudgmentSearchRepository, SimilarCaseRepository {
    public let follower: SearchIndexFollower
    public let source: any SearchFeedSource

    public init(source: any SearchFeedSource, snapshotFile: URL?) {
        self.source = source
        self.follower = SearchIndexFollower(source: source, snapshotFile: snapshotFile)
    }

    public func search(_ request: SearchRequest) async throws -> SearchResults {
        let index = try await follower.loaded
        let page = try await CPUWork.runThrowing { try index.search(request) }
        let terms = SearchIndex.highlightedTerms(of: request.query)
        let documents = try await documents(of: page.judgments)
        let hits = page.judgments.compactMap { ranked -> SearchHit? in
            guard let document = documents[ranked] else { return nil }
            let snippet = Snippet.html(terms.isEmpty ? [document.holding, document.body] : [document.holding, document.body, document.title],
                                       marking: terms)
            return SearchHit(judgmentId: document.judgmentId, version: document.version, caseNumber: document.caseNumber.canonical,
                             language: document.language, title: document.title, snippet: snippet, decidedOn: document.decidedOn,
                             cause: document.cause, type: document.type, courtCode: document.courtCode,
                             disposition: document.disposition, designation: document.designation)
        }
        return SearchResults(total: page.total, hits: hits, facets: page.facets, nextOffset: page.nextOffset)
    }

    public func documentFrequencies(of tokens: [String]) async throws -> (documents: Int, frequencies: [String: Int]) {
        let index = try await follower.loaded
        var frequencies: [String: Int] = [:]
        for token in tokens {
            let frequency = index.documentFrequency(of: token)
            if frequency > 0 { frequencies[token] = frequency }
        }
        return (index.documentCount, frequencies)
    }

    public func similarCandidates(_ parts: [[WeightedTerm]], anyOf: [String], features: [String],
                                  excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate] {
        let index = try await follower.loaded
        let found = await CPUWork.run {
            index.similarCandidates(parts, anyOf: anyOf, features: features, excludingCaseKey: excludingCaseKey, limit: limit)
        }
        let documents = try await documents(of: found.map(\.judgment))
        return found.compactMap { candidate in
            documents[candidate.judgment].map { SimilarCandidate($0, ranked: candidate.judgment, features: candidate.features) }
        }
    }

    /// Every judgment that `query` matches, for recall measurements.
    public func judgmentIds(matching query: SearchQuery) async throws -> Set<Int64> {
        try await follower.loaded.matchingJudgmentIds(query)
    }

    /// The size of the in-memory search index.
    public func statistics() async throws -> SearchIndex.Statistics {
        try await follower.loaded.statistics
    }

    /// The documents of ranked judgments, in the language that ranked.
    private func documents(of judgments: [RankedJudgment]) async throws -> [RankedJudgment: SearchDocument] {
        guard !judgments.isEmpty else { return [:] }
        let wanted = Dictionary(judgments.map { (JudgmentLanguage(id: $0.judgmentId, language: $0.language), $0) }, uniquingKeysWith: { a, _ in a })
        var documents: [RankedJudgment: SearchDocument] = [:]
        for document in try await source.documents(judgmentIds: judgments.map(\.judgmentId)) {
            guard let ranked = wanted[JudgmentLanguage(id: document.judgmentId, language: document.language)] else { continue }
            documents[ranked] = document
        }
        return documents
    }

    private struct JudgmentLanguage: Hashable, Sendable {
        let id: Int64
        let language: String
    }
}

/// A store that searches through its process's `IndexedJudgmentSearch`: it is a search and a
/// similar-case repository by handing each call over.
public protocol SearchesThroughIndex: JudgmentSearchRepository, SimilarCaseRepository {
    var judgmentSearch: IndexedJudgmentSearch { get }
}

extension SearchesThroughIndex {
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
}
