import Foundation
import CourtOperations
import Hummingbird
import HummingbirdTesting
import StoreSQLite
import StorePostgres
import PostgresNIO
import GRDB
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
@testable import TribunalWeb

/// Every repository of the store under the API, as the tests read them back.
typealias HarnessStore = CaseRepository & StaffRepository & AccountRepository & SignInThrottleRepository & JudgmentRepository
    & JudgmentSearchRepository & SimilarCaseRepository & SavedSearchRepository & PortalRepository & PreservationRepository & DamagesRepository & HearingRepository & StatisticsRepository

/// A server over a fresh store with a fixed clock, staff, and one account per role. The store is
/// SQLite, or PostgreSQL when TRIBUNAL_TEST_ENGINE=postgres (with TRIBUNAL_TEST_POSTGRES_URL):
/// `scripts/test-swift` runs the API suite on both.
struct APITestHarness {
    static let now = Date(timeIntervalSince1970: 1_709_611_200)  // 2024-03-05 12:00 Beijing
    static let password = "correct horse battery"

    /// Whether this run tests the API over PostgreSQL.
    static var onPostgres: Bool { ProcessInfo.processInfo.environment["TRIBUNAL_TEST_ENGINE"] == "postgres" }

    let store: any HarnessStore
    /// SQL on the store, for the few checks that damage or count rows.
    let sql: StoreSQL
    let panel: Panel
    let router: Router<TribunalRequestContext>

    /// `store` is a fresh temporary store unless given (a test that reads the store's files names its path).
    init(store given: SQLiteStore? = nil, trustedProxies: TrustedProxies = .none) async throws {
        if let given {
            sql = .sqlite(given)
        } else if Self.onPostgres {
            let url = try #require(ProcessInfo.processInfo.environment["TRIBUNAL_TEST_POSTGRES_URL"], "TRIBUNAL_TEST_ENGINE=postgres needs the URL")
            sql = .postgres(try await PostgresStore.temporary(url: url))
        } else {
            sql = .sqlite(try SQLiteStore.temporary())
        }
        switch sql {
        case .sqlite(let sqlite): store = sqlite
        case .postgres(let postgres): store = postgres
        }
        let store = self.store
        let from = CalendarDate(iso: "2019-01-01")!
        let presiding = try await store.add(NewStaffMember(nameZh: "张审判长", nameEn: "Zhang", role: .presidingJudge, inPostFrom: from))
        let second = try await store.add(NewStaffMember(nameZh: "李法官", nameEn: "Li", role: .judge, inPostFrom: from))
        let third = try await store.add(NewStaffMember(nameZh: "王法官", nameEn: "Wang", role: .judge, inPostFrom: from))
        let clerk = try await store.add(NewStaffMember(nameZh: "钱书记员", nameEn: "Qian", role: .clerk, inPostFrom: from))
        panel = Panel(presidingJudgeId: presiding.id, judgeIds: [second.id, third.id], clerkId: clerk.id)
        let accounts = try await Self.accountService(store)
        // The presiding judge, the judge and the clerk sit on `panel`; the assistant and the admin do not.
        let staffOf: [Role: Int64] = [.presidingJudge: presiding.id, .judge: second.id, .clerk: clerk.id]
        for role in Role.staffRoles {
            _ = try await accounts.createAccount(username: role.rawValue, password: Self.password, role: role, staffId: staffOf[role])
        }
        router = try await buildRouter(services: Self.services(store), configuration: TribunalConfiguration(bcryptCost: 4, mailboxMinimumSeconds: 0,
                                                                                    trustedProxies: trustedProxies, clock: { Self.now }))
    }

    /// The services over the store, as the executable builds them.
    static func services(_ store: any HarnessStore) -> TribunalServices {
        TribunalServices(cases: store, staff: store, accounts: store, signInThrottle: store, judgments: store,
                         search: store, similarCases: store, savedSearches: store, portal: store, preservation: store, damages: store, hearings: store, tallies: store)
    }

    /// The account service with a cheap hash cost.
    static func accountService(_ store: any HarnessStore) async throws -> AccountService {
        try await AccountService(accounts: store, throttle: store, registry: .court, hasher: PasswordHasher(cost: 4))
    }

    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: router)
        try await app.test(.router, body)
    }
}

extension TestClientProtocol {
    /// A bearer token for the account named after `role`.
    func token(_ role: Role) async throws -> String {
        let body = #"{"username":"\#(role.rawValue)","password":"\#(APITestHarness.password)"}"#
        return try await execute(uri: "/api/v1/auth/token", method: .post, body: ByteBuffer(string: body)) { response in
            #expect(response.status == .ok)
            return try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))["token"]!
        }
    }

    /// Sends JSON (or nothing) as `role`, or unsigned when `role` is nil.
    func send(_ method: HTTPRequest.Method, _ uri: String, as role: Role? = nil, json: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let role { headers[.authorization] = "Bearer \(try await token(role))" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { $0 }
    }
}

extension TestResponse {
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }

    var text: String { String(buffer: body) }
}

/// SQL on a harness's store, on either engine.
enum StoreSQL: Sendable {
    case sqlite(SQLiteStore)
    case postgres(PostgresStore)

    /// Runs one SQL statement on the store (to damage a row, say), on either engine.
    func execute(sql: String) async throws {
        switch self {
        case .sqlite(let sqlite): try await sqlite.writer.write { db in try db.execute(sql: sql) }
        case .postgres(let postgres): try await postgres.client.query(PostgresQuery(unsafeSQL: sql))
        }
    }

    /// The first column of a query's rows, as text (NULL as nil), on either engine.
    func strings(sql: String) async throws -> [String?] {
        switch self {
        case .sqlite(let sqlite):
            return try await sqlite.writer.read { db in try Row.fetchAll(db, sql: sql).map { $0[0] as String? } }
        case .postgres(let postgres):
            return try await postgres.client.query(PostgresQuery(unsafeSQL: sql)).collect().map { try $0.decode(String?.self) }
        }
    }

    /// A query's single count, on either engine.
    func count(sql: String) async throws -> Int {
        Int(try await strings(sql: "SELECT CAST((\(sql)) AS TEXT)").first.flatMap { $0 } ?? "") ?? -1
    }
}
