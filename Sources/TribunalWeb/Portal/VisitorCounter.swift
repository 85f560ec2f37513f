import Crypto
import Foundation
import Hummingbird
import Logging
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Counts page views per language and daily unique visitors without storing personal data: a
/// visitor is a SHA-256 digest of a random salt of the day, the address and the user agent. The
/// salt is shared by every process of the court (so that a visitor served by two servers is one
/// visitor), kept in the database only for its day and the next, then deleted: digests cannot be
/// linked across days or reversed to an address.
actor DailySalt {
    private let portal: any PortalRepository
    private var day: CalendarDate?
    private var salt = Data()

    init(portal: any PortalRepository) {
        self.portal = portal
    }

    func salt(for today: CalendarDate, at instant: Date) async throws -> Data {
        if day != today {
            let stored = try await portal.sharedSecret(named: "visitor-salt:\(today)", at: instant, forgetting: "visitor-salt:",
                                                       before: instant.addingTimeInterval(-2 * 86_400))
            day = today
            salt = Data(stored)
        }
        return salt
    }
}

struct VisitorCountingMiddleware: RouterMiddleware {
    typealias Context = TribunalRequestContext
    let tally: VisitTally
    let salt: DailySalt
    let clock: @Sendable () -> Date
    static let logger = Logger(label: "tribunal.visits")

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        guard request.method == .get, response.status == .ok,
              let first = request.uri.path.split(separator: "/").first, let language = PortalLanguage(rawValue: String(first)) else {
            return response
        }
        let now = clock()
        let today = CalendarDate(now)
        // A page is served even when the day's salt cannot be read; only its count is lost.
        var visitor: Data
        do {
            visitor = try await salt.salt(for: today, at: now)
        } catch {
            Self.logger.warning("page view not counted: the day's visitor salt cannot be read: \(String(reflecting: error))")
            return response
        }
        visitor.append(Data((context.remoteIP ?? "").utf8))
        visitor.append(Data((request.headers[.userAgent] ?? "").utf8))
        let digest = SHA256.hash(data: visitor).hex
        await tally.add(language: language.rawValue, day: today, visitorDigest: digest)
        return response
    }
}
