import Foundation
import StoreRecords

/// JSON columns: lists and documents that are read whole (parties, panels, judgments).
extension SQLiteStore {
    static func json<T: Encodable>(_ value: T) -> String {
        StoredJSON.text(value)
    }

    static func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String, column: String = "document") throws -> T {
        try StoredJSON.value(type, text, column: column)
    }
}
