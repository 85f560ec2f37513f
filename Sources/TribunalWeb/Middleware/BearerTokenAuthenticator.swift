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

/// Signs in the account whose bearer token the request carries. A request without a token goes
/// on unsigned: public routes serve it, staff routes answer 401.
struct BearerTokenAuthenticator: AuthenticatorMiddleware {
    typealias Context = TribunalRequestContext
    let accounts: AccountService
    let clock: @Sendable () -> Date

    func authenticate(request: Request, context: Context) async throws -> Account? {
        guard let bearer = request.headers.bearer else { return nil }
        return try await accounts.account(bearer: bearer.token, now: clock())
    }
}
