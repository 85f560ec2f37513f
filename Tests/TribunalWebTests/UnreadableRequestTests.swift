import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOPosix
import Testing
@testable import TribunalWeb

/// Requests too long or too malformed for a route to read, sent to a live server over TCP: each
/// gets a problem document (or the portal's error page) and the server keeps serving.
@Suite("Unreadable requests")
struct UnreadableRequestTests {
    @Test("A URL beyond 8 KB gets 414: the portal's page on the portal, problem+json on the API")
    func longURL() async throws {
        let harness = try await APITestHarness()
        try await harness.testLive { client in
            let query = String(repeating: "专利", count: 500)  // 9 KB once percent-encoded
            let api = try await client.execute(uri: "/api/v1/search?q=" + percentEncoded(query), method: .get) { $0 }
            #expect(api.status == .uriTooLong)
            #expect(api.headers[.contentType] == ProblemDetails.contentType)
            #expect(api.json["field"] as? String == "url")
            let portal = try await client.execute(uri: "/en/search?q=" + percentEncoded(query), method: .get) { $0 }
            #expect(portal.status == .uriTooLong)
            #expect(portal.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(portal.text.contains("<html lang=\"en\">"))
            #expect(try await client.execute(uri: "/api/v1/health", method: .get) { $0 }.status == .ok)
        }
    }

    @Test("A URL or a header field beyond the decoder's limits gets 431 problem+json, not a bare 400")
    func overflowingHead() async throws {
        let harness = try await APITestHarness()
        try await harness.testLive { client in
            let port = try #require(client.port)
            let longPath = "/api/v1/health?q=" + String(repeating: "a", count: RequestLimits.headerFieldBytes + 1)
            let url = try await RawHTTP.exchange(port: port, "GET \(longPath) HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(url.status == 431)
            #expect(url.headers["content-type"] == ProblemDetails.contentType)
            #expect(url.headers["content-security-policy"]?.contains("default-src 'none'") == true)
            #expect(url.problem?["field"] as? String == "headers")
            let cookie = "Cookie: " + String(repeating: "c", count: RequestLimits.headerFieldBytes + 1)
            let header = try await RawHTTP.exchange(port: port, "GET /zh/ HTTP/1.1\r\nHost: localhost\r\n\(cookie)\r\n\r\n")
            #expect(header.status == 431)
            #expect(header.problem?["status"] as? Int == 431)
            #expect(try await client.execute(uri: "/api/v1/health", method: .get) { $0 }.status == .ok)
        }
    }

    @Test("A request line that is not HTTP gets 400 problem+json naming what is wrong", arguments: [
        ("BR\u{1}W / HTTP/1.1\r\nHost: localhost\r\n\r\n", "method"),
        ("GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n", nil),
        ("GET / HTTP/1.1\r\nHo st: localhost\r\n\r\n", "headers"),
    ] as [(String, String?)])
    func malformedRequestLine(request: String, field: String?) async throws {
        let harness = try await APITestHarness()
        try await harness.testLive { client in
            let answer = try await RawHTTP.exchange(port: try #require(client.port), request)
            #expect(answer.status == 400)
            #expect(answer.headers["content-type"] == ProblemDetails.contentType)
            if let field { #expect(answer.problem?["field"] as? String == field) }
            #expect(try await client.execute(uri: "/api/v1/health", method: .get) { $0 }.status == .ok)
        }
    }

    @Test("A bad request pipelined behind a good one: the good one is answered first, whole")
    func pipelined() async throws {
        let harness = try await APITestHarness()
        try await harness.testLive { client in
            let bytes = "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\nBR\u{1}W / HTTP/1.1\r\n\r\n"
            let answer = try await RawHTTP.exchange(port: try #require(client.port), bytes)
            #expect(answer.status == 200)
        }
    }

    @Test("Each decoder error is told apart in the problem it gets")
    func problems() {
        #expect(UnreadableRequestHandler.problem(for: .headerOverflow).status == 431)
        #expect(UnreadableRequestHandler.problem(for: .invalidURL).field == "url")
        #expect(UnreadableRequestHandler.problem(for: .invalidMethod).field == "method")
        #expect(UnreadableRequestHandler.problem(for: .lfExpected).status == 400)
    }

    private func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }
}

extension APITestHarness {
    /// Runs `body` against the server on a real socket, with the pipeline the executable uses.
    func testLive(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: router, server: tribunalHTTPServer())
        try await app.test(.live, body)
    }
}

/// Bytes sent as they are over TCP, and the first response read back; for requests no HTTP
/// client would send.
enum RawHTTP {
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String
        var problem: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
        }
    }

    static func exchange(port: Int, _ request: String) async throws -> Answer {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        var received = ByteBuffer()
        try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: request))
            for try await chunk in inbound {
                var chunk = chunk
                received.writeBuffer(&chunk)
                if let answer = parse(received), answer.body.utf8.count >= Int(answer.headers["content-length"] ?? "0") ?? 0 { break }
            }
        }
        return try #require(parse(received))
    }

    /// The first response in `bytes`, once its head is complete.
    private static func parse(_ bytes: ByteBuffer) -> Answer? {
        let text = String(buffer: bytes)
        guard let end = text.range(of: "\r\n\r\n") else { return nil }
        let lines = text[..<end.lowerBound].components(separatedBy: "\r\n")
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = String(text[end.upperBound...])
        if let length = Int(headers["content-length"] ?? ""), body.utf8.count > length {
            body = String(decoding: Array(body.utf8.prefix(length)), as: UTF8.self)
        }
        return Answer(status: status, headers: headers, body: body)
    }
}
