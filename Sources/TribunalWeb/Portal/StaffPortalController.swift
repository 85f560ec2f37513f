import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The staff pages of the portal, in both languages and without JavaScript: sign-in, the
/// mailbox the public writes to, similar-case retrieval with its signed report, and saved
/// searches with their feeds. The same accounts and permissions as the API.
struct StaffPortalController {
    let portal: any PortalRepository
    let similarCases: SimilarCaseService
    let savedSearches: any SavedSearchRepository
    let responder: StaffResponder

    var accounts: AccountService { responder.accounts }
    var renderer: PortalRenderer { responder.renderer }
    var session: StaffSession { responder.session }
    var clock: @Sendable () -> Date { responder.clock }
    var catalog: Catalog { renderer.catalog }

    func addRoutes(to router: some RouterMethods<TribunalRequestContext>) {
        router.get("{lang}/staff/sign-in", use: signInForm)
        router.post("{lang}/staff/sign-in", use: signIn)
        let staff = router.group().add(middleware: responder.authenticator)
        staff.post("{lang}/staff/sign-out", use: signOut)
        staff.get("{lang}/staff/mailbox", use: mailbox)
        staff.get("{lang}/staff/similar-cases", use: similarCases)
        staff.post("{lang}/staff/similar-cases", use: findSimilarCases)
        staff.post("{lang}/staff/similar-cases/report", use: similarCaseReport)
        staff.get("{lang}/staff/saved-searches", use: savedSearches)
        staff.post("{lang}/staff/saved-searches", use: saveSearch)
        staff.post("{lang}/staff/saved-searches/{id}/delete", use: deleteSavedSearch)
    }

    private func language(_ context: TribunalRequestContext) throws -> PortalLanguage { try context.portalLanguage() }

    private func t(_ key: String, _ language: PortalLanguage) -> String { catalog.text(key, language) }

    private func page<Page: PageModel>(_ page: Page, _ language: PortalLanguage, _ request: Request, account: Account,
                                       status: HTTPResponse.Status = .ok) -> Response {
        responder.page(page, language, request, account: account, status: status)
    }

    private func asStaff(_ request: Request, _ context: TribunalRequestContext, may action: Permission = .readDocket,
                         _ body: (Account, PortalLanguage, FormFields) async throws -> Response) async throws -> Response {
        try await responder.asStaff(request, context, may: action, body)
    }

    // MARK: - Sign-in

    @Sendable func signInForm(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        return signInPage(request, language, back: try request.queryText("back") ?? "", username: "", error: nil)
    }

    /// The sign-in form with a fresh form token in its cookie, and why the last attempt failed.
    private func signInPage(_ request: Request, _ language: PortalLanguage, back: String, username: String,
                            error: (message: String, status: HTTPResponse.Status)?) -> Response {
        let (token, cookie) = session.signInToken()
        let model = StaffSignInPage.Model(back: back, username: username, formToken: token, error: error?.message,
                                          wording: renderer.wording(language))
        var response = renderer.render(model, language: language, request: request, status: error?.status ?? .ok)
        response.setCookie(cookie)
        return response
    }

    @Sendable func signIn(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let form = try await FormFields.read(request)
        guard StaffSession.isValidSignIn(form, in: request) else {
            return signInPage(request, language, back: form["back"], username: form["username"],
                              error: (t("formExpiredText", language), .forbidden))
        }
        let now = clock()
        let issued: (token: String, expiresAt: Date)?
        do {
            issued = try await accounts.issueToken(username: form["username"], password: form["password"], clientAddress: context.remoteIP, now: now)
        } catch let throttled as Throttled {
            var response = signInPage(request, language, back: form["back"], username: form["username"],
                                      error: (t("signInThrottled", language).replacingOccurrences(of: "{n}", with: String(throttled.retryAfterSeconds)), .tooManyRequests))
            response.headers[.retryAfter] = String(throttled.retryAfterSeconds)
            return response
        }
        guard let (token, expiresAt) = issued else {
            return signInPage(request, language, back: form["back"], username: form["username"], error: (t("signInFailed", language), .unauthorized))
        }
        // Only a page of the staff area: never a redirect to another site.
        let back = SameSitePath.validated(form["back"]).flatMap { $0.hasPrefix("/\(language.rawValue)/staff") ? $0 : nil } ?? "/\(language.rawValue)/staff"
        var response = Response(status: .seeOther, headers: [.location: back])
        response.setCookie(session.cookie(token, expiresAt: expiresAt, now: now))
        response.setCookie(Cookie(name: StaffSession.signInCookieName, value: "", maxAge: 0, path: "/",
                                  secure: session.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    @Sendable func signOut(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try language(context)
        let form = try await FormFields.read(request)
        if let token = StaffSession.token(in: request), StaffSession.isValidForm(form, in: request) {
            try await accounts.revoke(bearer: token)
        }
        var response = Response(status: .seeOther, headers: [.location: "/\(language.rawValue)/"])
        response.setCookie(session.expiredCookie)
        return response
    }

    // MARK: - Pages

    @Sendable func mailbox(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await asStaff(request, context, may: .readMailbox) { account, language, _ in try await mailboxPage(request, language, account) }
    }

    private func mailboxPage(_ request: Request, _ language: PortalLanguage, _ account: Account) async throws -> Response {
        let number = try request.queryNumber("page", in: 1...Paging.lastPage) ?? 1
        let messages = try await portal.mailbox(limit: StaffMailboxPage.pageSize, offset: (number - 1) * StaffMailboxPage.pageSize)
        return page(StaffMailboxPage.Model(page: number, messages: messages, wording: renderer.wording(language)), language, request, account: account)
    }

    // MARK: - Similar cases

    @Sendable func similarCases(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await asStaff(request, context) { account, language, _ in
            similarCasePage(request, language, account, form: FormFields(), result: nil, errors: [])
        }
    }

    @Sendable func findSimilarCases(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await asStaff(request, context) { account, language, form in
            do {
                let query = try await Self.similarCaseRequest(form).query(using: similarCases)
                let result = try await similarCases.find(query, today: CalendarDate(clock()))
                return similarCasePage(request, language, account, form: form, result: result, errors: [])
            } catch let error as InvalidValue {
                return similarCasePage(request, language, account, form: form, result: nil, errors: [error], status: .unprocessableContent)
            }
        }
    }

    @Sendable func similarCaseReport(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await asStaff(request, context) { account, language, form in
            do {
                let query = try await Self.similarCaseRequest(form).query(using: similarCases)
                let now = clock()
                let result = try await similarCases.find(query, today: CalendarDate(now))
                let report = SimilarCaseReport(result, searchedBy: account.username, at: now, query: query)
                if form["format"] == "print" {
                    // The page a court prints and files: the report alone, no portal frame.
                    let html = renderer.library.render(report, withTemplate: "similar-report") ?? ""
                    return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: "zh-CN"],
                                    body: .init(byteBuffer: ByteBuffer(string: html)))
                }
                return Response(status: .ok, headers: [
                    .contentType: "text/markdown; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"similar-cases-\(CalendarDate(now)).md\"",
                ], body: .init(byteBuffer: ByteBuffer(string: report.markdown)))
            } catch let error as InvalidValue {
                return similarCasePage(request, language, account, form: form, result: nil, errors: [error], status: .unprocessableContent)
            }
        }
    }

    static func similarCaseRequest(_ form: FormFields) -> SimilarCaseRequest {
        SimilarCaseRequest(text: form["text"], caseNumber: form["caseNumber"], cause: CauseOfAction(rawValue: form["cause"]),
                           parties: Self.partyNames(form["parties"]), issues: form["issues"].isBlank ? nil : form["issues"])
    }

    /// The pending matter's parties as the form gives them, one per line or separated by 、 or
    /// commas: their names are left out of the terms compared, and a shared one is a reason.
    static func partyNames(_ text: String) -> [String]? {
        let names = text.split(whereSeparator: { "\n\r、,，;；".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return names.isEmpty ? nil : Array(names.prefix(50))
    }

    private func similarCasePage(_ request: Request, _ language: PortalLanguage, _ account: Account, form: FormFields,
                                 result: SimilarCaseResult?, errors: [InvalidValue], status: HTTPResponse.Status = .ok) -> Response {
        page(SimilarCasesPage.Model(form: form, result: result, errors: errors, wording: renderer.wording(language)), language, request,
             account: account, status: status)
    }

    // MARK: - Saved searches

    @Sendable func savedSearches(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await asStaff(request, context) { account, language, _ in
            let prefill = FormFields(values: ["q": try request.queryText("q") ?? ""])
            return try await savedSearchPage(request, language, account, form: prefill, errors: [])
        }
    }

    @Sendable func saveSearch(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await asStaff(request, context) { account, language, form in
            do {
                _ = try await savedSearches.saveSearch(name: form["name"], query: form["q"], accountId: account.id, now: clock())
            } catch let error as InvalidValue {
                return try await savedSearchPage(request, language, account, form: form, errors: [error], status: .unprocessableContent)
            }
            return Response(status: .seeOther, headers: [.location: "/\(language.rawValue)/staff/saved-searches"])
        }
    }

    @Sendable func deleteSavedSearch(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await asStaff(request, context) { account, language, _ in
            guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else { throw HTTPError(.notFound) }
            _ = try await savedSearches.deleteSavedSearch(id: id, accountId: account.id)
            return Response(status: .seeOther, headers: [.location: "/\(language.rawValue)/staff/saved-searches"])
        }
    }

    private func savedSearchPage(_ request: Request, _ language: PortalLanguage, _ account: Account, form: FormFields,
                                 errors: [InvalidValue], status: HTTPResponse.Status = .ok) async throws -> Response {
        let saved = try await savedSearches.savedSearches(accountId: account.id)
        return page(SavedSearchesPage.Model(saved: saved, form: form, errors: errors, wording: renderer.wording(language)), language, request,
                    account: account, status: status)
    }
}
