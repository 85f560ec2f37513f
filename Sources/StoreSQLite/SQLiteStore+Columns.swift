import Foundation
import GRDB

/// A stored value the domain cannot read: an unknown code or a missing value. Reading is strict,
/// so that a damaged row is an error for that row, never a silent default.
struct StoredRowError: Error, CustomStringConvertible {
    let column: String
    let value: String?

    var description: String {
        value.map { "the column \(column) holds '\($0.prefix(60))', which is not a known value" } ?? "the column \(column) is empty"
    }
}

extension SQLiteStore {
    /// The value of a column that may not be NULL.
    static func column<T: DatabaseValueConvertible>(_ row: Row, _ name: String) throws -> T {
        // GRDB's throwing `decode`, not its subscript, which stops the process on a value of the wrong type.
        do {
            return try row.decode(T.self, forColumn: name)
        } catch {
            throw StoredRowError(column: name, value: (row[name] as (any DatabaseValueConvertible)?).map { "\($0)" })
        }
    }

    /// A code column read through `decode` (an enum's raw value); an unknown code is an error.
    static func value<T>(_ row: Row, _ name: String, _ decode: (String) -> T?) throws -> T {
        let text: String = try column(row, name)
        guard let value = decode(text) else { throw StoredRowError(column: name, value: text) }
        return value
    }

    /// A nullable code column: NULL is nil, an unknown code is an error.
    static func optionalValue<T>(_ row: Row, _ name: String, _ decode: (String) -> T?) throws -> T? {
        guard let text: String = try column(row, name) as String? else { return nil }
        guard let value = decode(text) else { throw StoredRowError(column: name, value: text) }
        return value
    }
}
