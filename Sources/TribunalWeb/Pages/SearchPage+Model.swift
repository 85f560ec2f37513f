import Foundation
import TribunalKernel
import Docket
import Judgments
import SearchEngine
import JudgmentSearch

/// Full-text search of the published judgments: the results with their facets, the filters in
/// force, and a problem with the query or a filter named on the page.
enum SearchPage {
    static let pageSize = 20
    /// Facet values shown per facet.
    static let facetValues = 12

    /// What the search page was asked: the query text, the filters (name and value, in the
    /// address's order) and the sort.
    struct Request {
        let text: String
        let filters: [(name: String, value: String)]
        let sort: SearchRequest.Sort
    }

    struct Model: PageModel {
        static let template = "search"

        struct Filter: Equatable {
            let name: String
            let value: String
        }

        struct Facet {
            struct Value {
                let label: String
                let count: Int
                let url: String
            }
            let label: String
            let values: [Value]
        }

        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        let hasQuery: Bool
        let sortRelevance: Bool
        let filters: [Filter]
        let results: JudgmentList?
        let total: Int?
        let totalText: String?
        let nextURL: String?
        let activeFilters: Bool
        let clearURL: String?
        let facets: [Facet]
        let problem: String?

        /// The page for `request` with its `results`, or with the `failure` that stopped the search.
        init(_ request: Request, results: SearchResults?, failure: (any DomainFailure)? = nil, wording: Wording) {
            let language = wording.language
            title = wording("search")
            sortRelevance = request.sort == .relevance
            filters = request.filters.map { Filter(name: $0.name, value: $0.value) }
            problem = failure?.fieldAndReason
            hasQuery = failure == nil && !request.text.isBlank
            let address = Address(language: language, text: request.text, sort: request.sort)
            guard let results, failure == nil else {
                (self.results, total, totalText, nextURL, activeFilters, clearURL, facets) = (nil, nil, nil, nil, false, nil, [])
                return
            }
            self.results = JudgmentList(items: results.hits.map { JudgmentListItem($0, wording: wording) })
            total = results.total
            totalText = wording("resultsCount", "n", String(results.total))
            nextURL = results.nextOffset.map { address.url(request.filters, offset: $0) }
            activeFilters = !request.filters.isEmpty
            clearURL = address.url([])
            facets = SearchFilters.names.compactMap { name in
                guard let counts = results.facets[name], !counts.isEmpty, !request.filters.contains(where: { $0.name == name }) else { return nil }
                return Facet(label: wording(name == "type" ? "caseType" : name == "court" ? "court_" : name),
                             values: counts.prefix(SearchPage.facetValues).map { count in
                                 Facet.Value(label: SearchPage.facetLabel(name, count.value, language), count: count.count,
                                             url: address.url(request.filters + [(name, count.value)]))
                             })
            }
        }
    }

    /// The address of a search with the same text and sort and other filters.
    struct Address {
        let language: PortalLanguage
        let text: String
        let sort: SearchRequest.Sort

        func url(_ filters: [(name: String, value: String)], offset: Int? = nil) -> String {
            var items = [URLQueryItem(name: "q", value: text), URLQueryItem(name: "sort", value: sort.rawValue)]
            items += filters.map { URLQueryItem(name: $0.name, value: $0.value) }
            if let offset { items.append(URLQueryItem(name: "cursor", value: String(offset))) }
            var components = URLComponents()
            components.path = "/\(language.rawValue)/search"
            components.queryItems = items
            return components.string ?? components.path
        }
    }

    /// A facet value in the reader's words: a case type, cause, court or disposition by its name.
    static func facetLabel(_ facet: String, _ value: String, _ language: PortalLanguage) -> String {
        switch facet {
        case "type": return TribunalCaseType(rawValue: value).map(language.label) ?? value
        case "cause": return CauseOfAction(rawValue: value).map(language.label) ?? value
        case "court": return language.courtLabel(value)
        case "disposition": return Disposition(rawValue: value).map(language.label) ?? value
        case "language": return value == "zh" ? "中文" : "English"
        default: return value
        }
    }
}
