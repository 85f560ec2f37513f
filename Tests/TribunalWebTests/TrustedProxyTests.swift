import Foundation
import GRDB
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

/// Behind a proxy the socket's peer is the proxy: the client is read from `X-Forwarded-For`,
/// but only from proxies the court trusts, so that a visitor cannot choose their own throttle.
@Suite("Trusted proxies")
struct TrustedProxyTests {
    @Test("The client is the right-most address that is not a trusted proxy", arguments: [
        // (trusted, peer, X-Forwarded-For, client)
        ([], "198.51.100.7", ["203.0.113.9"], "198.51.100.7"),
        (["127.0.0.1"], "127.0.0.1", ["203.0.113.9"], "203.0.113.9"),
        (["127.0.0.1"], "127.0.0.1", [], "127.0.0.1"),
        (["127.0.0.1"], "198.51.100.7", ["203.0.113.9"], "198.51.100.7"),
        (["127.0.0.1", "10.0.0.0/8"], "127.0.0.1", ["1.2.3.4, 203.0.113.9, 10.1.2.3"], "203.0.113.9"),
        (["127.0.0.1"], "127.0.0.1", ["1.2.3.4", "203.0.113.9"], "203.0.113.9"),
        (["127.0.0.1"], "127.0.0.1", ["not-an-address"], "127.0.0.1"),
        (["::1", "fd00::/8"], "::1", ["fd12::1, 2001:db8::5"], "2001:db8::5"),
        (["0.0.0.0/0"], "192.0.2.1", ["10.0.0.1, 192.0.2.200"], "10.0.0.1"),
    ] as [([String], String, [String], String)])
    func client(trusted: [String], peer: String, forwardedFor: [String], client: String) throws {
        #expect(try TrustedProxies(trusted).client(peer: peer, forwardedFor: forwardedFor) == client)
    }

    @Test("A value that is not an address or range is refused, naming it", arguments: ["localhost", "10.0.0.0/33", "::1/129", "1.2.3"])
    func refused(value: String) {
        #expect(throws: InvalidValue.self) { try TrustedProxies([value]) }
    }

    @Test("Behind a trusted proxy each forwarded client has its own mailbox digest; without trust, X-Forwarded-For is ignored")
    func mailboxDigest() async throws {
        let trusted = try await Self.digests(trustedProxies: TrustedProxies(["127.0.0.1"]))
        #expect(trusted[0] == trusted[1])
        #expect(trusted[0] != trusted[2])
        let untrusted = try await Self.digests(trustedProxies: .none)
        #expect(Set(untrusted).count == 1, "a visitor cannot pick a fresh limit by sending a header")
    }

    /// The stored digests of three messages sent from 203.0.113.9, 203.0.113.9 and 198.51.100.2.
    static func digests(trustedProxies: TrustedProxies) async throws -> [String] {
        let harness = try await APITestHarness(trustedProxies: trustedProxies)
        try await harness.testLive { client in
            for forwarded in ["203.0.113.9", "203.0.113.9", "198.51.100.2"] {
                let form = try await client.execute(uri: "/zh/mailbox", method: .get) { $0.text }
                let token = try #require(form.firstMatch(of: /name="token" value="([^"]+)"/)?.1)
                let body = "name=%E5%BC%A0%E4%B8%89&contact=zhang%40example.com&topic=suggestion&subject=%E5%BB%BA%E8%AE%AE&body=%E5%BE%88%E5%A5%BD&token=\(token)"
                let sent = try await client.execute(uri: "/zh/mailbox", method: .post,
                                                    headers: [.contentType: "application/x-www-form-urlencoded", .xForwardedFor: forwarded],
                                                    body: ByteBuffer(string: body)) { $0.status }
                #expect(sent == .seeOther)
            }
        }
        return try await harness.sql.strings(sql: "SELECT clientDigest FROM mailboxMessage ORDER BY id").compactMap { $0 }
    }
}
