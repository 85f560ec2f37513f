import Foundation
import Hummingbird
import TribunalKernel
import Accounts

/// What every staff page does alike: render inside the portal frame with the staff bar, send a
/// visitor to the sign-in page and back, refuse a role without the permission, and read a posted
/// form only with the session's form token. Each staff controller takes one.
struct StaffResponder: Sendable {
    let renderer: PortalRenderer
    let session: StaffSession
    let accounts: AccountService
    let clock: @Sendable () -> Date

    var catalog: Catalog { renderer.catalog }

    /// The middleware that reads the session cookie; every staff route group carries it.
    var authenticator: SessionCookieAuthenticator { SessionCookieAuthenticator(accounts: accounts, clock: clock) }

    func language(_ context: TribunalRequestContext) throws -> PortalLanguage { try context.portalLanguage() }

    func wording(_ language: PortalLanguage) -> Wording { renderer.wording(language) }

    /// A staff page: the portal frame, the staff bar, and the page's own values.
    func page<Page: PageModel>(_ page: Page, _ language: PortalLanguage, _ request: Request, account: Account,
                               status: HTTPResponse.Status = .ok) -> Response {
        let bar = StaffBar(account: account, formToken: StaffSession.token(in: request).map(StaffSession.formToken) ?? "",
                           wording: renderer.wording(language))
        return renderer.render(page, language: language, request: request, staff: bar, status: status)
    }

    /// A staff page that only says something.
    func message(_ titleKey: String, _ messageKey: String, _ language: PortalLanguage, _ request: Request, account: Account,
                 status: HTTPResponse.Status) -> Response {
        page(StaffMessagePage.Model(titleKey: titleKey, messageKey: messageKey, wording: renderer.wording(language)), language, request,
             account: account, status: status)
    }

    /// Runs `body` for a signed-in staff member who may take `action`, with the posted form
    /// (checked against the session's form token) on a POST. A visitor is sent to the sign-in
    /// page and back; a role without the permission is refused.
    func asStaff(_ request: Request, _ context: TribunalRequestContext, may action: Permission = .readDocket,
                 _ body: (Account, PortalLanguage, FormFields) async throws -> Response) async throws -> Response {
        let language = try language(context)
        guard let account = context.identity else {
            let back = request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return Response(status: .seeOther, headers: [.location: "/\(language.rawValue)/staff/sign-in?back=\(back)"])
        }
        guard PermissionRegistry.court.may(account.role, action) else {
            return message("notPermitted", "notPermittedText", language, request, account: account, status: .forbidden)
        }
        guard request.method == .post else { return try await body(account, language, FormFields()) }
        let form = try await FormFields.read(request, limit: 1 << 20)
        guard StaffSession.isValidForm(form, in: request) else { return formRefused(request, language, account) }
        return try await body(account, language, form)
    }

    /// A form posted without the session's form token: refused, nothing is changed.
    func formRefused(_ request: Request, _ language: PortalLanguage, _ account: Account) -> Response {
        message("formExpired", "formExpiredText", language, request, account: account, status: .forbidden)
    }

    /// The status of a page that shows a refused form again: 409 for a move the state does not
    /// allow, 400 for a value that cannot be read, 403 for someone the rules exclude (the drafter
    /// checking their own redaction), 422 for a value the rules refuse.
    static func status(of failure: any DomainFailure) -> HTTPResponse.Status {
        switch failure.failureKind {
        case .illegalMove: return .conflict
        case .malformed: return .badRequest
        case .notFound: return .notFound
        case .forbidden: return .forbidden
        default: return .unprocessableContent
        }
    }

    /// After a change made through a form: back to `path` with a GET (Post/Redirect/Get).
    func seeOther(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
