import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension FormFields {
    /// An optional field read with `parse`; a value that does not parse is a 400 that names the field.
    func parsed<T>(_ name: String, expected: String, _ parse: (String) -> T?) throws -> T? {
        guard let text = values[name] else { return nil }
        guard let value = parse(text) else {
            throw MalformedInput(field: name, "'\(text.prefix(60))' is not \(expected)")
        }
        return value
    }

    /// An optional whole number inside `range`. Every number a visitor sends is bounded here, so
    /// that no arithmetic on it can overflow (a page of Int.max once stopped the server).
    func number(_ name: String, in range: ClosedRange<Int>, expected: String? = nil) throws -> Int? {
        try parsed(name, expected: expected ?? "a whole number from \(range.lowerBound) to \(range.upperBound)") { text in
            Int(text).flatMap { range.contains($0) ? $0 : nil }
        }
    }

    func date(_ name: String) throws -> CalendarDate? {
        try parsed(name, expected: "a date in the form YYYY-MM-DD from \(CalendarDate.storedRange.lowerBound) to \(CalendarDate.storedRange.upperBound)") {
            CalendarDate(iso: $0).flatMap { CalendarDate.storedRange.contains($0) ? $0 : nil }
        }
    }

    func oneOf<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        try parsed(name, expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", "), T.init(rawValue:))
    }
}

/// One parameter of the query string: each call decodes the query string, so a route that reads
/// several parameters takes `queryFields()` once and reads them from it.
extension Request {
    /// The query string's fields, decoded as a browser's GET form encodes them.
    func queryFields() throws -> FormFields {
        try FormFields.query(of: self)
    }

    /// The text of an optional query parameter, nil when it is absent.
    func queryText(_ name: String) throws -> String? {
        try queryFields().values[name]
    }

    func query<T>(_ name: String, expected: String, _ parse: (String) -> T?) throws -> T? {
        try queryFields().parsed(name, expected: expected, parse)
    }

    func queryNumber(_ name: String, in range: ClosedRange<Int>, expected: String? = nil) throws -> Int? {
        try queryFields().number(name, in: range, expected: expected)
    }

    func queryDate(_ name: String) throws -> CalendarDate? {
        try queryFields().date(name)
    }
}

/// Identifiers are positive and no larger than the largest integer a JSON number carries exactly
/// (2^53 - 1), the most a client in JavaScript can send back.
enum Identifier {
    static let range: ClosedRange<Int64> = 1...9_007_199_254_740_991

    static func parse(_ text: String) -> Int64? {
        Int64(text).flatMap { range.contains($0) ? $0 : nil }
    }
}

extension Parameters {
    /// A path parameter that must be a positive integer identifier.
    func id(_ name: String = "id") throws -> Int64 {
        guard let text = get(name), let id = Identifier.parse(text) else {
            throw MalformedInput(field: name, "'\((get(name) ?? "").prefix(60))' is not an identifier")
        }
        return id
    }
}
