import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
import Yams
@testable import TribunalWeb

/// Every route driven with the values an attacker sends first: no request may stop the server,
/// and no number a visitor sends may reach arithmetic unchecked.
@Suite("Hostile input")
struct HostileInputTests {
    static let hostileNumbers = [
        String(Int.max), String(Int.min), "-1", "0", "4611686018427387904", "12345678901234567890", "-12345678901234567890",
        "abc", "1e3", "0x10", "%00", "%E2%80%8F1", "",
    ]

    /// The query parameters each portal page reads (the API's come from its OpenAPI document).
    static let portalParameters: [String: [String]] = [
        "/{lang}/judgments": ["page"],
        "/{lang}/search": ["q", "cursor", "year", "type", "cause", "court", "disposition", "language", "sort"],
        "/{lang}/cases/status": ["number"],
        "/{lang}/mailbox": ["sent"],
        "/zoom": ["size", "back"],
        "/{lang}/staff/sign-in": ["back"],
        "/{lang}/staff/mailbox": ["page"],
        "/{lang}/staff/saved-searches": ["q"],
    ]

    /// Parameters that are numbers: past their range they are refused, never computed with.
    static let numericParameters: Set<String> = ["page", "limit", "cursor", "year", "judge", "within"]

    /// Each GET route with the query parameters it reads.
    static func routes(_ router: Router<TribunalRequestContext>) throws -> [(path: String, parameters: [String])] {
        let document = try #require(try Yams.load(yaml: OpenAPIDocument.text()) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        return router.routes.filter { $0.method == .get }.map { route in
            let path = "/" + route.path.description.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            let operation = paths[path]?["get"] as? [String: Any]
            let documented = (operation?["parameters"] as? [[String: Any]] ?? [])
                .filter { $0["in"] as? String == "query" }.compactMap { $0["name"] as? String }
            return (path, documented + (portalParameters[path] ?? []))
        }
    }

    /// A concrete address for a route: `{lang}` in both languages, other path parameters with `value`.
    static func addresses(_ path: String, pathValue: String) -> [String] {
        let filled = path.replacingOccurrences(of: #"\{(?!lang\})[^}]+\}"#, with: pathValue, options: .regularExpression)
        return filled.contains("{lang}") ? ["zh", "en"].map { filled.replacingOccurrences(of: "{lang}", with: $0) } : [filled]
    }

    @Test("Every query parameter of every GET route, with huge, negative and non-numeric values: 4xx for numbers out of range, never 5xx")
    func everyQueryParameter() async throws {
        let harness = try await PortalTests.published()
        let routes = try Self.routes(harness.router)
        #expect(routes.count > 30, "the routes were found")
        try await harness.test { client in
            let token = try await client.token(.admin)
            let staff = try await StaffBrowser.signIn(client, as: .admin)
            var probes = 0
            for route in routes {
                for address in Self.addresses(route.path, pathValue: "1") {
                    for parameter in route.parameters {
                        for value in Self.hostileNumbers {
                            let uri = "\(address)?\(parameter)=\(value)"
                            let response = try await client.execute(uri: uri, method: .get,
                                                                    headers: [.authorization: "Bearer \(token)", .cookie: staff.cookie]) { $0 }
                            probes += 1
                            #expect(response.status.code < 500, "\(uri) answered \(response.status.code)")
                            let outOfRange = ![("0"), ("")].contains(value) || parameter == "page" || parameter == "limit"
                            if Self.numericParameters.contains(parameter), outOfRange, !value.isEmpty {
                                #expect((400..<500).contains(response.status.code), "\(uri) answered \(response.status.code)")
                            }
                        }
                    }
                }
            }
            #expect(probes > 500)
            #expect(try await client.send(.get, "/api/v1/health").status == .ok, "the server is alive")
        }
    }

    @Test("Path parameters with hostile values: never 5xx")
    func everyPathParameter() async throws {
        let harness = try await PortalTests.published()
        let routes = try Self.routes(harness.router).filter { $0.path.replacingOccurrences(of: "{lang}", with: "").contains("{") }
        try await harness.test { client in
            let token = try await client.token(.admin)
            for route in routes {
                for value in Self.hostileNumbers + ["%2E%2E", "..%2F..%2Fetc%2Fpasswd", String(repeating: "9", count: 400)] {
                    for address in Self.addresses(route.path, pathValue: value) {
                        let status = try await client.execute(uri: address, method: .get, headers: [.authorization: "Bearer \(token)"]) { $0.status }
                        #expect(status.code < 500, "\(address) answered \(status.code)")
                    }
                }
            }
            #expect(try await client.send(.get, "/api/v1/health").status == .ok)
        }
    }

    @Test("A page number of Int.max gets the portal's error page naming the parameter", arguments: [
        "/zh/judgments?page=9223372036854775807", "/zh/judgments?page=-9223372036854775808", "/en/judgments?page=4611686018427387904",
    ])
    func hugePage(uri: String) async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let response = try await client.execute(uri: uri, method: .get) { $0 }
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(response.text.contains("page"))
            #expect(response.text.contains("role=\"alert\""))
        }
    }

    @Test("Bodies over the limit get 413 problem+json")
    func oversizedBody() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let huge = "{\"text\":\"" + String(repeating: "专", count: 2_000_000) + "\"}"
            let response = try await client.send(.post, "/api/v1/similar-cases", json: huge)
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == ProblemDetails.contentType)
            #expect(response.json["field"] as? String == "body")
            let form = try await client.execute(uri: "/zh/mailbox", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                body: ByteBuffer(string: "body=" + String(repeating: "a", count: 200_000))) { $0 }
            #expect(form.status == .contentTooLarge)
            #expect(form.headers[.contentType]?.hasPrefix("text/html") == true)
        }
    }

    @Test("Unknown addresses: the portal's own 404 page in the visitor's language; the API keeps problem+json")
    func unknownAddresses() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let zh = try await client.execute(uri: "/zh/no-such-page", method: .get) { $0 }
            #expect(zh.status == .notFound)
            #expect(zh.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(zh.text.contains("<html lang=\"zh-CN\">"))
            let bare = try await client.execute(uri: "/favicon.ico", method: .get, headers: [.acceptLanguage: "en-GB,en"]) { $0 }
            #expect(bare.status == .notFound)
            #expect(bare.text.contains("<html lang=\"en\">"))
            let head = try await client.execute(uri: "/zh/", method: .head) { $0 }
            #expect(head.headers[.contentType]?.hasPrefix("application/problem+json") != true)
            let robots = try await client.execute(uri: "/robots.txt", method: .get) { $0 }
            #expect(robots.status == .ok)
            #expect(robots.text.contains("Disallow: /api/"))
            let api = try await client.execute(uri: "/api/v1/no-such-thing", method: .get) { $0 }
            #expect(api.status == .notFound)
            #expect(api.headers[.contentType] == ProblemDetails.contentType)
        }
    }

    @Test("A docket date beyond the calendar is refused, and a damaged row never fails the list")
    func docketDates() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        let sql = harness.sql
        try await harness.test { client in
            let future = CaseAPITests.newCase.replacingOccurrences(of: "\"docketedOn\":\"2024-03-01\"", with: "\"docketedOn\":\"2205-03-04\"")
            #expect(future != CaseAPITests.newCase, "the fixture names its docket date")
            let refused = try await client.send(.post, "/api/v1/cases", as: .clerk, json: future)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.json["field"] as? String == "docketedOn")
            #expect(try await store.caseCount() == 0)

            #expect(try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase).status == .created)
            #expect(try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase).status == .created)
            try await sql.execute(sql: "UPDATE courtCase SET status = 'nonsense' WHERE id = 1")
            let list = try await client.send(.get, "/api/v1/cases", as: .clerk)
            #expect(list.status == .ok)
            #expect((list.json["cases"] as? [Any])?.count == 1, "the damaged row is left out, the other listed")
        }
    }

    @Test("Control characters in usernames, names and texts are refused with 422")
    func controlCharacters() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            let nul = try await client.send(.post, "/api/v1/auth/token", json: #"{"username":"clerk\u0000","password":"correct horse battery"}"#)
            #expect(nul.status == .unprocessableContent)
            #expect(nul.json["token"] == nil)
            let party = CaseAPITests.newCase.replacingOccurrences(of: "深圳某通信技术有限公司", with: "深圳某通信\\u0007技术有限公司")
            #expect(party != CaseAPITests.newCase)
            let refused = try await client.send(.post, "/api/v1/cases", as: .clerk, json: party)
            #expect(refused.status == .unprocessableContent)
            #expect((refused.json["field"] as? String)?.contains("name") == true)
            #expect(try await store.caseCount() == 0)
            let account = try await client.send(.post, "/api/v1/accounts", as: .admin, json: #"{"username":"new.clerk\u0000","password":"long enough password","role":"clerk"}"#)
            #expect(account.status == .unprocessableContent)
        }
    }
}
