import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request that NIO's HTTP/1 decoder cannot read (a URL or header fields beyond the
/// decoder's limits, a malformed request line) with a problem document, where Hummingbird alone
/// would send a bare 400 with no body. It sits in the channel pipeline between the decoder and
/// Hummingbird, because such a request never reaches the router or its middleware.
///
/// The answer is written only when no earlier request on the connection is still being
/// answered; otherwise the error goes on to Hummingbird, which answers once the earlier
/// response is complete, so that two responses are never interleaved.
final class UnreadableRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// Requests read whose response has not been written to its end.
    private var requestsInFlight = 0
    private var answered = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { requestsInFlight += 1 }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { requestsInFlight = max(0, requestsInFlight - 1) }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError, requestsInFlight == 0, !answered else {
            context.fireErrorCaught(error)
            return
        }
        answered = true
        let problem = Self.problem(for: parserError)
        let body = ByteBuffer(bytes: (try? APICoding.encoder.encode(problem)) ?? Data())
        var headers: HTTPFields = [
            .contentType: ProblemDetails.contentType,
            .contentLength: String(body.readableBytes),
            .connection: "close",
        ]
        headers.append(contentsOf: Self.securityHeaders)
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .init(code: problem.status), headerFields: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
    }

    /// What the visitor is told: 431 for a URL or header fields beyond the decoder's limits
    /// (the decoder counts the request line with the header fields), 400 for anything else.
    static func problem(for error: HTTPParserError) -> ProblemDetails {
        switch error {
        case .headerOverflow:
            ProblemDetails(status: .requestHeaderFieldsTooLarge, field: "headers",
                           reason: "the URL or the header fields are longer than the server reads "
                               + "(\(RequestLimits.headerFieldBytes / 1024) KB each, \(RequestLimits.headerListBytes / 1024) KB in all)")
        case .invalidURL:
            ProblemDetails(status: .badRequest, field: "url", reason: "the request's URL cannot be read")
        case .invalidMethod:
            ProblemDetails(status: .badRequest, field: "method", reason: "the request's method cannot be read")
        case .invalidHeaderToken, .invalidCharactersUsed:
            ProblemDetails(status: .badRequest, field: "headers", reason: "a header field contains characters HTTP does not allow")
        default:
            ProblemDetails(status: .badRequest, field: nil, reason: "the request is not valid HTTP/1.1")
        }
    }

    /// The headers `SecurityHeaders` and `PrivacyHeadersMiddleware` give every routed response.
    private static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; frame-ancestors 'none'",
        .xContentTypeOptions: "nosniff",
        .referrerPolicy: "strict-origin-when-cross-origin",
    ]
}

/// How much of a request the server reads before it refuses it.
enum RequestLimits {
    /// The longest URL a route reads (414 beyond it); a search with every filter takes well under 2 KB.
    static let urlBytes = 8 * 1024
    /// The decoder's limit on the request line and on each header field (431 beyond it).
    static let headerFieldBytes = 16 * 1024
    /// The decoder's limit on the request line and all header fields together.
    static let headerListBytes = 64 * 1024
}
