import Foundation
import Hummingbird
import HummingbirdAuth
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The request context of every Tribunal route: the signed-in account, if any, and the JSON
/// coders the API uses (ISO 8601 instants, sorted keys so that responses are stable).
public struct TribunalRequestContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Account?
    /// The client's address: to count daily unique visitors through a salted digest, and to
    /// throttle failed sign-ins and mailbox messages per address. The socket's peer, or behind a
    /// trusted proxy the address it forwarded for (`ClientAddressMiddleware`).
    public var remoteIP: String?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.remoteIP = source.channel.remoteAddress?.ipAddress
    }

    public var requestDecoder: JSONDecoder { APICoding.decoder }
    public var responseEncoder: JSONEncoder { APICoding.encoder }

    /// The signed-in account, if its role may take `action`; 401 without one, 403 without the role.
    public func require(_ action: Permission) throws -> Account {
        let account = try requireIdentity()
        guard PermissionRegistry.court.may(account.role, action) else { throw NotPermitted(action: action, role: account.role) }
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
        let data = Data(buffer: buffer)
        let value = try APICoding.decoder.decode(type, from: data)
        try JSONText.check(data)
        return value
    }
}

/// Every string of a JSON body, checked by `TextField` before anything is stored: JSON carries
/// control characters only as escapes (`\u0000`), which the decoder turns into the characters
/// themselves, so they are looked for in the decoded values and named by their path.
enum JSONText {
    static func check(_ data: Data) throws {
        guard let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        try walk(root, path: "")
    }

    private static func walk(_ value: Any, path: String) throws {
        switch value {
        case let text as String:
            try TextField.check(text, field: path.isEmpty ? "body" : path, multiline: true)
        case let object as [String: Any]:
            for (key, member) in object {
                try TextField.check(key, field: path.isEmpty ? "body" : path)
                try walk(member, path: path.isEmpty ? key : path + "." + key)
            }
        case let array as [Any]:
            for (index, element) in array.enumerated() { try walk(element, path: "\(path)[\(index)]") }
        default:
            return
        }
    }
}
