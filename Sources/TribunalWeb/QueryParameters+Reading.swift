import Foundation
import Hummingbird
import TribunalCore

extension Request {
    /// An optional query parameter read with `parse`; a value that does not parse is a 400 that
    /// names the parameter.
    func query<T>(_ name: String, expected: String, _ parse: (String) -> T?) throws -> T? {
        guard let raw = uri.queryParameters[name[...]] else { return nil }
        let text = String(raw)
        guard let value = parse(text) else { throw MalformedInput(field: name, "'\(text)' is not \(expected)") }
        return value
    }

    func queryDate(_ name: String) throws -> CalendarDate? {
        try query(name, expected: "a date in the form YYYY-MM-DD", CalendarDate.init(iso:))
    }

    func queryEnum<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        try query(name, expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", "), T.init(rawValue:))
    }
}

extension Parameters {
    /// A path parameter that must be a positive integer identifier.
    func id(_ name: String = "id") throws -> Int64 {
        guard let text = get(name), let id = Int64(text), id > 0 else {
            throw MalformedInput(field: name, "'\(get(name) ?? "")' is not an identifier")
        }
        return id
    }
}
