import Foundation
import OpenAPIRuntime
import TribunalAPI
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Judgment search: public full-text search and similar-case retrieval, the retrieval report
/// staff sign, saved searches; and the staff side of the public mailbox.
extension TribunalAPIHandler {
    private struct SearchAnswer: Encodable {
        let query: String
        let total: Int
        let hits: [SearchHit]
        let facets: [String: [FacetCount]]
        let nextCursor: String?
    }

    private struct Saved: Encodable {
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
    private struct SavedList: Encodable { let savedSearches: [Saved] }
    private struct SaveBody: Decodable { let name: String; let q: String }
    private struct MessageList: Encodable { let messages: [StoredMailboxMessage] }

    func search(_ input: Operations.Search.Input) async throws -> Operations.Search.Output {
        let q = input.query
        let fields = APIInput.fields(["q": q.q, "year": q.year, "type": q._type?.rawValue, "cause": q.cause?.rawValue, "court": q.court,
                                      "disposition": q.disposition?.rawValue, "language": q.language?.rawValue, "sort": q.sort?.rawValue,
                                      "limit": q.limit, "cursor": q.cursor])
        let query = try SearchQuery(parsing: q.q)
        let filters = try fields.searchFilters()
        let sort = try fields.parsed("sort", expected: "relevance or date", SearchRequest.Sort.init(rawValue:)) ?? .relevance
        let limit = try fields.number("limit", in: 1...100) ?? 20
        let offset = try fields.number("cursor", in: 0...SearchRequest.maximumOffset, expected: "a cursor returned by this API") ?? 0
        let results = try await services.search.search(SearchRequest(query: query, filters: filters, sort: sort, limit: limit, offset: offset))
        let answer = SearchAnswer(query: q.q, total: results.total, hits: results.hits, facets: results.facets,
                                  nextCursor: results.nextOffset.map(String.init))
        return .ok(.init(body: .json(try SpecBridge.spec(answer))))
    }

    func similarCases(_ input: Operations.SimilarCases.Input) async throws -> Operations.SimilarCases.Output {
        let json = switch input.body { case let .json(body): body }
        let query = try await SpecBridge.domain(json, as: SimilarCaseRequest.self).query(using: similarCases)
        return .ok(.init(body: .json(try SpecBridge.spec(try await similarCases.find(query, today: CalendarDate(clock()))))))
    }

    func similarCaseReport(_ input: Operations.SimilarCaseReport.Input) async throws -> Operations.SimilarCaseReport.Output {
        let account = try APIRequestScope.require(.readDocket)
        let json = switch input.body { case let .json(body): body }
        let query = try await SpecBridge.domain(json, as: SimilarCaseRequest.self).query(using: similarCases)
        let now = clock()
        let result = try await similarCases.find(query, today: CalendarDate(now))
        let text = result.report(searchedBy: account.username, at: now, query: query)
        return .ok(.init(headers: .init(contentDisposition: "attachment; filename=\"similar-cases-\(CalendarDate(now)).md\""),
                         body: .textMarkdown(HTTPBody(text))))
    }

    func listSavedSearches(_ input: Operations.ListSavedSearches.Input) async throws -> Operations.ListSavedSearches.Output {
        let account = try APIRequestScope.requireIdentity()
        let saved = try await services.savedSearches.savedSearches(accountId: account.id).map(Saved.init)
        return .ok(.init(body: .json(try SpecBridge.spec(SavedList(savedSearches: saved)))))
    }

    /// The query is parsed before anything is stored: a search that cannot run is refused with the reason.
    func saveSearch(_ input: Operations.SaveSearch.Input) async throws -> Operations.SaveSearch.Output {
        let account = try APIRequestScope.requireIdentity()
        let json = switch input.body { case let .json(body): body }
        let body: SaveBody = try SpecBridge.domain(json)
        let saved = try await services.savedSearches.saveSearch(name: body.name, query: body.q, accountId: account.id, now: clock())
        return .created(.init(body: .json(try SpecBridge.spec(Saved(saved)))))
    }

    func deleteSavedSearch(_ input: Operations.DeleteSavedSearch.Input) async throws -> Operations.DeleteSavedSearch.Output {
        let account = try APIRequestScope.requireIdentity()
        let id = try APIInput.id(input.path.id)
        guard try await services.savedSearches.deleteSavedSearch(id: id, accountId: account.id) else {
            throw NotFound(field: "id", "you have no saved search with id \(id)")
        }
        return .noContent(.init())
    }

    func mailbox(_ input: Operations.Mailbox.Input) async throws -> Operations.Mailbox.Output {
        _ = try APIRequestScope.require(.readMailbox)
        let offset = try APIInput.fields(["cursor": input.query.cursor])
            .number("cursor", in: 0...Paging.deepestOffset, expected: "a cursor returned by this API") ?? 0
        let messages = try await services.portal.mailbox(limit: 50, offset: offset)
        return .ok(.init(body: .json(try SpecBridge.spec(MessageList(messages: messages)))))
    }
}
