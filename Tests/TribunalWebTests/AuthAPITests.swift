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

@Suite("Authentication")
struct AuthAPITests {
    @Test("Staff routes need a token; public routes do not")
    func staffRoutesNeedToken() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let anonymous = try await client.send(.get, "/api/v1/cases")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate] == "Bearer")
            #expect(try await client.send(.post, "/api/v1/cases", json: CaseAPITests.newCase).status == .unauthorized)
            #expect(try await client.send(.get, "/api/v1/courts").status == .ok)
            #expect(try await client.send(.get, "/api/v1/cases", as: .clerk).status == .ok)
            var forged: HTTPFields = [.authorization: "Bearer not-a-token"]
            forged[.contentType] = "application/json"
            #expect(try await client.execute(uri: "/api/v1/cases", method: .get, headers: forged) { $0.status } == .unauthorized)
        }
        #expect(try await harness.store.caseCount() == 0)
    }

    @Test("Wrong passwords get no token")
    func wrongPassword() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let response = try await client.send(.post, "/api/v1/auth/token", json: #"{"username":"clerk","password":"guess"}"#)
            #expect(response.status == .unauthorized)
            let me = try await client.send(.get, "/api/v1/auth/me", as: .judge)
            #expect(me.json["role"] as? String == "judge")
        }
    }

    @Test("Passwords are stored as Bcrypt hashes and tokens only as digests")
    func storage() async throws {
        let harness = try await APITestHarness()
        let account = try #require(try await harness.store.find(username: "admin"))
        #expect(account.passwordHash.hasPrefix("$2"))
        #expect(!account.passwordHash.contains(APITestHarness.password))
    }

    @Test("Only admins add staff and accounts")
    func administration() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let member = #"{"nameZh":"孙法官","nameEn":"Sun","role":"judge","inPostFrom":"2024-01-01"}"#
            #expect(try await client.send(.post, "/api/v1/staff", as: .clerk, json: member).status == .forbidden)
            #expect(try await client.send(.post, "/api/v1/staff", as: .admin, json: member).status == .created)
            let short = try await client.send(.post, "/api/v1/accounts", as: .admin, json: #"{"username":"new.clerk","password":"short","role":"clerk"}"#)
            #expect(short.status == .unprocessableContent)
            #expect(short.json["field"] as? String == "password")
            let taken = try await client.send(.post, "/api/v1/accounts", as: .admin, json: #"{"username":"clerk","password":"long enough password","role":"clerk"}"#)
            #expect(taken.json["field"] as? String == "username")
        }
    }
}
