import Foundation
import HummingbirdAuth
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Sign-in: credentials in, a bearer token out.
struct AuthController {
    let accounts: AccountService
    let clock: @Sendable () -> Date

    func addRoutes(to group: some RouterMethods<TribunalRequestContext>) {
        group.post("auth/token", use: token)
        group.get("auth/me", use: me)
    }

    struct Credentials: Decodable { let username: String; let password: String }
    struct TokenResponse: ResponseEncodable { let token: String; let expiresAt: Date; let tokenType = "Bearer" }
    struct Me: ResponseEncodable { let username: String; let role: Role }

    @Sendable func token(_ request: Request, context: TribunalRequestContext) async throws -> TokenResponse {
        let credentials = try await request.decodeJSON(Credentials.self, context: context)
        guard let issued = try await accounts.issueToken(username: credentials.username, password: credentials.password,
                                                        clientAddress: context.remoteIP, now: clock()) else {
            throw HTTPError(.unauthorized, message: "unknown username or wrong password")
        }
        return TokenResponse(token: issued.token, expiresAt: issued.expiresAt)
    }

    @Sendable func me(_ request: Request, context: TribunalRequestContext) async throws -> Me {
        let account = try context.requireIdentity()
        return Me(username: account.username, role: account.role)
    }
}
