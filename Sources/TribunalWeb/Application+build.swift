import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import ServiceLifecycle
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Everything a running Tribunal server is configured with.
public struct TribunalConfiguration: Sendable {
    public var hostname: String
    public var port: Int
    /// Bcrypt cost for new passwords (12 in production; tests lower it).
    public var bcryptCost: UInt8
    /// The least time between serving the mailbox form and accepting it: people read and type,
    /// bots post at once.
    public var mailboxMinimumSeconds: TimeInterval
    /// How often the portal's page views, counted in memory, are written to the store.
    public var visitWriteInterval: Duration
    /// How often the search index looks at the feed for what other processes published, when
    /// the store cannot notify it.
    public var searchFeedPollInterval: Duration
    /// Whether cookies carry `Secure`: on for a server reached over TLS (directly or behind a
    /// proxy that terminates it), off for plain HTTP on one machine, where browsers would drop them.
    public var secureCookies: Bool
    /// The proxies whose `X-Forwarded-For` names the client (none: the peer is the client).
    public var trustedProxies: TrustedProxies
    /// The clock: injected so that tests and demo data are reproducible.
    public var clock: @Sendable () -> Date

    public init(hostname: String = "127.0.0.1", port: Int = 8080, bcryptCost: UInt8 = 12,
                mailboxMinimumSeconds: TimeInterval = 3, visitWriteInterval: Duration = .seconds(5),
                searchFeedPollInterval: Duration = .milliseconds(500),
                secureCookies: Bool = false, trustedProxies: TrustedProxies = .none,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.hostname = hostname
        self.port = port
        self.bcryptCost = bcryptCost
        self.mailboxMinimumSeconds = mailboxMinimumSeconds
        self.visitWriteInterval = visitWriteInterval
        self.searchFeedPollInterval = searchFeedPollInterval
        self.secureCookies = secureCookies
        self.trustedProxies = trustedProxies
        self.clock = clock
    }
}

/// Builds the HTTP application over `services`. The executable and the tests both call this.
///
/// `firstServices` (a database client) start before the application's own services and stop
/// after them, in one service group.
public func buildApplication(
    services: TribunalServices, configuration: TribunalConfiguration, logger: Logger = Logger(label: "tribunal"),
    firstServices: [any Service] = []
) async throws -> Application<RouterResponder<TribunalRequestContext>> {
    let visitTally = VisitTally(store: services.portal, logger: logger)
    let router = try await buildRouter(services: services, configuration: configuration, visitTally: visitTally)
    var app = Application(
        router: router,
        server: tribunalHTTPServer(),
        configuration: .init(address: .hostname(configuration.hostname, port: configuration.port), serverName: "Tribunal"),
        services: firstServices,
        logger: logger)
    app.addServices(VisitTallyService(tally: visitTally, interval: configuration.visitWriteInterval))
    if let search = services.searchIndex {
        app.addServices(SearchIndexFollowerService(follower: search.follower, source: search.source,
                                                   pollInterval: configuration.searchFeedPollInterval, logger: logger))
    }
    return app
}

/// HTTP/1.1 with the decoder's limits of `RequestLimits`, and a problem document for a request
/// the decoder cannot read.
func tribunalHTTPServer() -> HTTPServerBuilder {
    .http1(configuration: .init(
        additionalChannelHandlers: [UnreadableRequestHandler()],
        httpDecoderConfiguration: .init(maxHeaderFieldSize: RequestLimits.headerFieldBytes,
                                        maxHeaderListSize: RequestLimits.headerListBytes)))
}

/// The routes: the JSON API under /api/v1, and the public portal under /zh/ and /en/.
///
/// The portal counts page views in `visitTally`; without one (tests of the routes alone), it
/// makes its own, which the about page writes before showing the totals.
func buildRouter(services: TribunalServices, configuration: TribunalConfiguration,
                 visitTally: VisitTally? = nil) async throws -> Router<TribunalRequestContext> {
    let accounts = try await AccountService(accounts: services.accounts, throttle: services.signInThrottle, registry: .court,
                                            hasher: PasswordHasher(cost: configuration.bcryptCost))
    let similarCases = SimilarCaseService(cases: services.cases, publications: services.publications, similarCases: services.similarCases)
    let renderer = try await PortalRenderer.load()
    let router = Router(context: TribunalRequestContext.self)
    router.add(middleware: ClientAddressMiddleware(trustedProxies: configuration.trustedProxies))
    router.add(middleware: SecurityHeaders.contentSecurity())
    router.add(middleware: PrivacyHeadersMiddleware())
    router.add(middleware: ProblemMiddleware(pages: PortalErrorPage(renderer: renderer)))
    router.add(middleware: URLLengthMiddleware())
    router.add(middleware: BearerTokenAuthenticator(accounts: accounts, clock: configuration.clock))
    let routes = TribunalRoutes(services: services, configuration: configuration, accounts: accounts, similarCases: similarCases,
                                renderer: renderer, visitTally: visitTally ?? VisitTally(store: services.portal))
    router.addRoutes(try routes.api())
    router.addRoutes(routes.portal())
    router.addRoutes(routes.staffPortal())
    return router
}

/// The OpenAPI 3.1 document that describes the routes above (`Resources/openapi.yaml`).
public enum OpenAPIDocument {
    public static func text() throws -> String {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Resources/openapi.yaml"])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
