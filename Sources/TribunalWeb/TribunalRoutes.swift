import Foundation
import Hummingbird
import Accounts
import JudgmentSearch
import OpenAPIHummingbird
import OpenAPIRuntime

/// The routes: the JSON API, generated from its OpenAPI document, and the portal's public and
/// staff pages.
struct TribunalRoutes {
    typealias Collection = RouteCollection<TribunalRequestContext>

    let services: TribunalServices
    let configuration: TribunalConfiguration
    let accounts: AccountService
    let similarCases: SimilarCaseService
    let renderer: PortalRenderer
    let visitTally: VisitTally

    /// The JSON API: every operation of `openapi.yaml`, routed by the interface generated from it
    /// (its paths carry the /api/v1 prefix), each served inside its request's scope.
    func api() throws -> Collection {
        let document = try OpenAPIDocument.text()
        let routes = Collection(context: TribunalRequestContext.self)
        routes.add(middleware: APIRequestScopeMiddleware(parameters: try APIParameterRules(document: document)))
        let handler = TribunalAPIHandler(services: services, accounts: accounts, similarCases: similarCases,
                                         openAPIDocument: document, calendar: .official, clock: configuration.clock)
        // Compact JSON with sorted keys, as the API has always answered.
        try handler.registerHandlers(on: routes, serverURL: URL(string: "/")!,
                                     configuration: Configuration(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
        return routes
    }

    /// The public portal under /zh/ and /en/, its files and its feeds (saved searches' too).
    func portal() -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        PortalController(cases: services.cases, publications: services.publications, search: services.search, portal: services.portal,
                         statistics: services.statistics, renderer: renderer,
                         mailboxTokens: MailboxTokens(portal: services.portal, minimumAge: configuration.mailboxMinimumSeconds, clock: configuration.clock),
                         visitTally: visitTally, clock: configuration.clock).addRoutes(to: routes)
        SavedSearchFeedController(savedSearches: services.savedSearches, search: services.search, publications: services.publications,
                                  renderer: renderer).addRoutes(to: routes)
        return routes
    }

    /// The staff pages of the portal.
    func staffPortal() -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        let responder = StaffResponder(renderer: renderer, session: StaffSession(secureCookies: configuration.secureCookies),
                                       accounts: accounts, clock: configuration.clock)
        StaffPortalController(portal: services.portal, similarCases: similarCases, savedSearches: services.savedSearches,
                              responder: responder).addRoutes(to: routes)
        WorkspaceController(services: services, responder: responder).addRoutes(to: routes)
        CourtOperationsController(services: services, responder: responder).addRoutes(to: routes)
        JudgmentDraftingController(services: services, responder: responder).addRoutes(to: routes)
        HearingCalendarController(services: services, responder: responder).addRoutes(to: routes)
        return routes
    }
}
