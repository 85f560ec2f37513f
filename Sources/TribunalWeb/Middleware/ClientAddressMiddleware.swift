import HTTPTypes
import Hummingbird

/// Sets the request's client address from `X-Forwarded-For` when the peer is a trusted proxy;
/// throttles, the mailbox's limit and the visitor count key on it.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = TribunalRequestContext
    let trustedProxies: TrustedProxies

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if !trustedProxies.ranges.isEmpty {
            context.remoteIP = trustedProxies.client(peer: context.remoteIP, forwardedFor: request.headers[values: .xForwardedFor])
        }
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    /// Not among swift-http-types' predefined names.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
