import SearchEngine

/// Full-text search over published judgments, implemented by each storage engine with the same
/// `Analyzer`.
public protocol JudgmentSearchRepository: Sendable {
    /// The hits for `request`, with facet counts over everything that matched.
    func search(_ request: SearchRequest) async throws -> SearchResults
}
