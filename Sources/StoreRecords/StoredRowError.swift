/// A stored value the domain cannot read: an unknown code, a value of the wrong type, a missing
/// value. Reading is strict on every engine, so that a damaged row is an error for that row,
/// never a silent default.
public struct StoredRowError: Error, CustomStringConvertible {
    public let column: String
    public let value: String?

    public init(column: String, value: String?) {
        self.column = column
        self.value = value
    }

    public var description: String {
        value.map { "the column \(column) holds '\($0.prefix(60))', which is not a known value" } ?? "the column \(column) is empty"
    }

    /// The value of a code column read through `decode` (an enum's raw value); an unknown code is an error.
    public static func code<T>(_ text: String, column: String, _ decode: (String) -> T?) throws(StoredRowError) -> T {
        guard let value = decode(text) else { throw StoredRowError(column: column, value: text) }
        return value
    }

    /// A nullable code column: nil is nil, an unknown code is an error.
    public static func optionalCode<T>(_ text: String?, column: String, _ decode: (String) -> T?) throws(StoredRowError) -> T? {
        guard let text else { return nil }
        return try code(text, column: column, decode)
    }
}
