import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Public full-text search over published judgments.
struct SearchController {
    let search: any JudgmentSearchRepository

    func addRoutes(to group: some RouterMethods<TribunalRequestContext>) {
        group.get("search", use: search)
    }

    struct Response: ResponseEncodable {
        let query: String
        let total: Int
        let hits: [SearchHit]
        let facets: [String: [FacetCount]]
        let nextCursor: String?
    }

    @Sendable func search(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let fields = try request.queryFields()
        let text = fields["q"]
        let query = try SearchQuery(parsing: text)
        let filters = try fields.searchFilters()
        let sort = try fields.parsed("sort", expected: "relevance or date", SearchRequest.Sort.init(rawValue:)) ?? .relevance
        let limit = try fields.number("limit", in: 1...100) ?? 20
        let offset = try fields.number("cursor", in: 0...SearchRequest.maximumOffset, expected: "a cursor returned by this API") ?? 0
        let results = try await search.search(SearchRequest(query: query, filters: filters, sort: sort, limit: limit, offset: offset))
        return Response(query: text, total: results.total, hits: results.hits, facets: results.facets,
                        nextCursor: results.nextOffset.map(String.init))
    }
}
