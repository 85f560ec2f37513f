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

/// A signed-in staff member in the portal: the session cookie and the form token it implies.
struct StaffBrowser {
    let client: any TestClientProtocol
    let cookie: String
    var formToken: String { StaffSession.formToken(for: String(cookie.dropFirst(StaffSession.cookieName.count + 1))) }

    static func signIn(_ client: any TestClientProtocol, as role: Role) async throws -> StaffBrowser {
        let response = try await postSignIn(client, "username=\(role.rawValue)&password=correct+horse+battery&back=")
        #expect(response.status == .seeOther)
        let setCookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(StaffSession.cookieName + "=") })
        return StaffBrowser(client: client, cookie: String(setCookie.split(separator: ";")[0]))
    }

    /// Posts the sign-in form as a browser does: the form is fetched first, and its token goes
    /// back in the body beside the cookie that carries it.
    static func postSignIn(_ client: any TestClientProtocol, _ body: String) async throws -> TestResponse {
        let form = try await client.execute(uri: "/zh/staff/sign-in", method: .get) { $0 }
        let token = try #require(form.text.firstMatch(of: /name="form" value="([^"]+)"/)?.1)
        let cookie = try #require(form.headers[values: .setCookie].first { $0.hasPrefix(StaffSession.signInCookieName + "=") })
        return try await client.execute(uri: "/zh/staff/sign-in", method: .post,
                                        headers: [.contentType: "application/x-www-form-urlencoded", .cookie: String(cookie.split(separator: ";")[0])],
                                        body: ByteBuffer(string: body + "&form=\(token)")) { $0 }
    }

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie]) { $0 }
    }

    /// Posts a form; the session's form token is added unless `withToken` is false.
    func post(_ uri: String, _ fields: [(String, String)], withToken: Bool = true) async throws -> TestResponse {
        let all = fields + (withToken ? [("form", formToken)] : [])
        let body = all.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                                        body: ByteBuffer(string: body)) { $0 }
    }
}

@Suite("Portal: staff area")
struct StaffPortalTests {
    @Test("Sign-in with a session cookie, refusal of a wrong password, sign-out that revokes the session")
    func signInAndOut() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            // A visitor is sent to the sign-in page, with the way back.
            let visitor = try await client.execute(uri: "/zh/staff/mailbox", method: .get) { $0 }
            #expect(visitor.status == .seeOther)
            #expect(visitor.headers[.location] == "/zh/staff/sign-in?back=%2Fzh%2Fstaff%2Fmailbox")
            let wrong = try await StaffBrowser.postSignIn(client, "username=clerk&password=guess&back=")
            #expect(wrong.status == .unauthorized)
            #expect(!wrong.headers[values: .setCookie].contains { $0.hasPrefix(StaffSession.cookieName + "=") }, "no session")
            #expect(wrong.text.contains("用户名或密码不正确"))
            // Another site is never a way back.
            let evil = try await StaffBrowser.postSignIn(client, "username=clerk&password=correct+horse+battery&back=https%3A%2F%2Fevil.example%2Fzh%2Fstaff")
            #expect(evil.headers[.location] == "/zh/staff")
            #expect(evil.headers[values: .setCookie].contains { $0.hasPrefix(StaffSession.cookieName + "=") && $0.contains("HttpOnly") && $0.contains("SameSite=Strict") })
            // A sign-in form posted without the token of its own cookie (from another site) signs no one in.
            let forgedSignIn = try await client.execute(uri: "/zh/staff/sign-in", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                        body: ByteBuffer(string: "username=clerk&password=correct+horse+battery&back=&form=guessed")) { $0 }
            #expect(forgedSignIn.status == .forbidden)
            #expect(!forgedSignIn.headers[values: .setCookie].contains { $0.hasPrefix(StaffSession.cookieName + "=") })

            let staff = try await StaffBrowser.signIn(client, as: .clerk)
            let home = try await staff.get("/zh/staff")
            #expect(home.status == .ok)
            #expect(home.text.contains("<strong>clerk</strong>"))
            #expect(home.text.contains("书记员"))
            let english = try await staff.get("/en/staff")
            #expect(english.text.contains("Signed in as"))

            let out = try await staff.post("/zh/staff/sign-out", [])
            #expect(out.status == .seeOther)
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            // The old cookie opens nothing any more.
            #expect(try await staff.get("/zh/staff").status == .seeOther)
        }
    }

    @Test("Staff read the public's mailbox messages, escaped")
    func mailbox() async throws {
        let harness = try await APITestHarness()
        _ = try await harness.store.submit(MailboxMessage(name: "张三", contact: "zhang@example.com", topic: .suggestion, subject: "建议",
                                                          body: "<script>alert(1)</script>\n第二行", language: "zh", receivedAt: APITestHarness.now),
                                           formNonce: "n1", clientDigest: nil, limit: nil)
        let store = harness.store
        try await harness.test { client in
            let staff = try await StaffBrowser.signIn(client, as: .admin)
            let page = try await staff.get("/zh/staff/mailbox")
            #expect(page.status == .ok)
            #expect(page.text.contains("zhang@example.com"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>alert"))
            #expect(page.text.contains("<dd><time>2024-03-05 12:00</time></dd>"), "received, in China Standard Time")
            #expect(page.text.contains("<dt>收到时间</dt>"))
            let id = try #require(try await store.mailbox(limit: 1, offset: 0).first?.id)
            #expect(page.text.contains("<dd>\(MailboxReference(id: id, receivedAt: APITestHarness.now))</dd>"),
                    "the reference the sender was given, by which they ask after their message")
            // A clerk may not read the mailbox: the staff pages do not offer it.
            let clerk = try await StaffBrowser.signIn(client, as: .clerk)
            let home = try await clerk.get("/zh/staff")
            #expect(home.status == .ok)
            #expect(!home.text.contains("/zh/staff/mailbox"))
            #expect(try await clerk.get("/zh/staff/mailbox").status == .forbidden)
            #expect(try await staff.get("/zh/staff").text.contains("/zh/staff/mailbox"), "an admin is offered it")
        }
    }

    @Test("Similar cases from a case number: grouped results, the signed report, refusals that name the field")
    func similarCases() async throws {
        let harness = try await PortalTests.published()
        try await harness.test { client in
            let staff = try await StaffBrowser.signIn(client, as: .judge)
            let form = try await staff.get("/zh/staff/similar-cases")
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"form\" value=\"\(staff.formToken)\""))

            let found = try await staff.post("/zh/staff/similar-cases", [("caseNumber", ""), ("text", "被诉产品构成等同侵权，涉案专利ZL201510123456.7"), ("cause", ""), ("issues", "")])
            #expect(found.status == .ok)
            #expect(found.text.contains("最高人民法院发布的典型案例及裁判生效的案件"))
            #expect(found.text.contains("（2024）最高法知民终1号"))
            #expect(found.text.contains("<dt>检索的专利</dt><dd>zl201510123456.7</dd>"))
            #expect(found.text.contains("共同关键词: "))
            // Pasted text with its parties: their names are left out of the terms, and the form keeps them.
            let withParties = try await staff.post("/zh/staff/similar-cases", [("caseNumber", ""), ("text", "深圳某通信技术有限公司诉称被诉产品构成等同侵权"),
                                                                               ("parties", "深圳某通信技术有限公司\nExample Networks Inc."), ("cause", ""), ("issues", "")])
            #expect(withParties.status == .ok)
            #expect(withParties.text.contains(">深圳某通信技术有限公司\nExample Networks Inc.</textarea>"))
            #expect(withParties.text.contains("<dt>检索关键词</dt>"))
            #expect(!withParties.text.contains("<dt>检索关键词</dt><dd>深圳"))

            let report = try await staff.post("/zh/staff/similar-cases/report", [("text", "等同侵权 ZL201510123456.7"), ("issues", "是否构成等同侵权")])
            #expect(report.status == .ok)
            #expect(report.headers[.contentType] == "text/markdown; charset=utf-8")
            #expect(report.text.contains("judge"))
            #expect(report.text.contains("是否构成等同侵权"))
            // The same report as a page a court prints and files.
            let printed = try await staff.post("/zh/staff/similar-cases/report",
                                               [("text", "等同侵权 ZL201510123456.7"), ("issues", "是否构成等同侵权"), ("format", "print")])
            #expect(printed.status == .ok)
            #expect(printed.headers[.contentType] == "text/html; charset=utf-8")
            #expect(printed.text.contains("<h1>类案检索报告</h1>"))
            #expect(printed.text.contains("<dd>judge</dd>"))
            #expect(printed.text.contains("（2024）最高法知民终1号"))
            #expect(printed.text.contains("文本相似度"))
            #expect(printed.text.contains("href=\"/static/report.css\""))
            #expect(!printed.text.contains("<script"))
            #expect(try await client.execute(uri: "/static/report.css", method: .get) { $0.status } == .ok)

            let empty = try await staff.post("/zh/staff/similar-cases", [("caseNumber", ""), ("text", " ")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("href=\"#text\""))
            let badNumber = try await staff.post("/zh/staff/similar-cases", [("caseNumber", "not a number"), ("text", "")])
            #expect(badNumber.text.contains("href=\"#caseNumber\""))

            let forged = try await staff.post("/zh/staff/similar-cases", [("text", "等同侵权")], withToken: false)
            #expect(forged.status == .forbidden)
        }
    }

    @Test("Saved searches: saved with a feed, refused with the reason, deleted; a forged form changes nothing")
    func savedSearches() async throws {
        let harness = try await APITestHarness()
        let store = harness.store
        try await harness.test { client in
            let staff = try await StaffBrowser.signIn(client, as: .assistant)
            let prefilled = try await staff.get("/en/staff/saved-searches?q=%E7%AD%89%E5%90%8C")
            #expect(prefilled.text.contains("value=\"等同\""))

            let forged = try await staff.post("/zh/staff/saved-searches", [("name", "等同"), ("q", "等同")], withToken: false)
            #expect(forged.status == .forbidden)
            let invalid = try await staff.post("/zh/staff/saved-searches", [("name", "排除"), ("q", "-专利")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("href=\"#q\""))
            let account = try #require(try await store.find(username: "assistant"))
            #expect(try await store.savedSearches(accountId: account.id).isEmpty)

            let saved = try await staff.post("/zh/staff/saved-searches", [("name", "等同侵权"), ("q", "等同 year:2024")])
            #expect(saved.status == .seeOther)
            let stored = try #require(try await store.savedSearches(accountId: account.id).first)
            let list = try await staff.get("/zh/staff/saved-searches")
            #expect(list.text.contains("/feeds/saved/\(stored.feedToken).atom"))
            #expect(list.text.contains("等同 year:2024"))

            // Another account cannot delete it.
            let other = try await StaffBrowser.signIn(client, as: .clerk)
            _ = try await other.post("/zh/staff/saved-searches/\(stored.id)/delete", [])
            #expect(try await store.savedSearches(accountId: account.id).count == 1)
            let deleted = try await staff.post("/zh/staff/saved-searches/\(stored.id)/delete", [])
            #expect(deleted.status == .seeOther)
            #expect(try await store.savedSearches(accountId: account.id).isEmpty)
        }
    }
}
