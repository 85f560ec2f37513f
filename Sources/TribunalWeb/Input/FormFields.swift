import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The fields of a form as a browser sends it, posted as `application/x-www-form-urlencoded` or
/// in the query string of a GET: decoded by Hummingbird's `URLEncodedFormDecoder` (so `+` is a
/// space, as browsers send it), with every name and value checked by `TextField` (no control characters).
struct FormFields: Sendable {
    let values: [String: String]

    init(values: [String: String] = [:]) {
        self.values = values
    }

    /// Decodes `encoded`; a field named twice, a key that is not a plain name or a value that is not
    /// percent-encoded UTF-8 is a 400, a control character a 422, each naming the field.
    ///
    /// In a query string, a control character makes the address malformed (400) rather than a
    /// value invalid.
    init(encoded: String, inAddress: Bool = false) throws {
        let decoded = try Self.decode(encoded)
        for (name, value) in decoded {
            try Self.check(name: name, value: value, inAddress: inAddress)
        }
        values = decoded
    }

    private static func decode(_ encoded: String) throws -> [String: String] {
        do {
            return try URLEncodedFormDecoder().decode([String: String].self, from: encoded)
        } catch let error as URLEncodedFormError {
            throw MalformedInput(field: error.value.isEmpty ? nil : String(error.value.prefix(40)), reason(error))
        } catch let error as DecodingError {
            throw MalformedInput(field: error.fieldName, "each field is a single value")
        }
    }

    // Kept apart from `init`: a typed-throws call inside a `do`/`catch … where` in one initializer
    // sent the Swift 6.3 compiler's AllocBoxToStack pass into a loop that never ended.
    private static func check(name: String, value: String, inAddress: Bool) throws {
        let problem: InvalidValue
        do {
            try TextField.check(name, field: String(name.prefix(40)))
            try TextField.check(value, field: name, multiline: true)
            return
        } catch {
            problem = error
        }
        if inAddress { throw MalformedInput(field: problem.field, problem.reason) }
        throw problem
    }

    subscript(_ name: String) -> String { values[name] ?? "" }

    /// The posted form, at most `limit` bytes (a larger body is a 413).
    static func read(_ request: Request, limit: Int = 64 * 1024) async throws -> FormFields {
        let buffer = try await request.body.collect(upTo: limit)
        return try FormFields(encoded: String(buffer: buffer))
    }

    /// The fields of the query string.
    static func query(of request: Request) throws -> FormFields {
        try FormFields(encoded: request.uri.query ?? "", inAddress: true)
    }

    private static func reason(_ error: URLEncodedFormError) -> String {
        switch error.code {
        case .duplicateKeys: return "the field is given more than once"
        case .failedToPercentDecode: return "the value is not percent-encoded UTF-8"
        default: return "the field name is not a plain name"
        }
    }
}

extension DecodingError {
    /// The first key of the coding path, the field a form or query decoding failed on.
    var fieldName: String? {
        let path: [any CodingKey]
        switch self {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context): path = context.codingPath
        case let .keyNotFound(key, context): path = context.codingPath + [key]
        @unknown default: path = []
        }
        return path.first?.stringValue
    }
}
