import Crypto
import Foundation
import Hummingbird
import HummingbirdAuth
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// A staff member's session in the portal: the same token the API issues, carried in an
/// HttpOnly, SameSite=Strict cookie (Secure when the server is reached over TLS), so that the
/// staff pages work without JavaScript.
struct StaffSession: Sendable {
    static let cookieName = "tribunal_session"
    /// The sign-in form's own token, before there is a session: a random value in a cookie that the
    /// form must post back (double submit), so that no other site can sign a visitor in to an
    /// account of its choosing.
    static let signInCookieName = "tribunal_signin"

    /// Whether cookies carry `Secure` (set when the server is reached over TLS).
    let secureCookies: Bool

    /// The session token the request's cookie carries, if any.
    static func token(in request: Request) -> String? {
        request.cookies[cookieName].map(\.value).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The cookie that opens a session until `expiresAt`.
    func cookie(_ token: String, expiresAt: Date, now: Date) -> Cookie {
        Cookie(name: Self.cookieName, value: token, maxAge: Int(expiresAt.timeIntervalSince(now)), path: "/",
               secure: secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// The cookie that ends a session.
    var expiredCookie: Cookie {
        Cookie(name: Self.cookieName, value: "", maxAge: 0, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// A new sign-in form token and the cookie that carries it for an hour.
    func signInToken() -> (token: String, cookie: Cookie) {
        let token = SecretToken.random()
        return (token, Cookie(name: Self.signInCookieName, value: token, maxAge: 3600, path: "/",
                              secure: secureCookies, httpOnly: true, sameSite: .strict))
    }

    /// Whether a posted sign-in form carries the token of its own sign-in cookie.
    static func isValidSignIn(_ form: FormFields, in request: Request) -> Bool {
        guard let expected = request.cookies[signInCookieName]?.value, !expected.isEmpty else { return false }
        return form["form"].equalsInConstantTime(expected)
    }

    /// The form token of a session: every staff form carries it and every staff POST checks it,
    /// so that no other site can post in the staff member's name (beside SameSite=Strict).
    static func formToken(for sessionToken: String) -> String {
        SHA256.hash(data: Data(("form:" + sessionToken).utf8)).hex
    }

    /// Whether a posted form carries the session's form token.
    static func isValidForm(_ form: FormFields, in request: Request) -> Bool {
        guard let token = token(in: request) else { return false }
        return form["form"].equalsInConstantTime(formToken(for: token))
    }
}

/// Signs in the account whose session cookie the request carries, for the staff pages.
struct SessionCookieAuthenticator: AuthenticatorMiddleware {
    typealias Context = TribunalRequestContext
    let accounts: AccountService
    let clock: @Sendable () -> Date

    func authenticate(request: Request, context: Context) async throws -> Account? {
        guard let token = StaffSession.token(in: request) else { return nil }
        return try await accounts.account(bearer: token, now: clock())
    }
}
