import Foundation
import GRDB
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension SQLiteStore: JudgmentSearchRepository {
    public func search(_ request: SearchRequest) async throws -> SearchResults {
        let page = try await searchIndex.loaded.search(request)
        let terms = SearchIndex.highlightedTerms(of: request.query)
        let documents = try await indexDocuments(of: page.judgments)
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

    /// Every judgment that `query` matches, for recall measurements.
    public func judgmentIds(matching query: SearchQuery) throws -> Set<Int64> {
        try searchIndex.snapshot.matchingJudgmentIds(query)
    }

    /// The size of the in-memory search index.
    public func searchIndexStatistics() throws -> SearchIndex.Statistics { try searchIndex.snapshot.statistics }

    /// Loads the search index now if no search has yet, so that the first visitor to search
    /// does not wait for it: a server calls it as it starts.
    public func loadSearchIndex() async throws {
        _ = try await searchIndex.loaded
    }

    /// The `judgmentIndex` documents of ranked judgments (in the language that ranked), by
    /// judgment; a row that cannot be read is left out (and logged). The read is GRDB's async
    /// one: the synchronous one held a thread of the request pool while it waited.
    func indexDocuments(of judgments: [RankedJudgment]) async throws -> [RankedJudgment: SearchDocument] {
        guard !judgments.isEmpty else { return [:] }
        let ids = judgments.map { String($0.judgmentId) }.joined(separator: ",")
        let wanted = Dictionary(judgments.map { (JudgmentLanguage(id: $0.judgmentId, language: $0.language), $0) }, uniquingKeysWith: { a, _ in a })
        let rows = try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM judgmentIndex WHERE judgmentId IN (\(ids))")
        }
        var documents: [RankedJudgment: SearchDocument] = [:]
        for document in readable(rows, "judgmentIndex", LiveSearchIndex.document) {
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
