import Foundation
import Hummingbird
import Logging
import TribunalCore

/// Turns every error a route throws into an `application/problem+json` response, so that no
/// controller builds an error response by hand. Unknown errors become a 500 without detail and are
/// logged.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = TribunalRequestContext

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
            let data = try APICoding.encoder.encode(problem)
            var headers: HTTPFields = [.contentType: ProblemDetails.contentType]
            if problem.status == 401 { headers[.wwwAuthenticate] = "Bearer" }
            return Response(
                status: HTTPResponse.Status(code: problem.status),
                headers: headers,
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}
