import Foundation
import TribunalKernel

/// A sign-in account for the staff side, with the role that decides what it may do.
public struct Account: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var username: String
    public var role: Role
    /// A Bcrypt hash; never the password.
    public var passwordHash: String
    /// The staff member who signs in with it, which decides the cases whose confidential
    /// passages the account may read (a panel's members); nil for an account of no staff member.
    public var staffId: Int64?

    public init(id: Int64, username: String, role: Role, passwordHash: String, staffId: Int64? = nil) {
        self.id = id
        self.username = username
        self.role = role
        self.passwordHash = passwordHash
        self.staffId = staffId
    }
}

/// Accounts and the bearer tokens issued to them.
public protocol AccountRepository: Sendable {
    /// Creates an account, of the staff member `staffId` if given; throws `InvalidValue` (field
    /// `username`) when the name is taken, (field `staffId`) when no staff member has that id.
    func create(username: String, role: Role, passwordHash: String, staffId: Int64?) async throws -> Account
    /// The account with this id, or nil.
    func account(id: Int64) async throws -> Account?
    /// The account with this user name, or nil.
    func find(username: String) async throws -> Account?
    /// Stores a token by its SHA-256 digest, so that a stolen database yields no usable token.
    func storeToken(digest: String, accountId: Int64, expiresAt: Date) async throws
    /// Withdraws a token (signing out); a token that is not stored is no error.
    func revokeToken(digest: String) async throws
    /// The account a token digest belongs to, if the token has not expired at `instant`.
    func account(tokenDigest: String, at instant: Date) async throws -> Account?
    func accountCount() async throws -> Int
}

extension AccountRepository {
    /// Creates an account of no staff member.
    public func create(username: String, role: Role, passwordHash: String) async throws -> Account {
        try await create(username: username, role: role, passwordHash: passwordHash, staffId: nil)
    }
}
