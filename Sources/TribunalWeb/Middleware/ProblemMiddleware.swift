import Foundation
import Hummingbird
import Logging
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Turns every error a route throws, and every address no route serves, into a response, so
/// that no controller builds an error response by hand: `application/problem+json` under
/// `/api/`, the portal's own error page in the visitor's language everywhere else. Unknown
/// errors become a 500 without detail and are logged.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = TribunalRequestContext
    /// Renders the HTML error pages; without it (tests of the API alone) every error is JSON.
    let pages: PortalErrorPage?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem: ProblemDetails
            if let known = ProblemDetails(error) {
                problem = known
            } else {
                context.logger.error("Unhandled error on \(request.method) \(request.uri.path): \(error)")
                problem = ProblemDetails(status: .internalServerError, field: nil, reason: "an internal error occurred; it has been logged")
            }
            var headers: HTTPFields = [:]
            if let retryAfter = problem.retryAfterSeconds { headers[.retryAfter] = String(retryAfter) }
            if let pages, !Self.isAPI(request.uri.path) {
                var response = pages.response(for: problem, request: request)
                response.headers.append(contentsOf: headers)
                return response
            }
            headers[.contentType] = ProblemDetails.contentType
            if problem.status == 401 { headers[.wwwAuthenticate] = "Bearer" }
            return Response(status: HTTPResponse.Status(code: problem.status), headers: headers,
                            body: .init(byteBuffer: ByteBuffer(bytes: try APICoding.encoder.encode(problem))))
        }
    }

    static func isAPI(_ path: String) -> Bool {
        path == "/api" || path.hasPrefix("/api/")
    }
}
