import Foundation
import Testing
import TribunalKernel
import Docket
import PublicPortal
import SearchEngine
import JudgmentSearch
@testable import TribunalWeb

/// The portal's pages as values, without HTML: what each page shows follows from the domain's
/// results and the request alone.
@Suite("Page models")
struct PageModelTests {
    static let catalog = try! Catalog.load()
    static func wording(_ language: PortalLanguage) -> Wording { Wording(language: language, catalog: catalog) }

    static func hit(_ number: String, cause: CauseOfAction = CauseOfAction.allCases[0]) -> SearchHit {
        SearchHit(judgmentId: 1, version: 1, caseNumber: number, language: "zh", title: "标题", snippet: "<mark>专利</mark>",
                  decidedOn: CalendarDate(year: 2021, month: 3, day: 4)!, cause: cause, type: TribunalCaseType.allCases[0],
                  courtCode: nil, disposition: nil, designation: nil)
    }

    @Test("Search results: facets leave out the filters in force, links keep the text, sort and filters")
    func searchWithResults() throws {
        let cause = CauseOfAction.allCases[0]
        let asked = SearchPage.Request(text: "专利 侵权", filters: [("cause", cause.rawValue)], sort: .date)
        let results = SearchResults(total: 45, hits: [Self.hit("（2021）最高法知民终7号")], facets: [
            "cause": [FacetCount(value: cause.rawValue, count: 45)],
            "year": (2000..<2020).map { FacetCount(value: String($0), count: 1) },
        ], nextOffset: 20)
        let page = SearchPage.Model(asked, results: results, wording: Self.wording(.en))
        #expect(page.hasQuery && !page.sortRelevance && page.activeFilters)
        #expect(page.total == 45)
        #expect(page.totalText?.contains("45") == true)
        #expect(page.results?.items.map(\.caseNumber) == ["（2021）最高法知民终7号"])
        #expect(page.facets.count == 1, "the cause facet is in force, so only the year facet is offered")
        #expect(page.facets.first?.values.count == SearchPage.facetValues)
        let next = try #require(page.nextURL.flatMap(URLComponents.init(string:)))
        #expect(next.path == "/en/search")
        let items = next.queryItems ?? []
        #expect(items.contains(URLQueryItem(name: "q", value: "专利 侵权")))
        #expect(items.contains(URLQueryItem(name: "sort", value: "date")))
        #expect(items.contains(URLQueryItem(name: "cause", value: cause.rawValue)))
        #expect(items.contains(URLQueryItem(name: "cursor", value: "20")))
        #expect(page.clearURL.flatMap(URLComponents.init(string:))?.queryItems?.contains { $0.name == "cause" } == false)
        #expect(page.problem == nil)
    }

    @Test("A search that fails names the field and the reason, and shows no results")
    func searchWithFailure() {
        let asked = SearchPage.Request(text: "a AND", filters: [], sort: .relevance)
        let page = SearchPage.Model(asked, results: nil, failure: InvalidValue(field: "q", "ends with AND"), wording: Self.wording(.zh))
        #expect(page.problem == "q: ends with AND")
        #expect(!page.hasQuery)
        #expect(page.results == nil && page.total == nil && page.facets.isEmpty)
    }

    @Test("Without a query the search page asks for one")
    func searchWithoutQuery() {
        let page = SearchPage.Model(SearchPage.Request(text: "  ", filters: [], sort: .relevance), results: nil, wording: Self.wording(.zh))
        #expect(!page.hasQuery && page.problem == nil && page.sortRelevance)
    }

    @Test("Numbered pages link forward only from a full page and back only after the first")
    func pageLinks() {
        let first = PageLinks(path: "/zh/judgments", page: 1, shown: 20, pageSize: 20)
        #expect(first.nextURL == "/zh/judgments?page=2" && first.previousURL == nil)
        let last = PageLinks(path: "/zh/judgments", page: 3, shown: 7, pageSize: 20)
        #expect(last.nextURL == nil && last.previousURL == "/zh/judgments?page=2")
        #expect(PageLinks(path: "/zh/judgments", page: Paging.lastPage, shown: 20, pageSize: 20).nextURL == nil)
    }

    @Test("The staff mailbox shows each message's reference and the time in Beijing to the minute")
    func staffMailbox() throws {
        let received = try #require(ISO8601DateFormatter().date(from: "2026-01-31T16:30:00Z"))
        let message = MailboxMessage(name: "王", contact: "w@example.cn", topic: .other, subject: "S", body: "B", language: "zh", receivedAt: received)
        let page = StaffMailboxPage.Model(page: 1, messages: [StoredMailboxMessage(id: 42, message: message)], wording: Self.wording(.en))
        #expect(page.messages.first?.receivedAt == "2026-02-01 00:30")
        #expect(page.messages.first?.reference == MailboxReference(id: 42, receivedAt: received).description)
        #expect(!page.empty && page.nextURL == nil && page.previousURL == nil)
        #expect(page.crumbs.map(\.url) == ["/en/staff", nil])
    }

    @Test("An error page explains the reason only for a request the visitor can correct")
    func errorPage() {
        #expect(ErrorPage.Model(status: 422, detail: "year: not a year", wording: Self.wording(.en)).problem == "year: not a year")
        #expect(ErrorPage.Model(status: 404, detail: "no judgment", wording: Self.wording(.en)).problem == nil)
        #expect(ErrorPage.Model(status: 500, detail: "database", wording: Self.wording(.en)).problem == nil)
        #expect(ErrorPage.Model(status: 429, detail: nil, wording: Self.wording(.zh)).heading == Self.catalog.text("tooManyRequests", .zh))
    }

    @Test("A field the visitor must correct is labelled in the page's language")
    func fieldProblems() {
        let page = SavedSearchesPage.Model(saved: [], form: FormFields(values: ["name": "", "q": "((("]),
                                           errors: [InvalidValue(field: "name", "is empty")], wording: Self.wording(.zh))
        #expect(page.hasErrors && page.empty)
        #expect(page.errors == [FieldProblem(InvalidValue(field: "name", "is empty"), defaultField: "q", wording: Self.wording(.zh),
                                              labelKey: { _ in "savedName" })])
        #expect(page.errors.first?.label == Self.catalog.text("savedName", .zh))
        #expect(page.form.q == "(((")
    }

    @Test("The frame links to the same page in the other language and ends the trail without a link")
    func frame() {
        let frame = PageFrame(language: .en, catalog: Self.catalog, path: "/en/search", query: "q=x", zoomCookie: "huge",
                              searchText: "x", title: "Search", crumbs: [Crumb(title: "Search", url: "/en/search")])
        #expect(frame.otherURL == "/zh/search?q=x")
        #expect(frame.zoom == "normal", "an unknown size is the normal one")
        #expect(frame.breadcrumbs.map(\.url) == ["/en/", nil])
        #expect(frame.query == "x")
    }

    @Test("A template sees the page's values before the frame's, and a page's nil hides nothing of the frame by accident")
    func layering() {
        struct Page { let title: String; let missing: String? }
        struct Frame { let title: String; let lang: String; let missing: String }
        let values = TemplateValues(layers: [Page(title: "page", missing: nil), Frame(title: "frame", lang: "zh", missing: "frame's")])
        #expect(values.child(named: "title") as? String == "page")
        #expect(values.child(named: "lang") as? String == "zh")
        #expect(values.child(named: "missing") == nil, "the page has the property, so its nil is what the template sees")
        #expect(values.child(named: "absent") == nil)
    }
}
