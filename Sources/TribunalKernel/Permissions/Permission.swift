/// Something an account may be allowed to do, named by the module that defines it
/// (`readDocket`, `publishJudgments`). Modules declare their permissions as static constants and
/// grant them to roles in their `PermissionSet`, so that a new module adds its own without
/// editing any other.
public struct Permission: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ name: String) {
        self.init(rawValue: name)
    }

    public var description: String { rawValue }
}
