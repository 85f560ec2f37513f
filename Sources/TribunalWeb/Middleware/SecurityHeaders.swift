import HTTPTypes
import Hummingbird

/// The headers every response carries. Pages run no script at all, load only this site's
/// stylesheet and images, post forms only here and may be framed by no one (Hummingbird's
/// `ContentSecurityMiddleware`, which also sends `X-Content-Type-Options: nosniff`).
enum SecurityHeaders {
    static func contentSecurity<Context: RequestContext>() -> ContentSecurityMiddleware<Context> {
        ContentSecurityMiddleware(contentSecurityPolicy: [
            .defaultSrc(.none), .scriptSrc(.none), .styleSrc(.self), .imgSrc(.self), .baseURI(.none),
            .formAction(.self), .frameAncestors(.none),
        ])
    }
}

/// Referrer-Policy on every response, and `Cache-Control: no-store` on every response to a
/// signed-in request or a sign-in, so that no shared cache or browser history keeps a page or a
/// token meant for one staff member.
struct PrivacyHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.referrerPolicy] = "strict-origin-when-cross-origin"
        if Self.isPersonal(request) { response.headers[.cacheControl] = "no-store" }
        return response
    }

    static func isPersonal(_ request: Request) -> Bool {
        let path = request.uri.path
        return request.headers[.authorization] != nil || StaffSession.token(in: request) != nil
            || path.contains("/staff") || path.hasPrefix("/api/v1/auth/")
    }
}

extension HTTPField.Name {
    /// Not among swift-http-types' predefined names.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
