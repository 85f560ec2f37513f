/// An error of the court's rules that a caller can act on: it names the field at fault and the
/// reason in words a clerk understands. The web layer maps the kind to an HTTP status; the CLI
/// prints the reason.
public protocol DomainFailure: Error, Sendable {
    /// What sort of failure this is.
    var failureKind: DomainFailureKind { get }
    /// The input field at fault, in the API's JSON spelling (`panel.presidingJudgeId`), if any.
    var field: String? { get }
    /// Why, in one sentence.
    var reason: String { get }
}

public enum DomainFailureKind: Sendable {
    /// A request whose form is wrong: unparseable JSON or query parameters (400).
    case malformed
    /// A value that can never be right (422).
    case invalidValue
    /// A move the case's present state does not allow (409).
    case illegalMove
    /// Nothing with that identifier (404).
    case notFound
    /// The signed-in account lacks the role for it (403).
    case forbidden
    /// Too many attempts in too short a time; the caller may try again later (429).
    case throttled
}

extension CaseNumberError: DomainFailure {
    public var failureKind: DomainFailureKind { .invalidValue }
    public var field: String? { "caseNumber" }
    public var reason: String { description }
}

extension CalendarError: DomainFailure {
    public var failureKind: DomainFailureKind { .invalidValue }
    public var field: String? { nil }
    public var reason: String { description }
}

/// A value that fails validation; `field` names it.
public struct InvalidValue: DomainFailure, Equatable {
    public let field: String?
    public let reason: String
    public var failureKind: DomainFailureKind { .invalidValue }

    public init(field: String, _ reason: String) {
        self.field = field
        self.reason = reason
    }
}

/// Nothing found for an identifier.
public struct NotFound: DomainFailure, Equatable {
    public let field: String?
    public let reason: String
    public var failureKind: DomainFailureKind { .notFound }

    public init(field: String? = nil, _ reason: String) {
        self.field = field
        self.reason = reason
    }
}

/// A request whose form is wrong, e.g. a query parameter that is not a number.
public struct MalformedInput: DomainFailure, Equatable {
    public let field: String?
    public let reason: String
    public var failureKind: DomainFailureKind { .malformed }

    public init(field: String?, _ reason: String) {
        self.field = field
        self.reason = reason
    }
}

/// The account may not take this action.
public struct NotPermitted: DomainFailure, Equatable {
    public let action: Permission
    public let role: Role
    public var failureKind: DomainFailureKind { .forbidden }
    public var field: String? { nil }
    public var reason: String { "the role \(role.rawValue) may not \(action.rawValue)" }

    public init(action: Permission, role: Role) {
        self.action = action
        self.role = role
    }
}

/// Too many attempts (failed sign-ins, messages) in too short a time: refused until
/// `retryAfterSeconds` have passed.
public struct Throttled: DomainFailure, Equatable {
    public let field: String?
    public let reason: String
    public let retryAfterSeconds: Int
    public var failureKind: DomainFailureKind { .throttled }

    public init(field: String?, retryAfterSeconds: Int, _ reason: String) {
        self.field = field
        self.reason = reason
        self.retryAfterSeconds = retryAfterSeconds
    }
}
