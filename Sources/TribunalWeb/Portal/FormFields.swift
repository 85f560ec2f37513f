import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, as a browser posts a form.
struct FormFields {
    let values: [String: String]

    init(values: [String: String] = [:]) {
        self.values = values
    }

    init(_ body: String) {
        var values: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let key = parts.first else { continue }
            values[decode(key)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        self.values = values
    }

    subscript(_ name: String) -> String { values[name] ?? "" }

    static func read(_ request: Request, limit: Int = 64 * 1024) async throws -> FormFields {
        let buffer = try await request.body.collect(upTo: limit)
        return FormFields(String(buffer: buffer))
    }
}
