import Foundation
import Hummingbird
import Accounts
import JudgmentSearch

/// The routes of each bounded context, as one collection each: the JSON API's (mounted under
/// /api/v1) and the portal's public and staff pages.
struct TribunalRoutes {
    typealias Collection = RouteCollection<TribunalRequestContext>

    let services: TribunalServices
    let configuration: TribunalConfiguration
    let accounts: AccountService
    let similarCases: SimilarCaseService
    let renderer: PortalRenderer
    let visitTally: VisitTally

    /// The API of every context, in the order of the OpenAPI document's tags.
    func api() throws -> [Collection] {
        [try reference(), accountsAPI(), docketAPI(), judgmentsAPI(), searchAPI(), mailboxAPI()]
    }

    /// The court's reference data: the OpenAPI document, courts, causes, case types.
    func reference() throws -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        ReferenceController(openAPIDocument: try OpenAPIDocument.text()).addRoutes(to: routes)
        return routes
    }

    /// Accounts: sign-in tokens and the court's staff.
    func accountsAPI() -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        AuthController(accounts: accounts, clock: configuration.clock).addRoutes(to: routes)
        StaffController(staff: services.staff, accounts: accounts).addRoutes(to: routes)
        return routes
    }

    /// The docket: cases, their lifecycle, and the statutory deadlines.
    func docketAPI() -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        CaseController(docket: services.docket, clock: configuration.clock).addRoutes(to: routes)
        DeadlineController(calendar: .official).addRoutes(to: routes)
        return routes
    }

    /// Judgments: drafts, redaction review, publication and corrections.
    func judgmentsAPI() -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        JudgmentController(judgments: services.judgments, clock: configuration.clock).addRoutes(to: routes)
        return routes
    }

    /// Judgment search: full-text search, similar cases and saved searches.
    func searchAPI() -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        SearchController(search: services.search).addRoutes(to: routes)
        SimilarCaseController(similarCases: similarCases, clock: configuration.clock).addRoutes(to: routes)
        savedSearches.addRoutes(to: routes)
        return routes
    }

    /// The public portal's mailbox, as the API reads it.
    func mailboxAPI() -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        MailboxController(portal: services.portal).addRoutes(to: routes)
        return routes
    }

    /// The public portal under /zh/ and /en/, its files and its feeds (saved searches' too).
    func portal() -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        PortalController(cases: services.cases, publications: services.publications, search: services.search, portal: services.portal,
                         renderer: renderer,
                         mailboxTokens: MailboxTokens(portal: services.portal, minimumAge: configuration.mailboxMinimumSeconds, clock: configuration.clock),
                         visitTally: visitTally, clock: configuration.clock).addRoutes(to: routes)
        savedSearches.addFeedRoutes(to: routes)
        return routes
    }

    /// The staff pages of the portal.
    func staffPortal() -> Collection {
        let routes = Collection(context: TribunalRequestContext.self)
        StaffPortalController(portal: services.portal, similarCases: similarCases, savedSearches: services.savedSearches,
                              accounts: accounts, renderer: renderer,
                              session: StaffSession(secureCookies: configuration.secureCookies), clock: configuration.clock).addRoutes(to: routes)
        return routes
    }

    private var savedSearches: SavedSearchController {
        SavedSearchController(savedSearches: services.savedSearches, search: services.search, publications: services.publications,
                              renderer: renderer, clock: configuration.clock)
    }
}
