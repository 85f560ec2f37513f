import Foundation
import TribunalKernel

/// A field the visitor must correct: the field's name, its label on the page, and why.
struct FieldProblem: Equatable {
    let field: String
    let label: String
    let reason: String

    /// `labelKey` gives the catalog key of a field's label; by default the field's own name.
    init(_ failure: InvalidValue, defaultField: String, wording: Wording, labelKey: (String) -> String = { $0 }) {
        field = failure.field ?? defaultField
        label = wording(labelKey(field))
        reason = failure.reason
    }
}

/// A fact of a record as a page lists it: its label and its value.
struct LabelledValue: Equatable {
    let label: String
    let value: String
}

/// One choice of a select list.
struct Choice: Equatable {
    let value: String
    let label: String
    let selected: Bool
}

/// The links to the next and previous page of a numbered list (`?page=N`).
struct PageLinks: Equatable {
    let nextURL: String?
    let previousURL: String?

    /// `shown` items were listed on page `page` of `pageSize`: a full page may have a next one.
    init(path: String, page: Int, shown: Int, pageSize: Int) {
        nextURL = shown == pageSize && page < Paging.lastPage ? "\(path)?page=\(page + 1)" : nil
        previousURL = page > 1 ? "\(path)?page=\(page - 1)" : nil
    }
}

/// The lines of a list of judgments, as the `hitlist` partial renders them.
struct JudgmentList {
    let items: [JudgmentListItem]
}

extension DomainFailure {
    /// The field as the address names it (q, year, court…), then why.
    var fieldAndReason: String { [field, reason].compactMap { $0 }.joined(separator: ": ") }
}
