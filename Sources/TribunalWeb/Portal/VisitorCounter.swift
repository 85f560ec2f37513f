import Crypto
import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Counts page views per language and daily unique visitors without storing personal data: a
/// visitor is a SHA-256 digest of a random salt of the day, the address and the user agent. The
/// salt is never stored and changes every day, so digests cannot be linked across days or
/// reversed to an address.
actor DailySalt {
    private var day: CalendarDate?
    private var salt = Data()

    func salt(for today: CalendarDate) -> Data {
        if day != today {
            day = today
            salt = Data((0..<32).map { _ in UInt8.random(in: .min ... .max) })
        }
        return salt
    }
}

struct VisitorCountingMiddleware: RouterMiddleware {
    typealias Context = TribunalRequestContext
    let tally: VisitTally
    let salt: DailySalt
    let clock: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        guard request.method == .get, response.status == .ok,
              let first = request.uri.path.split(separator: "/").first, let language = PortalLanguage(rawValue: String(first)) else {
            return response
        }
        let today = CalendarDate(clock())
        var visitor = await salt.salt(for: today)
        visitor.append(Data((context.remoteIP ?? "").utf8))
        visitor.append(Data((request.headers[.userAgent] ?? "").utf8))
        let digest = SHA256.hash(data: visitor).hex
        await tally.add(language: language.rawValue, day: today, visitorDigest: digest)
        return response
    }
}
