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
@testable import TribunalWeb

@Suite("Sign-in hardening")
struct SignInHardeningTests {
    static func signIn(_ client: any TestClientProtocol, _ username: String, _ password: String) async throws -> TestResponse {
        try await client.send(.post, "/api/v1/auth/token", json: #"{"username":"\#(username)","password":"\#(password)"}"#)
    }

    @Test("The wait doubles after the free attempts, up to its longest, and is forgotten after a day")
    func throttleRule() {
        let rule = SignInThrottle(freeAttempts: 5, longestWait: 900, memory: 86_400)
        let last = Date(timeIntervalSince1970: 1_000_000)
        #expect(rule.wait(after: nil, now: last) == nil)
        #expect(rule.wait(after: SignInFailures(count: 4, lastFailureAt: last), now: last) == nil)
        #expect(rule.wait(after: SignInFailures(count: 5, lastFailureAt: last), now: last) == 1)
        #expect(rule.wait(after: SignInFailures(count: 8, lastFailureAt: last), now: last) == 8)
        #expect(rule.wait(after: SignInFailures(count: 8, lastFailureAt: last), now: last.addingTimeInterval(3)) == 5)
        #expect(rule.wait(after: SignInFailures(count: 8, lastFailureAt: last), now: last.addingTimeInterval(8)) == nil)
        #expect(rule.wait(after: SignInFailures(count: 400, lastFailureAt: last), now: last) == 900)
        #expect(rule.wait(after: SignInFailures(count: 400, lastFailureAt: last), now: last.addingTimeInterval(86_400)) == nil)
    }

    @Test("Failed sign-ins are throttled per account with Retry-After; the right password waits too; an admin unlocks")
    func perAccount() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            for _ in 0..<5 {
                #expect(try await Self.signIn(client, "clerk", "wrong password").status == .unauthorized)
            }
            let throttled = try await Self.signIn(client, "clerk", "wrong password")
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.headers[.retryAfter] == "1")
            #expect(throttled.json["field"] as? String == "username")
            // While the account waits, even its own password is not checked.
            #expect(try await Self.signIn(client, "clerk", APITestHarness.password).status == .tooManyRequests)
            // Another account is not affected.
            #expect(try await Self.signIn(client, "judge", APITestHarness.password).status == .ok)

            #expect(try await client.send(.post, "/api/v1/accounts/clerk/unlock", as: .judge).status == .forbidden)
            #expect(try await client.send(.post, "/api/v1/accounts/nobody/unlock", as: .admin).status == .notFound)
            #expect(try await client.send(.post, "/api/v1/accounts/clerk/unlock", as: .admin).status == .noContent)
            #expect(try await Self.signIn(client, "clerk", APITestHarness.password).status == .ok)
        }
    }

    @Test("One address trying many accounts is throttled too")
    func perAddress() async throws {
        let harness = try await APITestHarness()
        // The test client has no peer address; the store's counts are driven directly.
        let service = try await APITestHarness.accountService(harness.store)
        for index in 0..<20 {
            let issued = try await service.issueToken(username: "user\(index)", password: "wrong password", clientAddress: "198.51.100.7", now: APITestHarness.now)
            #expect(issued == nil)
        }
        await #expect(throws: Throttled.self) {
            _ = try await service.issueToken(username: "clerk", password: APITestHarness.password, clientAddress: "198.51.100.7", now: APITestHarness.now)
        }
        let elsewhere = try await service.issueToken(username: "clerk", password: APITestHarness.password, clientAddress: "203.0.113.9", now: APITestHarness.now)
        #expect(elsewhere != nil)
    }

    @Test("Failures older than a day are deleted: guessed names do not pile up rows")
    func failuresAreForgotten() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        for index in 0..<50 {
            _ = try await store.recordSignInFailure(key: SignInThrottle.accountKey("guess\(index)"), at: APITestHarness.now)
        }
        _ = try await store.recordSignInFailure(key: SignInThrottle.accountKey("later"), at: APITestHarness.now.addingTimeInterval(86_401))
        #expect(try await store.signInFailures(key: SignInThrottle.accountKey("guess0")) == nil)
        #expect(try await store.signInFailures(key: SignInThrottle.accountKey("later"))?.count == 1)
        let rows = try await harness.sql.count(sql: "SELECT count(*) FROM signInFailure")
        #expect(rows == 1)
    }

    @Test("Every response carries the security headers; staff and sign-in responses are never cached")
    func securityHeaders() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            for uri in ["/zh/", "/en/judgments", "/api/v1/courts", "/zh/no-such-page", "/static/portal.css"] {
                let response = try await client.execute(uri: uri, method: .get) { $0 }
                let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                #expect(policy.contains("script-src 'none'"), "\(uri)")
                #expect(policy.contains("frame-ancestors 'none'"), "\(uri)")
                #expect(!policy.contains("unsafe-inline"), "\(uri)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(response.headers[.referrerPolicy] == "strict-origin-when-cross-origin", "\(uri)")
            }
            #expect(try await client.execute(uri: "/zh/", method: .get) { $0.headers[.cacheControl] } != "no-store")
            let staff = try await StaffBrowser.signIn(client, as: .clerk)
            #expect(try await staff.get("/zh/staff").headers[.cacheControl] == "no-store")
            #expect(try await staff.get("/zh/").headers[.cacheControl] == "no-store", "a signed-in visitor's pages are personal")
            #expect(try await client.execute(uri: "/zh/staff/sign-in", method: .get) { $0.headers[.cacheControl] } == "no-store")
            #expect(try await client.send(.get, "/api/v1/auth/me", as: .clerk).headers[.cacheControl] == "no-store")
        }
    }

    @Test("Secure cookies when configured for TLS")
    func secureCookies() {
        let session = StaffSession(secureCookies: true)
        let cookie = session.cookie("token", expiresAt: APITestHarness.now.addingTimeInterval(60), now: APITestHarness.now)
        #expect(cookie.description.contains("Secure"))
        #expect(cookie.description.contains("HttpOnly"))
        #expect(cookie.description.contains("SameSite=Strict"))
        #expect(!StaffSession(secureCookies: false).expiredCookie.description.contains("Secure"))
    }

    @Test("The zoom switch and the sign-in form only send visitors to paths of this site", arguments: [
        ("%2F%09%2Fevil.example", "/"), ("%2F%2Fevil.example", "/"), ("%2F%5Cevil.example", "/"), ("https%3A%2F%2Fevil.example", "/"),
        ("%2F%0D%0ALocation%3A%20x", "/"), ("javascript%3Aalert(1)", "/"), ("%2Fen%2Fabout%3Fq%3D1", "/en/about?q=1"),
    ])
    func sameSitePaths(back: String, location: String) async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let response = try await client.execute(uri: "/zoom?size=large&back=\(back)", method: .get) { $0 }
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == location)
        }
    }

    @Test("Case status lookup decodes spaces typed into the form")
    func formSpaces() async throws {
        let harness = try await PortalTests.published()
        try await harness.test { client in
            let spaced = "(2024)%E6%9C%80%E9%AB%98%E6%B3%95%E7%9F%A5%E6%B0%91%E7%BB%88+1+%E5%8F%B7"
            let response = try await client.execute(uri: "/zh/cases/status?number=\(spaced)", method: .get) { $0 }
            #expect(response.status == .ok)
            #expect(response.text.contains("侵害发明专利权纠纷"))
        }
    }
}
