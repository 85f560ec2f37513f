import Foundation
import Hummingbird
import HTTPTypes
import TribunalKernel
import Accounts

/// The request an API operation serves: the generated handlers take the operation's input only,
/// so the signed-in account and the client's address reach them through a task-local value,
/// set for each API request by `APIRequestScopeMiddleware`.
enum APIRequestScope {
    @TaskLocal static var context: TribunalRequestContext?

    /// The request context of the operation being served; outside one, a bug (a 500).
    static var current: TribunalRequestContext {
        get throws {
            guard let context else { throw MissingRequestScope() }
            return context
        }
    }

    /// The signed-in account, if its role may take `action`; 401 without one, 403 without the role.
    static func require(_ action: Permission) throws -> Account {
        try current.require(action)
    }

    /// The signed-in account, whatever its role; 401 without one.
    static func requireIdentity() throws -> Account {
        try current.requireIdentity()
    }

    struct MissingRequestScope: Error {}
}

/// Serves each API request inside its `APIRequestScope`. Its parameters are checked first, then
/// its body is read up to the route's limit, so that an oversized body is a 413 before any
/// operation decodes it.
struct APIRequestScopeMiddleware: RouterMiddleware {
    typealias Context = TribunalRequestContext
    let parameters: APIParameterRules

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try parameters.check(request, context: context)
        var request = request
        _ = try await request.collectBody(upTo: context.maxUploadSize)
        var response = try await APIRequestScope.$context.withValue(context) {
            try await next(request, context)
        }
        // The generated server percent-encodes header values (the document's "simple" style);
        // an address and a file name are sent as written.
        for name: HTTPField.Name in [.location, .contentDisposition] {
            if let value = response.headers[name], let decoded = value.removingPercentEncoding { response.headers[name] = decoded }
        }
        return response
    }
}
