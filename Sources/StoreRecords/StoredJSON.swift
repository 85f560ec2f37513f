import Foundation

/// JSON columns: lists and documents that are read whole (parties, panels, judgments), written
/// with sorted keys so that the same value is always the same text (checksums compare engines).
public enum StoredJSON {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// The value as JSON text.
    public static func text<T: Encodable>(_ value: T) -> String {
        // Encoding the domain's own Codable values cannot fail: they hold no non-finite number.
        String(decoding: try! encoder.encode(value), as: UTF8.self)
    }

    /// Reads JSON text made by `text`; `column` names the column in the error.
    public static func value<T: Decodable>(_ type: T.Type, _ text: String, column: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoredRowError(column: column, value: text)
        }
    }
}
