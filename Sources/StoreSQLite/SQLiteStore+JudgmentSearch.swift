import Foundation
import GRDB
import TribunalCore
import TribunalSearch

extension SQLiteStore: JudgmentSearchRepository {
    public func search(_ request: SearchRequest) async throws -> SearchResults {
        let page = try await searchIndex.loaded.search(request)
        let terms = SearchIndex.highlightedTerms(of: request.query)
        let rows = try await indexRows(of: page.judgments)
        let hits = page.judgments.compactMap { ranked -> SearchHit? in
            guard let row = rows[ranked] else { return nil }
            let holding: String = row["holding"], body: String = row["body"], title: String = row["title"]
            let snippet = Snippet.html(terms.isEmpty ? [holding, body] : [holding, body, title], marking: terms)
            return SearchHit(judgmentId: row["judgmentId"], version: row["version"], caseNumber: row["caseNumber"], language: row["language"],
                             title: title, snippet: snippet, decidedOn: row["decidedOn"],
                             cause: CauseOfAction(rawValue: row["cause"]) ?? .inventionPatentInfringement,
                             type: TribunalCaseType(rawValue: row["typeCode"]) ?? .civilAppeal, courtCode: row["courtCode"],
                             disposition: (row["disposition"] as String?).flatMap(Disposition.init(rawValue:)),
                             designation: (row["designation"] as String?).flatMap(Designation.Kind.init(rawValue:)))
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

    /// The `judgmentIndex` rows of ranked judgments (in the language that ranked), by judgment.
    /// They are copied out of GRDB's `Row`, which may not cross threads, so that the read is
    /// GRDB's async one: the synchronous one held a thread of the request pool while it waited.
    func indexRows(of judgments: [RankedJudgment]) async throws -> [RankedJudgment: Row] {
        guard !judgments.isEmpty else { return [:] }
        let ids = judgments.map { String($0.judgmentId) }.joined(separator: ",")
        let wanted = Dictionary(judgments.map { (JudgmentLanguage(id: $0.judgmentId, language: $0.language), $0) }, uniquingKeysWith: { a, _ in a })
        let values = try await writer.read { db in
            var values: [RankedJudgment: [String: DatabaseValue]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM judgmentIndex WHERE judgmentId IN (\(ids))") {
                guard let ranked = wanted[JudgmentLanguage(id: row["judgmentId"], language: row["language"])] else { continue }
                values[ranked] = Dictionary(row.columnNames.map { ($0, row[$0] as DatabaseValue) }, uniquingKeysWith: { a, _ in a })
            }
            return values
        }
        return values.mapValues { Row($0) }
    }

    private struct JudgmentLanguage: Hashable, Sendable {
        let id: Int64
        let language: String
    }
}
