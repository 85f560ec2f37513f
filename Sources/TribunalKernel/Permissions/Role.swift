/// A role an account holds (`judge`, `clerk`): data, not a closed list. The roles a court knows
/// are those its modules' permission sets name (`PermissionRegistry.roles`).
public struct Role: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// A role's name is a lower-camel-case identifier of 1 to 40 ASCII letters and digits;
    /// anything else (a damaged row, a typing error) is no role at all.
    public init?(rawValue: String) {
        guard (1...40).contains(rawValue.utf8.count), let first = rawValue.unicodeScalars.first,
              first.properties.isLowercase, first.isASCII,
              rawValue.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { return nil }
        self.rawValue = rawValue
    }

    /// A role a module declares in its code; the name must be valid.
    public init(_ name: StaticString) {
        self.init(rawValue: "\(name)")!
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let role = Role(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a role name"))
        }
        self = role
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
