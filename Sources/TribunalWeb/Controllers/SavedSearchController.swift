import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Saved searches of signed-in users, and the Atom feed that follows each one.
struct SavedSearchController {
    let savedSearches: any SavedSearchRepository
    let search: any JudgmentSearchRepository
    let publications: any JudgmentRepository
    let renderer: PortalRenderer
    let clock: @Sendable () -> Date

    func addRoutes(to api: some RouterMethods<TribunalRequestContext>) {
        api.get("saved-searches", use: list)
        api.post("saved-searches", use: save)
        api.delete("saved-searches/{id}", use: delete)
    }

    /// The feeds are addressed outside the API, by their unguessable token.
    func addFeedRoutes(to router: some RouterMethods<TribunalRequestContext>) {
        router.get("feeds/saved/{token}", use: feed)
    }

    struct Body: Decodable { let name: String; let q: String }
    struct Saved: ResponseEncodable {
        let id: Int64
        let name: String
        let q: String
        let feedURL: String
        let createdAt: Date

        init(_ search: SavedSearch) {
            id = search.id
            name = search.name
            q = search.query
            feedURL = "/feeds/saved/\(search.feedToken).atom"
            createdAt = search.createdAt
        }
    }
    struct SavedList: ResponseEncodable { let savedSearches: [Saved] }

    @Sendable func list(_ request: Request, context: TribunalRequestContext) async throws -> SavedList {
        let account = try context.requireIdentity()
        return SavedList(savedSearches: try await savedSearches.savedSearches(accountId: account.id).map(Saved.init))
    }

    /// The query is parsed before anything is stored: a search that cannot run is refused with the reason.
    @Sendable func save(_ request: Request, context: TribunalRequestContext) async throws -> EditedResponse<Saved> {
        let account = try context.requireIdentity()
        let body = try await request.decodeJSON(Body.self, context: context)
        let saved = try await savedSearches.saveSearch(name: body.name, query: body.q, accountId: account.id, now: clock())
        return EditedResponse(status: .created, response: Saved(saved))
    }

    @Sendable func delete(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let account = try context.requireIdentity()
        let id = try context.parameters.id()
        guard try await savedSearches.deleteSavedSearch(id: id, accountId: account.id) else {
            throw NotFound(field: "id", "you have no saved search with id \(id)")
        }
        return Response(status: .noContent)
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
