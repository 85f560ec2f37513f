import Foundation
import Hummingbird
import CourtOperations
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The bilingual public portal: server-rendered pages under /zh/ and /en/ that work without
/// JavaScript, the mailbox, text zoom, feeds. It reads only published judgments and public case
/// fields.
struct PortalController {
    let cases: any CaseRepository
    let publications: any JudgmentRepository
    let search: any JudgmentSearchRepository
    let portal: any PortalRepository
    let statistics: StatisticsService
    let renderer: PortalRenderer
    let mailboxTokens: MailboxTokens
    let visitTally: VisitTally
    let clock: @Sendable () -> Date

    var catalog: Catalog { renderer.catalog }

    func addRoutes(to router: some RouterMethods<TribunalRequestContext>) {
        router.get("/", use: chooseLanguage)
        router.get("zoom", use: zoom)
        router.get("static/portal.css") { _, _ in try Self.file("static/portal.css", type: "text/css; charset=utf-8") }
        router.get("static/report.css") { _, _ in try Self.file("static/report.css", type: "text/css; charset=utf-8") }
        router.get("static/favicon.svg") { _, _ in try Self.file("static/favicon.svg", type: "image/svg+xml") }
        router.get("robots.txt") { _, _ in try Self.file("static/robots.txt", type: "text/plain; charset=utf-8") }
        router.get("feeds/judgments.atom", use: feed)
        router.get("feeds/judgments/{cause}", use: causeFeed)
        let pages = router.group().add(middleware: VisitorCountingMiddleware(tally: visitTally, salt: DailySalt(portal: portal), clock: clock))
        pages.get("{lang}", use: home)
        pages.get("{lang}/judgments", use: judgments)
        pages.get("{lang}/judgments/{number}", use: judgment)
        pages.get("{lang}/search", use: search)
        pages.get("{lang}/cases/status", use: status)
        pages.get("{lang}/about", use: about)
        pages.get("{lang}/statistics", use: statisticsPage)
        router.get("{lang}/statistics.csv", use: statisticsCSV)
        pages.get("{lang}/mailbox", use: mailboxForm)
        pages.post("{lang}/mailbox", use: submitMailbox)
    }

    // MARK: - Frame

    private func language(_ context: TribunalRequestContext) throws -> PortalLanguage { try context.portalLanguage() }

    private func t(_ key: String, _ language: PortalLanguage) -> String { catalog.text(key, language) }

    // MARK: - Pages

    /// `/` goes to the language the browser prefers.
    @Sendable func chooseLanguage(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = PortalLanguage.negotiate(request.headers[.acceptLanguage])
        return Response(status: .seeOther, headers: [.location: "/\(language.rawValue)/", .vary: "Accept-Language"])
    }

    @Sendable func home(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let latest = try await publications.latestPublications(limit: 10, offset: 0)
        let designated = try await publications.designatedPublications(limit: 5)
        return renderer.render(HomePage.Model(latest: latest, designated: designated, wording: renderer.wording(language)),
                               language: language, request: request)
    }

    @Sendable func judgments(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let number = try request.queryNumber("page", in: 1...Paging.lastPage) ?? 1
        let page = try await publications.latestPublications(limit: JudgmentsPage.pageSize, offset: (number - 1) * JudgmentsPage.pageSize)
        return renderer.render(JudgmentsPage.Model(page: number, judgments: page, wording: renderer.wording(language)),
                               language: language, request: request)
    }

    @Sendable func judgment(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let raw = context.parameters.get("number") ?? ""
        guard let number = try? CaseNumber(parsing: raw.removingPercentEncoding ?? raw),
              let page = JudgmentPage.Model(versions: try await publications.publications(caseNumber: number), wording: renderer.wording(language)) else {
            throw NotFound(field: "number", "no judgment is published under '\(raw.prefix(60))'")
        }
        return renderer.render(page, language: language, request: request)
    }

    @Sendable func search(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let fields = try request.queryFields()
        let sort = try fields.parsed("sort", expected: "relevance or date", SearchRequest.Sort.init(rawValue:)) ?? .relevance
        let asked = SearchPage.Request(text: fields["q"], filters: SearchFilters.names.compactMap { name in fields.values[name].map { (name, $0) } },
                                       sort: sort)
        let wording = renderer.wording(language)
        do {
            // The filters and the cursor are read even without a query, so that a bad value is
            // named on the page rather than silently dropped.
            let filters = try fields.searchFilters()
            let offset = try fields.number("cursor", in: 0...SearchRequest.maximumOffset) ?? 0
            var results: SearchResults?
            if !asked.text.isBlank {
                let query = try SearchQuery(parsing: asked.text)
                results = try await search.search(SearchRequest(query: query, filters: filters, sort: sort, limit: SearchPage.pageSize, offset: offset))
            }
            return renderer.render(SearchPage.Model(asked, results: results, wording: wording), language: language, request: request)
        } catch let failure as any DomainFailure {
            return renderer.render(SearchPage.Model(asked, results: nil, failure: failure, wording: wording), language: language, request: request,
                                   status: failure.failureKind == .malformed ? .badRequest : .unprocessableContent)
        }
    }

    /// Public fields of a case only: no parties' details, no panel, no history.
    @Sendable func status(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let wording = renderer.wording(language)
        let text = try request.queryText("number") ?? ""
        guard !text.isBlank else {
            return renderer.render(CaseStatusPage.Model(number: text, wording: wording), language: language, request: request)
        }
        do {
            let number = try CaseNumber(parsing: text)
            guard number.isTribunalNumber else {
                throw InvalidValue(field: "number", language == .zh ? "\(number.canonical)不是本庭案号" : "\(number.canonical) is not a number of the Tribunal")
            }
            guard let found = try await cases.find(number: number) else {
                return renderer.render(CaseStatusPage.Model(number: text, notFound: true, wording: wording), language: language, request: request,
                                       status: .notFound)
            }
            let published = try await publications.publications(caseNumber: found.number)
            return renderer.render(CaseStatusPage.Model(number: text, found: found, hasJudgment: !published.isEmpty, wording: wording),
                                   language: language, request: request)
        } catch let failure as any DomainFailure {
            return renderer.render(CaseStatusPage.Model(number: text, failure: failure, wording: wording), language: language, request: request,
                                   status: .unprocessableContent)
        }
    }

    @Sendable func about(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        // Counts still in memory would make the page lag behind the visits it has just seen.
        await visitTally.flush()
        let totals = try await portal.visitorTotals()
        return renderer.render(AboutPage.Model(totals: totals, wording: renderer.wording(language)), language: language, request: request)
    }

    private func statisticsReport(_ request: Request, _ language: PortalLanguage) async throws -> StatisticsReport {
        try await StatisticsReport.load(for: request, statistics: statistics, today: CalendarDate(clock()),
                                        path: "/\(language.rawValue)/statistics", wording: renderer.wording(language))
    }

    @Sendable func statisticsPage(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let report = try await statisticsReport(request, language)
        return renderer.render(StatisticsPage.Model(report: report, wording: renderer.wording(language)), language: language, request: request)
    }

    @Sendable func statisticsCSV(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await statisticsReport(request, try language(context)).csvResponse(for: request)
    }

    // MARK: - Mailbox

    private func mailboxPage(_ request: Request, _ language: PortalLanguage, form: FormFields = FormFields(),
                             errors: [InvalidValue] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        // Only a text of a reference's shape is shown back, so that no address can put words on the page.
        let reference = request.method == .get ? (try? request.queryText("sent")).flatMap { $0 }.flatMap { MailboxReference.isWellFormed($0) ? $0 : nil } : nil
        let page = MailboxPage.Model(reference: reference, token: try await mailboxTokens.current().issue(at: clock()), form: form,
                                     errors: errors, wording: renderer.wording(language))
        return renderer.render(page, language: language, request: request, status: status)
    }

    @Sendable func mailboxForm(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await mailboxPage(request, try language(context))
    }

    /// A rejected submission writes nothing and shows the form again with the reasons.
    @Sendable func submitMailbox(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let form = try await FormFields.read(request, limit: 32 * 1024)
        func refuse(_ field: String, _ reason: String, status: HTTPResponse.Status = .unprocessableContent) async throws -> Response {
            try await mailboxPage(request, language, form: form, errors: [InvalidValue(field: field, reason)], status: status)
        }
        // The honeypot is invisible to people; only a bot fills it.
        guard form["website"].isEmpty else { return try await refuse("token", t("mailboxUnverifiable", language)) }
        let message = MailboxMessage(name: form["name"].trimmingCharacters(in: .whitespacesAndNewlines),
                                     contact: form["contact"].trimmingCharacters(in: .whitespacesAndNewlines),
                                     topic: MailboxMessage.Topic(rawValue: form["topic"]) ?? .other,
                                     subject: form["subject"].trimmingCharacters(in: .whitespacesAndNewlines),
                                     body: form["body"], language: language.rawValue, receivedAt: clock())
        // What the visitor can correct comes first; the form's token only after.
        do {
            try message.validate()
        } catch {
            return try await mailboxPage(request, language, form: form, errors: [error], status: .unprocessableContent)
        }
        let mailboxToken = try await mailboxTokens.current()
        let nonce: String
        do {
            nonce = try mailboxToken.nonce(of: form["token"], at: clock())
        } catch {
            return try await refuse("token", t(error.rawValue, language))
        }
        let reference: MailboxReference
        do {
            reference = try await MailboxService(store: portal)
                .submit(message, formNonce: nonce, clientDigest: context.remoteIP.map(mailboxToken.clientDigest))
        } catch is MailboxFormAlreadyUsed {
            return try await refuse("token", t("mailboxReused", language), status: .conflict)
        } catch is Throttled {
            return try await refuse("token", t("mailboxThrottled", language), status: .tooManyRequests)
        }
        return Response(status: .seeOther, headers: [.location: "/\(language.rawValue)/mailbox?sent=\(reference)"])
    }

    // MARK: - Zoom, stylesheet, feeds

    /// Sets the text size and goes back; only local paths are accepted, so that it is no open redirect.
    @Sendable func zoom(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let fields = try request.queryFields()
        let size = try fields.parsed("size", expected: "one of " + ZoomPreference.sizes.joined(separator: ", ")) {
            ZoomPreference.sizes.contains($0) ? $0 : nil
        } ?? "normal"
        let back = fields.values["back"].flatMap(SameSitePath.validated) ?? "/"
        var response = Response(status: .seeOther, headers: [.location: back])
        response.setCookie(Cookie(name: "zoom", value: size, maxAge: 31_536_000, path: "/", httpOnly: true, sameSite: .lax))
        return response
    }

    /// A file shipped in `Resources/`, cached by browsers for an hour.
    static func file(_ path: String, type: String) throws -> Response {
        let data = try Data(contentsOf: try PortalResources.url(path))
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    @Sendable func feed(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let entries = try await publications.latestPublications(limit: 50, offset: 0)
        return renderer.render(AtomFeed(id: "tag:tribunal,2019:feeds/judgments", selfURL: "/feeds/judgments.atom", title: "最高人民法院知识产权法庭 · 裁判文书",
                             updated: clock(), entries: entries))
    }

    @Sendable func causeFeed(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let raw = context.parameters.get("cause") ?? ""
        guard raw.hasSuffix(".atom"), let cause = CauseOfAction(rawValue: String(raw.dropLast(5))) else {
            throw NotFound(field: "cause", "no feed for '\(raw)'; feeds are /feeds/judgments/<cause>.atom with a cause from /api/v1/causes")
        }
        let results = try await search.search(SearchRequest(query: .field(.cause, cause.rawValue), sort: .date, limit: 50))
        let entries = try await AtomFeed.latestVersions(of: results.hits, from: publications)
        return renderer.render(AtomFeed(id: "tag:tribunal,2019:feeds/judgments/\(cause.rawValue)", selfURL: "/feeds/judgments/\(cause.rawValue).atom", title: "最高人民法院知识产权法庭 · \(cause.zh)",
                             updated: clock(), entries: entries))
    }
}
