import Foundation
import Hummingbird
import TribunalKernel
import Judgments
import SearchEngine
import JudgmentSearch

/// The Atom feed that follows each saved search, addressed outside the API by its unguessable
/// token, so that a feed reader needs no sign-in.
struct SavedSearchFeedController {
    let savedSearches: any SavedSearchRepository
    let search: any JudgmentSearchRepository
    let publications: any JudgmentRepository
    let renderer: PortalRenderer

    func addRoutes(to router: some RouterMethods<TribunalRequestContext>) {
        router.get("feeds/saved/{token}", use: feed)
    }

    /// New judgments matching the saved search, newest first.
    @Sendable func feed(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let raw = context.parameters.get("token") ?? ""
        guard raw.hasSuffix(".atom"), let saved = try await savedSearches.savedSearch(feedToken: String(raw.dropLast(5))) else {
            throw NotFound(field: "token", "no saved search has this feed")
        }
        let results = try await search.search(SearchRequest(query: try SearchQuery(parsing: saved.query), sort: .date, limit: 50))
        let entries = try await AtomFeed.latestVersions(of: results.hits, from: publications)
        let feed = AtomFeed(id: "tag:tribunal,2019:saved-search/\(saved.id)", selfURL: "/feeds/saved/\(raw)",
                            title: "\(saved.name) · 最高人民法院知识产权法庭", updated: saved.createdAt,
                            entries: entries)
        return renderer.render(feed)
    }
}
