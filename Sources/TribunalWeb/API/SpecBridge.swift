import Foundation
import TribunalKernel

/// Between the domain's values and the types generated from the OpenAPI document, through JSON,
/// the API's wire format: what an operation answers must read as the document's schema (or the
/// request fails with a 500 that names the mismatch, and the tests fail with it), and what a
/// request brings is read by the domain's own decoding, with its checks and its messages.
enum SpecBridge {
    /// `value`, encoded as the API encodes it, read as the document's type `T`.
    static func spec<T: Decodable>(_ value: some Encodable, as type: T.Type = T.self) throws -> T {
        let data = try APICoding.encoder.encode(value)
        do {
            return try APICoding.decoder.decode(T.self, from: data)
        } catch {
            throw ResponseOutsideSpec(type: "\(T.self)", error: error)
        }
    }

    /// The request's body as the domain reads it. Its strings are checked for control characters
    /// first, by their JSON path.
    static func domain<T: Decodable>(_ body: some Encodable, as type: T.Type = T.self) throws -> T {
        let data = try APICoding.encoder.encode(body)
        try JSONText.check(data)
        return try APICoding.decoder.decode(T.self, from: data)
    }

    /// A response the OpenAPI document does not describe: a bug of the server, never the client's.
    struct ResponseOutsideSpec: Error, CustomStringConvertible {
        let type: String
        let error: any Error
        var description: String { "the response does not read as \(type) of the OpenAPI document: \(error)" }
    }
}
