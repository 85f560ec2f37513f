import Foundation
import Hummingbird
import OpenAPIRuntime
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// An RFC 9457 problem document, with the two members Tribunal adds: the field at fault and the
/// reason in words.
struct ProblemDetails: Codable, Sendable, Equatable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var field: String?
    var reason: String
    /// For a 429: when the client may try again (the Retry-After header, not a member).
    var retryAfterSeconds: Int?

    private enum CodingKeys: String, CodingKey { case type, title, status, detail, field, reason }

    static let contentType = "application/problem+json"

    init(status: HTTPResponse.Status, field: String?, reason: String) {
        self.type = "about:blank"
        self.title = status.reasonPhrase
        self.status = status.code
        self.field = field
        self.reason = reason
        self.detail = field.map { "\($0): \(reason)" } ?? reason
    }

    /// The problem an error stands for; nil for errors that are bugs (reported as 500).
    init?(_ error: any Error) {
        switch error {
        case let failure as any DomainFailure:
            let status: HTTPResponse.Status
            switch failure.failureKind {
            case .malformed: status = .badRequest
            case .invalidValue: status = .unprocessableContent
            case .illegalMove: status = .conflict
            case .notFound: status = .notFound
            case .forbidden: status = .forbidden
            case .throttled: status = .tooManyRequests
            }
            self.init(status: status, field: failure.field, reason: failure.reason)
            if let throttled = failure as? Throttled { retryAfterSeconds = throttled.retryAfterSeconds }
        case let error as ServerError:
            // An API operation's failure, wrapped by the generated server: its own problem, or,
            // when the request could not be read as the document describes it, a 400 saying why.
            if let problem = ProblemDetails(error.underlyingError) {
                self = problem
            } else if error.operationInput == nil {
                self.init(status: .badRequest, field: nil, reason: error.causeDescription)
            } else {
                return nil
            }
        case let error as DecodingError:
            self.init(decodingError: error)
        case let error as HTTPError:
            self.init(status: error.status, field: error.status == .uriTooLong ? "url" : nil, reason: error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            // NIOTooManyBytesError: a body collected beyond the route's limit.
            self.init(status: .contentTooLarge, field: "body", reason: "the body is larger than this request accepts")
        case let error as any HTTPResponseError:
            self.init(status: error.status, field: nil, reason: error.status.reasonPhrase)
        default:
            return nil
        }
    }

    /// A body that does not decode: 400 when its shape is wrong, 422 when a value is impossible
    /// (an unknown cause, a date that does not exist).
    init(decodingError: DecodingError) {
        switch decodingError {
        case let .keyNotFound(key, context):
            let field = (context.codingPath + [key]).fieldPath
            self.init(status: .badRequest, field: field, reason: "the field is required")
        case let .valueNotFound(type, context):
            self.init(status: .badRequest, field: context.codingPath.fieldPath, reason: "a value of type \(type) is required")
        case let .typeMismatch(type, context):
            self.init(status: .badRequest, field: context.codingPath.fieldPath, reason: "expected \(Self.jsonName(of: type))")
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            self.init(status: .badRequest, field: nil, reason: "the body is not valid JSON")
        case let .dataCorrupted(context):
            self.init(status: .unprocessableContent, field: context.codingPath.fieldPath, reason: context.debugDescription)
        @unknown default:
            self.init(status: .badRequest, field: nil, reason: "the body could not be read")
        }
    }

    private static func jsonName(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type: return "a whole number"
        case is [Any].Type: return "an array"
        default: return "a value of type \(type)"
        }
    }
}
