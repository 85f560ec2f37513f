import Foundation
import TribunalKernel

/// A parsed search: what the user asked for, before any storage engine turns it into its own
/// query language.
public indirect enum SearchQuery: Hashable, Sendable {
    /// Words to find; several tokens must stand together, as in a phrase (人民法院).
    case text(String)
    /// A "quoted phrase".
    case phrase(String)
    /// A field restriction such as `year:2020` or `party:华为`.
    case field(SearchField, String)
    /// Everything but what matches.
    case not(SearchQuery)
    /// All of them (the default between terms).
    case all([SearchQuery])
    /// Any of them (`a OR b`).
    case any([SearchQuery])
}

/// The fields a query may name, with the words users type for them.
public enum SearchField: String, CaseIterable, Hashable, Sendable {
    case caseNumber = "case"
    case year
    case type
    case cause
    case court
    case judge
    case party
    case patent
    case statute
}

/// Why a query cannot run; `field` is always `q`, the query parameter.
public enum SearchQueryError: DomainFailure, Equatable {
    case empty
    case onlyExclusions
    case invalidFieldValue(SearchField, String, String)

    public var failureKind: DomainFailureKind { .invalidValue }
    public var field: String? { "q" }
    public var reason: String {
        switch self {
        case .empty: return "the search is empty"
        case .onlyExclusions: return "a search needs at least one term that is not excluded with -"
        case let .invalidFieldValue(field, value, why): return "\(field.rawValue):\(value) — \(why)"
        }
    }
}
