import Foundation
import Hummingbird
import HummingbirdAuth
import TribunalCore

/// The request context of every Tribunal route: the signed-in account, if any, and the JSON
/// coders the API uses (ISO 8601 instants, sorted keys so that responses are stable).
public struct TribunalRequestContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Account?
    /// The client's address, only to count daily unique visitors through a salted digest.
    public let remoteIP: String?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.remoteIP = source.channel.remoteAddress?.ipAddress
    }

    public var requestDecoder: JSONDecoder { APICoding.decoder }
    public var responseEncoder: JSONEncoder { APICoding.encoder }

    /// The signed-in account, if its role may take `action`; 401 without one, 403 without the role.
    public func require(_ action: StaffAction) throws -> Account {
        let account = try requireIdentity()
        guard account.role.may(action) else { throw NotPermitted(action: action, role: account.role) }
        return account
    }
}

/// The JSON coders of the API, in one place.
enum APICoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension Request {
    /// Decodes a JSON body, keeping the decoder's coding path so that errors name the field.
    func decodeJSON<T: Decodable>(_ type: T.Type, context: TribunalRequestContext) async throws -> T {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { throw MalformedInput(field: nil, "the request needs a JSON body") }
        return try APICoding.decoder.decode(type, from: Data(buffer: buffer))
    }
}
