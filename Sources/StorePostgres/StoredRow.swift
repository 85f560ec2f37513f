import PostgresNIO
import StoreRecords

/// One row read strictly by column name: a value of the wrong type or a NULL where the domain
/// needs a value is an error naming the column. PostgreSQL folds unquoted names to lower case,
/// so names are looked up that way.
struct StoredRow {
    private let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        self.row = row.makeRandomAccess()
    }

    /// The column's value.
    func callAsFunction<T: PostgresDecodable>(_ name: String, _ type: T.Type = T.self) throws -> T {
        let key = name.lowercased()
        guard row.contains(key) else { throw StoredRowError(column: name, value: nil) }
        do {
            return try row[key].decode(T.self, context: .default)
        } catch {
            throw StoredRowError(column: name, value: row[key].bytes.map { "\($0.readableBytes) bytes" })
        }
    }

    /// A code column read through `decode` (an enum's raw value); an unknown code is an error.
    func code<T>(_ name: String, _ decode: (String) -> T?) throws -> T {
        try StoredRowError.code(try self(name, String.self), column: name, decode)
    }

    /// A nullable code column: NULL is nil, an unknown code is an error.
    func optionalCode<T>(_ name: String, _ decode: (String) -> T?) throws -> T? {
        try StoredRowError.optionalCode(try self(name, String?.self), column: name, decode)
    }
}
