import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import StoreSQLite
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
@testable import TribunalWeb

@Suite("Public portal")
struct PortalTests {
    /// A harness with one published judgment whose draft has a confidential canary.
    static func published() async throws -> APITestHarness {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let id = try await JudgmentAPITests.drafted(client)
            _ = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .assistant)
            _ = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}")
        }
        return harness
    }

    static let number = "（2024）最高法知民终1号".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!

    @Test("/ chooses the language by Accept-Language", arguments: [
        ("en-US,en;q=0.9,zh;q=0.5", "/en/"), ("zh-CN,zh;q=0.9,en;q=0.8", "/zh/"), ("fr-FR", "/zh/"), ("fr, en;q=0.3", "/en/"),
    ])
    func languageChoice(header: String, location: String) async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let response = try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: header]) { $0 }
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == location)
        }
    }

    @Test("Every page exists in both languages, links to its twin, and carries the search box and zoom", arguments: [
        "/", "/judgments", "/search", "/search?q=%E7%AD%89%E5%90%8C", "/cases/status", "/about", "/statistics", "/mailbox",
        "/judgments/" + number,
    ])
    func pages(path: String) async throws {
        let harness = try await Self.published()
        try await harness.test { client in
            for (language, other) in [("zh", "en"), ("en", "zh")] {
                let response = try await client.execute(uri: "/\(language)\(path)", method: .get) { $0 }
                let html = String(buffer: response.body)
                #expect(response.status == .ok, "\(language)\(path)")
                #expect(html.contains("<html lang=\"\(language == "zh" ? "zh-CN" : "en")\">"))
                #expect(html.contains("href=\"/\(other)\(path.isEmpty || path == "/" ? "/" : path)\""), "twin link of \(language)\(path)")
                #expect(html.contains("role=\"search\""))
                #expect(html.contains("/zoom?size=large"))
                #expect(html.contains("aria-label=\"\(language == "zh" ? "当前位置" : "You are here")\""))
                #expect(!html.contains(JudgmentAPITests.canary))
                #expect(!html.contains("孙大伟"))
                #expect(!html.contains(">nil<"))
            }
        }
    }

    @Test("The public statistics are the leaders' report: charts with their tables, each year beside the others, every table as CSV")
    func statistics() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            _ = try await client.send(.post, "/api/v1/cases", as: .clerk, json: CaseAPITests.newCase)
            for language in ["zh", "en"] {
                let page = try await client.execute(uri: "/\(language)/statistics?year=2024", method: .get) { $0 }
                let html = String(buffer: page.body)
                #expect(page.status == .ok)
                #expect(html.contains("<svg role=\"img\" aria-labelledby=\"chart-years-title"), "the chart of the years")
                #expect(html.contains("id=\"years-h\""))
                #expect(html.contains("action=\"/\(language)/statistics\""), "the year chooser stays on the public page")
                #expect(!html.contains("/staff/"), "no link leads into the workspace")
            }
            let years = try await client.execute(uri: "/en/statistics.csv?year=2024&table=years", method: .get) { $0 }
            #expect(years.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = String(buffer: years.body).components(separatedBy: "\r\n")
            #expect(lines.first == "\u{FEFF}Year,Received,Closed,Pending at the end,Clearance rate,Closed per judge", "\(lines)")
            #expect(lines.dropFirst().first?.hasPrefix("2024,1,0,1,0") == true, "the year in progress first: one case received, none closed, one pending")
            #expect(lines.count == 8, "a header, 2024 back to 2019, and the empty piece after the last line break")
            #expect(try await client.execute(uri: "/en/statistics?year=2025", method: .get) { $0 }.status == .badRequest, "a year not begun")
            #expect(try await client.execute(uri: "/en/statistics.csv?table=staff", method: .get) { $0 }.status == .badRequest)
        }
    }

    @Test("The judgment page shows both languages and its versions")
    func judgmentPage() async throws {
        let harness = try await Self.published()
        try await harness.test { client in
            let html = String(buffer: try await client.execute(uri: "/en/judgments/\(Self.number)", method: .get) { $0.body })
            #expect(html.contains("lang=\"en\""))
            #expect(html.contains("lang=\"zh-CN\""))
            #expect(html.contains("构成等同侵权"))
            #expect(html.contains("Version 1"))
            #expect(try await client.execute(uri: "/zh/judgments/nothing", method: .get) { $0.status } == .notFound)
        }
    }

    @Test("Search highlights matches and offers facets; a bad query says why")
    func searchPage() async throws {
        let harness = try await Self.published()
        try await harness.test { client in
            let html = String(buffer: try await client.execute(uri: "/zh/search?q=%E7%AD%89%E5%90%8C%E4%BE%B5%E6%9D%83", method: .get) { $0.body })
            #expect(html.contains("<mark>"))
            #expect(html.contains("cause=inventionPatentInfringement"))
            let bad = try await client.execute(uri: "/zh/search?q=year%3A19", method: .get) { $0 }
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("role=\"alert\""))
            let badFilter = try await client.execute(uri: "/zh/search?q=%E7%AD%89%E5%90%8C&court=nowhere", method: .get) { $0 }
            #expect(String(buffer: badFilter.body).contains("role=\"alert\">court: "), "the alert names the field")
        }
    }

    @Test("Case status shows public fields only")
    func status() async throws {
        let harness = try await Self.published()
        try await harness.test { client in
            let html = String(buffer: try await client.execute(uri: "/zh/cases/status?number=(2024)%E6%9C%80%E9%AB%98%E6%B3%95%E7%9F%A5%E6%B0%91%E7%BB%881%E5%8F%B7", method: .get) { $0.body })
            #expect(html.contains("侵害发明专利权纠纷"))
            #expect(!html.contains("深圳某通信技术有限公司"))
            let missing = try await client.execute(uri: "/zh/cases/status?number=(2024)%E6%9C%80%E9%AB%98%E6%B3%95%E7%9F%A5%E6%B0%91%E7%BB%889%E5%8F%B7", method: .get) { $0 }
            #expect(missing.status == .notFound)
        }
    }

    @Test("Zoom sets a cookie and only returns to local paths")
    func zoom() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let response = try await client.execute(uri: "/zoom?size=large&back=%2Fen%2Fabout", method: .get) { $0 }
            #expect(response.headers[.location] == "/en/about")
            #expect(response.headers[.setCookie]?.hasPrefix("zoom=large") == true)
            #expect(try await client.execute(uri: "/zoom?size=large&back=%2F%2Fevil.example", method: .get) { $0.headers[.location] } == "/")
            let page = try await client.execute(uri: "/en/about", method: .get, headers: [.cookie: "zoom=large"]) { String(buffer: $0.body) }
            #expect(page.contains("class=\"zoom-large\""))
        }
    }

    @Test("The mailbox accepts a valid message and refuses bots and bad input, writing nothing")
    func mailbox() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            let form = String(buffer: try await client.execute(uri: "/zh/mailbox", method: .get) { $0.body })
            let token = try #require(form.firstMatch(of: /name="token" value="([^"]+)"/)?.1)
            func post(_ body: String) async throws -> TestResponse {
                try await client.execute(uri: "/zh/mailbox", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                         body: ByteBuffer(string: body)) { $0 }
            }
            let valid = "name=%E5%BC%A0%E4%B8%89&contact=zhang%40example.com&topic=suggestion&subject=%E5%BB%BA%E8%AE%AE&body=%E5%BE%88%E5%A5%BD&token=\(token)"
            let bot = try await post(valid + "&website=http%3A%2F%2Fspam")
            #expect(bot.status == .unprocessableContent)
            let forged = try await post(valid.replacingOccurrences(of: String(token), with: "123.abc"))
            #expect(forged.status == .unprocessableContent)
            // The real error is named even when the token is also wrong.
            let invalid = try await post(valid.replacingOccurrences(of: "zhang%40example.com", with: "nobody").replacingOccurrences(of: String(token), with: "x"))
            #expect(invalid.status == .unprocessableContent)
            #expect(String(buffer: invalid.body).contains("href=\"#contact\""))
            #expect(try await store.mailbox(limit: 10, offset: 0).isEmpty)
            let accepted = try await post(valid)
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers[.location] == "/zh/mailbox?sent=MB-20240305-000001")
            let thanks = try await client.execute(uri: "/zh/mailbox?sent=MB-20240305-000001", method: .get) { $0.text }
            #expect(thanks.contains("MB-20240305-000001"))
            let spoofed = try await client.execute(uri: "/zh/mailbox?sent=%E8%AF%B7%E8%87%B4%E7%94%B5", method: .get) { $0.text }
            #expect(!spoofed.contains("请致电"), "only a reference's shape is shown back")
            // The same form cannot send a second message.
            let again = try await post(valid)
            #expect(again.status == .conflict)
            #expect(again.text.contains("已提交过一次"))
            let stored = try await store.mailbox(limit: 10, offset: 0)
            #expect(stored.map(\.message.subject) == ["建议"])
            let staff = try await client.send(.get, "/api/v1/mailbox", as: .presidingJudge)
            #expect(staff.text.contains("建议"))
        }
    }

    @Test("Visits are counted per language without storing addresses")
    func visitors() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            for _ in 0..<3 { _ = try await client.execute(uri: "/zh/judgments", method: .get) { $0 } }
            _ = try await client.execute(uri: "/en/judgments", method: .get) { $0 }
            // The about page writes the counts made in memory before it shows them; its own view
            // is counted after it is served.
            let about = try await client.execute(uri: "/en/about", method: .get) { String(buffer: $0.body) }
            #expect(about.contains("<td>中文</td><td>3</td><td>1</td>"))
            #expect(about.contains("<td>English</td><td>1</td><td>1</td>"))
            let totals = try await store.visitorTotals()
            #expect(totals.first { $0.language == "zh" }?.pageViews == 3)
            #expect(totals.first { $0.language == "zh" }?.dailyVisitors == 1)
            #expect(totals.first { $0.language == "en" }?.pageViews == 1)
        }
    }

    @Test("Atom feeds list published judgments, all and per cause")
    func feeds() async throws {
        let harness = try await Self.published()
        try await harness.test { client in
            let all = String(buffer: try await client.execute(uri: "/feeds/judgments.atom", method: .get) { $0.body })
            #expect(all.contains("<entry>"))
            #expect(all.contains("xmlns=\"http://www.w3.org/2005/Atom\""))
            #expect(!all.contains(JudgmentAPITests.canary))
            let cause = String(buffer: try await client.execute(uri: "/feeds/judgments/inventionPatentInfringement.atom", method: .get) { $0.body })
            #expect(cause.contains("<entry>"))
            let none = String(buffer: try await client.execute(uri: "/feeds/judgments/monopoly.atom", method: .get) { $0.body })
            #expect(!none.contains("<entry>"))
            #expect(try await client.execute(uri: "/feeds/judgments/nothing.atom", method: .get) { $0.status } == .notFound)
        }
    }

    @Test("A mailbox token is refused in words a visitor can act on: too quick, expired, changed")
    func mailboxTokenRefusals() throws {
        let token = MailboxToken(minimumAge: 3, key: (0..<32).map { _ in UInt8.random(in: 0...255) })
        let served = APITestHarness.now
        let issued = token.issue(at: served)
        #expect(throws: MailboxToken.Refusal.tooQuick) { try token.nonce(of: issued, at: served.addingTimeInterval(1)) }
        #expect(throws: MailboxToken.Refusal.expired) { try token.nonce(of: issued, at: served.addingTimeInterval(86_401)) }
        #expect(throws: MailboxToken.Refusal.unverifiable) { try token.nonce(of: issued + "0", at: served.addingTimeInterval(5)) }
        #expect(throws: MailboxToken.Refusal.unverifiable) { try MailboxToken(minimumAge: 3, key: (0..<32).map { _ in UInt8.random(in: 0...255) }).nonce(of: issued, at: served.addingTimeInterval(5)) }
        let first = try token.nonce(of: issued, at: served.addingTimeInterval(5))
        #expect(first != (try token.nonce(of: token.issue(at: served), at: served.addingTimeInterval(5))), "each form has its own value")
        #expect(token.clientDigest("198.51.100.7") != token.clientDigest("198.51.100.8"))
        #expect(!token.clientDigest("198.51.100.7").contains("198.51.100.7"))
    }

    @Test("One sender sends at most five messages an hour; a form sends one; nothing is written when refused")
    func mailboxLimits() async throws {
        let store = try await APITestHarness().store
        let service = MailboxService(store: store)
        func message(at offset: TimeInterval, body: String = "很好") -> MailboxMessage {
            MailboxMessage(name: "张三", contact: "zhang@example.com", topic: .suggestion, subject: "建议", body: body,
                           language: "zh", receivedAt: APITestHarness.now.addingTimeInterval(offset))
        }
        for index in 0..<5 {
            _ = try await service.submit(message(at: Double(index)), formNonce: "form\(index)", clientDigest: "sender")
        }
        await #expect(throws: Throttled.self) { try await service.submit(message(at: 10), formNonce: "form5", clientDigest: "sender") }
        _ = try await service.submit(message(at: 10), formNonce: "form6", clientDigest: "another sender")
        let later = try await service.submit(message(at: 3_601), formNonce: "form7", clientDigest: "sender")
        #expect(later.description == "MB-20240305-000007")
        await #expect(throws: MailboxFormAlreadyUsed.self) { try await service.submit(message(at: 3_700), formNonce: "form7", clientDigest: "third") }
        await #expect(throws: InvalidValue.self) { try await service.submit(message(at: 3_700, body: "a\u{0}b"), formNonce: "form8", clientDigest: "third") }
        await #expect(throws: InvalidValue.self) { try await service.submit(message(at: 3_700, body: String(repeating: "长", count: 5_001)), formNonce: "form9", clientDigest: "third") }
        #expect(try await store.mailbox(limit: 50, offset: 0).count == 7)
    }

    @Test("Parallel messages from one sender cannot pass the hourly limit")
    func mailboxLimitUnderRace() async throws {
        // On the engine under test: the limit holds across connections, not only behind SQLite's one writer.
        let store = try await APITestHarness().store
        let service = MailboxService(store: store)
        let accepted = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<20 {
                group.addTask {
                    let message = MailboxMessage(name: "张三", contact: "zhang@example.com", topic: .suggestion, subject: "建议",
                                                 body: "第\(index)条", language: "zh", receivedAt: APITestHarness.now)
                    return (try? await service.submit(message, formNonce: "race\(index)", clientDigest: "one sender")) != nil
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(accepted == 5)
        #expect(try await store.mailbox(limit: 50, offset: 0).count == 5)
    }

    @Test("A new User-Agent on every request does not grow the database: one sketch per day and language")
    func visitorsCannotGrowTheStore() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            for index in 0..<1_500 {
                _ = try await client.execute(uri: "/zh/", method: .get, headers: [.userAgent: "bot-\(index)"]) { $0.status }
            }
            _ = try await client.execute(uri: "/en/about", method: .get) { $0.status }
        }
        let rows = try await harness.sql.count(sql: "SELECT count(*) FROM dailyVisitorSketch WHERE language = 'zh'")
        #expect(rows == 1)
        let zh = try #require(try await store.visitorTotals().first { $0.language == "zh" })
        #expect(zh.pageViews == 1_500)
        #expect(abs(zh.dailyVisitors - 1_500) < 75, "estimated \(zh.dailyVisitors)")
    }
}
