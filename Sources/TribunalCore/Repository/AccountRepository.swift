import Foundation

/// A sign-in account for the staff side, with the role that decides what it may do.
public struct Account: Codable, Hashable, Sendable, Identifiable {
    public enum Role: String, CaseIterable, Codable, Sendable {
        case admin
        case presidingJudge
        case judge
        case assistant
        case clerk
    }

    public var id: Int64
    public var username: String
    public var role: Role
    /// A Bcrypt hash; never the password.
    public var passwordHash: String

    public init(id: Int64, username: String, role: Role, passwordHash: String) {
        self.id = id
        self.username = username
        self.role = role
        self.passwordHash = passwordHash
    }
}

/// Accounts and the bearer tokens issued to them.
public protocol AccountRepository: Sendable {
    /// Creates an account; throws `InvalidValue` (field `username`) when the name is taken.
    func create(username: String, role: Account.Role, passwordHash: String) async throws -> Account
    func find(username: String) async throws -> Account?
    /// Stores a token by its SHA-256 digest, so that a stolen database yields no usable token.
    func storeToken(digest: String, accountId: Int64, expiresAt: Date) async throws
    /// Withdraws a token (signing out); a token that is not stored is no error.
    func revokeToken(digest: String) async throws
    /// The account a token digest belongs to, if the token has not expired at `instant`.
    func account(tokenDigest: String, at instant: Date) async throws -> Account?
    func accountCount() async throws -> Int
}
