import Crypto
import Foundation
import Hummingbird
import HummingbirdAuth
import TribunalCore

/// A staff member's session in the portal: the same token the API issues, carried in an
/// HttpOnly, SameSite=Strict cookie, so that the staff pages work without JavaScript.
enum StaffSession {
    static let cookieName = "tribunal_session"

    /// The session token the request's cookie carries, if any.
    static func token(in request: Request) -> String? {
        request.headers[.cookie]?.split(separator: ";").lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix(cookieName + "=") }.map { String($0.dropFirst(cookieName.count + 1)) }
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The cookie that opens a session until `expiresAt`.
    static func cookie(_ token: String, expiresAt: Date, now: Date) -> String {
        "\(cookieName)=\(token); Path=/; Max-Age=\(Int(expiresAt.timeIntervalSince(now))); HttpOnly; SameSite=Strict"
    }

    /// The cookie that ends a session.
    static let expiredCookie = "\(cookieName)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"

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
struct SessionCookieAuthenticator<Store: AccountRepository>: AuthenticatorMiddleware {
    typealias Context = TribunalRequestContext
    let accounts: AccountService<Store>
    let clock: @Sendable () -> Date

    func authenticate(request: Request, context: Context) async throws -> Account? {
        guard let token = StaffSession.token(in: request) else { return nil }
        return try await accounts.account(bearer: token, now: clock())
    }
}
