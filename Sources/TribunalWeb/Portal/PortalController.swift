import Foundation
import Hummingbird
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
    let renderer: PortalRenderer
    let mailboxTokens: MailboxTokens
    let visitTally: VisitTally
    let clock: @Sendable () -> Date

    var catalog: Catalog { renderer.catalog }

    func addRoutes(to router: Router<TribunalRequestContext>) {
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
        pages.get("{lang}/statistics", use: statistics)
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
        return renderer.render("home", language: language, request: request, title: t("home", language), crumbs: [], content: [
            "latest": ["items": latest.map { JudgmentListItem($0, language: language, catalog: catalog).dictionary }],
            "benchmark": ["items": designated.map { JudgmentListItem($0, language: language, catalog: catalog).dictionary }],
        ])
    }

    @Sendable func judgments(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let pageSize = 20
        let number = try request.queryNumber("page", in: 1...Paging.lastPage) ?? 1
        let page = try await publications.latestPublications(limit: pageSize, offset: (number - 1) * pageSize)
        return renderer.render("judgments", language: language, request: request, title: t("judgments", language),
                               crumbs: [.init(title: t("judgments", language), url: nil)], content: [
            "list": ["items": page.map { JudgmentListItem($0, language: language, catalog: catalog).dictionary }],
        ].merging(present([
            "nextURL": page.count == pageSize && number < Paging.lastPage ? "/\(language.rawValue)/judgments?page=\(number + 1)" : nil,
            "previousURL": number > 1 ? "/\(language.rawValue)/judgments?page=\(number - 1)" : nil,
        ])) { first, _ in first })
    }

    @Sendable func judgment(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let raw = context.parameters.get("number") ?? ""
        guard let number = try? CaseNumber(parsing: raw.removingPercentEncoding ?? raw),
              case let versions = try await publications.publications(caseNumber: number), let latest = versions.last else {
            throw NotFound(field: "number", "no judgment is published under '\(raw.prefix(60))'")
        }
        var texts: [(PortalLanguage, JudgmentText)] = [(.zh, latest.zh)]
        if let en = latest.en { texts.append((.en, en)) }
        if language == .en { texts.reverse() }
        let shown = language == .en ? (latest.en ?? latest.zh) : latest.zh
        return renderer.render("judgment", language: language, request: request, title: shown.title, crumbs: [
            .init(title: t("judgments", language), url: "/\(language.rawValue)/judgments"),
            .init(title: latest.caseNumber.canonical, url: nil),
        ], content: [
            "heading": shown.title, "caseNumber": latest.caseNumber.canonical, "decidedOn": latest.decidedOn.description,
            "cause": language.label(latest.cause), "judges": latest.judges.joined(separator: language == .zh ? "、" : ", "),
            "designation": latest.designation != nil,
            "designationLabel": latest.designation.map { t("designation_\($0.kind.rawValue)", language) } ?? "",
            "designationHolding": (language == .en ? latest.designation?.holdingEn : nil) ?? latest.designation?.holdingZh ?? "",
            "texts": texts.map { textLanguage, text in
                [
                    "code": textLanguage.rawValue, "htmlLang": textLanguage.htmlLang,
                    "label": t(textLanguage == .zh ? "original" : "translation", language), "title": text.title,
                    "sections": text.sections.map { section in
                        ["heading": t("section_\(section.kind.rawValue)", textLanguage), "paragraphs": section.passages.map(\.text)] as [String: Any]
                    },
                ] as [String: Any]
            },
            "versions": versions.map { version in
                present(["label": t("version", language).replacingOccurrences(of: "{n}", with: String(version.version)),
                         "publishedAt": CalendarDate(version.publishedAt).description, "notice": version.correctionNotice,
                         "current": version.version == latest.version])
            },
        ].merging(present(["correctionNotice": latest.correctionNotice])) { first, _ in first })
    }

    @Sendable func search(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let fields = try request.queryFields()
        let text = fields["q"]
        let active = SearchFilters.names.compactMap { name in fields.values[name].map { (name, $0) } }
        let sort = try fields.parsed("sort", expected: "relevance or date", SearchRequest.Sort.init(rawValue:)) ?? .relevance
        var content: [String: Any] = [
            "hasQuery": !text.isBlank, "sortRelevance": sort == .relevance,
            "filters": active.map { ["name": $0.0, "value": $0.1] },
        ]
        func url(_ filters: [(String, String)], offset: Int? = nil) -> String {
            var items = [URLQueryItem(name: "q", value: text), URLQueryItem(name: "sort", value: sort.rawValue)]
            items += filters.map { URLQueryItem(name: $0.0, value: $0.1) }
            if let offset { items.append(URLQueryItem(name: "cursor", value: String(offset))) }
            var components = URLComponents()
            components.path = "/\(language.rawValue)/search"
            components.queryItems = items
            return components.string ?? components.path
        }
        var status: HTTPResponse.Status = .ok
        do {
            // The filters and the cursor are read even without a query, so that a bad value is
            // named on the page rather than silently dropped.
            let filters = try fields.searchFilters()
            let offset = try fields.number("cursor", in: 0...SearchRequest.maximumOffset) ?? 0
            if !text.isBlank {
                let query = try SearchQuery(parsing: text)
                let results = try await search.search(SearchRequest(query: query, filters: filters, sort: sort, limit: 20, offset: offset))
                content["results"] = ["items": results.hits.map { JudgmentListItem($0, language: language, catalog: catalog).dictionary }]
                content["total"] = results.total
                content["totalText"] = t("resultsCount", language).replacingOccurrences(of: "{n}", with: String(results.total))
                if let next = results.nextOffset { content["nextURL"] = url(active, offset: next) }
                content["activeFilters"] = !active.isEmpty
                content["clearURL"] = url([])
                content["facets"] = SearchFilters.names.compactMap { name -> [String: Any]? in
                    guard let counts = results.facets[name], !counts.isEmpty, !active.contains(where: { $0.0 == name }) else { return nil }
                    return ["label": t(name == "type" ? "caseType" : name == "court" ? "court_" : name, language),
                            "values": counts.prefix(12).map { count in
                                ["label": facetLabel(name, count.value, language), "count": count.count,
                                 "url": url(active + [(name, count.value)])] as [String: Any]
                            }]
                }
            }
        } catch let failure as any DomainFailure {
            // The field as the address names it (q, year, court…), then why.
            content["problem"] = [failure.field, failure.reason].compactMap { $0 }.joined(separator: ": ")
            content["hasQuery"] = false
            status = failure.failureKind == .malformed ? .badRequest : .unprocessableContent
        }
        return renderer.render("search", language: language, request: request, title: t("search", language),
                               crumbs: [.init(title: t("search", language), url: nil)], content: content, status: status)
    }

    private func facetLabel(_ facet: String, _ value: String, _ language: PortalLanguage) -> String {
        switch facet {
        case "type": return TribunalCaseType(rawValue: value).map(language.label) ?? value
        case "cause": return CauseOfAction(rawValue: value).map(language.label) ?? value
        case "court": return language.courtLabel(value)
        case "disposition": return Disposition(rawValue: value).map(language.label) ?? value
        case "language": return value == "zh" ? "中文" : "English"
        default: return value
        }
    }

    /// Public fields of a case only: no parties' details, no panel, no history.
    @Sendable func status(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let text = try request.queryText("number") ?? ""
        var content: [String: Any] = ["number": text]
        var status: HTTPResponse.Status = .ok
        if !text.isBlank {
            do {
                let number = try CaseNumber(parsing: text)
                guard number.isTribunalNumber else {
                    throw InvalidValue(field: "number", language == .zh ? "\(number.canonical)不是本庭案号" : "\(number.canonical) is not a number of the Tribunal")
                }
                if let found = try await cases.find(number: number) {
                    let published = try await publications.publications(caseNumber: found.number)
                    content["found"] = present([
                        "canonical": found.number.canonical, "type": language.label(found.type), "cause": language.label(found.cause),
                        "court": found.origin.map { language.courtLabel($0.courtCode) } ?? "—", "status": language.label(found.status),
                        "docketedOn": found.docketedOn.description, "closedOn": found.closedOn?.description ?? "—",
                        "disposition": found.disposition.map(language.label) ?? "—",
                        "judgmentURL": published.isEmpty ? nil : language.judgmentURL(found.number.canonical),
                    ])
                } else {
                    content["problem"] = t("caseNotFound", language)
                    status = .notFound
                }
            } catch let failure as any DomainFailure {
                // The field as the address names it (q, year, court…), then why.
                content["problem"] = [failure.field, failure.reason].compactMap { $0 }.joined(separator: ": ")
                status = .unprocessableContent
            }
        }
        return renderer.render("status", language: language, request: request, title: t("caseStatus", language),
                               crumbs: [.init(title: t("caseStatus", language), url: nil)], content: content, status: status)
    }

    @Sendable func about(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        // Counts still in memory would make the page lag behind the visits it has just seen.
        await visitTally.flush()
        let totals = try await portal.visitorTotals()
        return renderer.render("about", language: language, request: request, title: t("about", language),
                               crumbs: [.init(title: t("about", language), url: nil)], content: [
            "visitors": totals.map { ["language": $0.language == "zh" ? "中文" : "English", "pageViews": $0.pageViews, "dailyVisitors": $0.dailyVisitors] },
        ])
    }

    @Sendable func statistics(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let years = try await portal.yearlyFigures()
        return renderer.render("statistics", language: language, request: request, title: t("statistics", language),
                               crumbs: [.init(title: t("statistics", language), url: nil)], content: [
            "years": years.map { ["year": $0.year, "received": $0.received, "closed": $0.closed] },
        ])
    }

    // MARK: - Mailbox

    private func mailboxPage(_ request: Request, _ language: PortalLanguage, form: FormFields = FormFields(),
                             errors: [InvalidValue] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        // Only a text of a reference's shape is shown back, so that no address can put words on the page.
        let reference = request.method == .get ? (try? request.queryText("sent")).flatMap { $0 }.flatMap { MailboxReference.isWellFormed($0) ? $0 : nil } : nil
        return renderer.render("mailbox", language: language, request: request, title: t("mailbox", language),
                               crumbs: [.init(title: t("mailbox", language), url: nil)], content: [
            "thanks": reference != nil, "referenceText": t("mailboxReference", language).replacingOccurrences(of: "{ref}", with: reference ?? ""), "token": try await mailboxTokens.current().issue(at: clock()),
            "form": ["name": form["name"], "contact": form["contact"], "subject": form["subject"], "body": form["body"]],
            "topics": MailboxMessage.Topic.allCases.map { topic in
                ["value": topic.rawValue, "label": t("topic_\(topic.rawValue)", language), "selected": form["topic"] == topic.rawValue] as [String: Any]
            },
            "hasErrors": !errors.isEmpty,
            "errors": errors.map { ["field": $0.field ?? "", "label": t($0.field ?? "body", language), "reason": $0.reason] },
        ], status: status)
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
        return atom(AtomFeed(id: "tag:tribunal,2019:feeds/judgments", selfURL: "/feeds/judgments.atom", title: "最高人民法院知识产权法庭 · 裁判文书",
                             updated: entries.map(\.publishedAt).max() ?? clock(), entries: entries))
    }

    @Sendable func causeFeed(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let raw = context.parameters.get("cause") ?? ""
        guard raw.hasSuffix(".atom"), let cause = CauseOfAction(rawValue: String(raw.dropLast(5))) else {
            throw NotFound(field: "cause", "no feed for '\(raw)'; feeds are /feeds/judgments/<cause>.atom with a cause from /api/v1/causes")
        }
        let results = try await search.search(SearchRequest(query: .field(.cause, cause.rawValue), sort: .date, limit: 50))
        let entries = try await AtomFeed.entries(for: results.hits, from: publications)
        return atom(AtomFeed(id: "tag:tribunal,2019:feeds/judgments/\(cause.rawValue)", selfURL: "/feeds/judgments/\(cause.rawValue).atom", title: "最高人民法院知识产权法庭 · \(cause.zh)",
                             updated: entries.map(\.publishedAt).max() ?? clock(), entries: entries))
    }

    private func atom(_ feed: AtomFeed) -> Response { feed.response }
}
