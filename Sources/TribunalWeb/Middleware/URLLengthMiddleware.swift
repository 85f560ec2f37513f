import Hummingbird

/// Refuses a URL longer than any page or endpoint needs with 414, before a route reads it: the
/// portal answers with its error page, the API with a problem document. (A URL too long for the
/// HTTP decoder itself is answered by `UnreadableRequestHandler`.)
struct URLLengthMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.description.utf8.count <= RequestLimits.urlBytes else {
            throw HTTPError(.uriTooLong, message: "the URL is longer than \(RequestLimits.urlBytes / 1024) KB")
        }
        return try await next(request, context)
    }
}
