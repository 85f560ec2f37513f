import Foundation
import GRDB
import StoreRecords

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

    /// A record read from its row by column name. GRDB's decoding of a value of the wrong type
    /// stops the process, so every column is first checked to hold what the record expects.
    static func record<R: FetchableRecord & Decodable>(_ type: R.Type, _ row: Row) throws -> R {
        do {
            return try R(row: row)
        } catch let error as StoredRowError {
            throw error
        } catch {
            throw StoredRowError(column: "\(R.self)", value: "\(error)")
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
