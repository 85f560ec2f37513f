import Crypto
import Foundation
import HummingbirdBcrypt
import TribunalCore

/// Accounts and sign-in: Bcrypt password hashes, and bearer tokens kept only as SHA-256 digests.
public struct AccountService<Store: AccountRepository>: Sendable {
    public let store: Store
    /// How long an issued token lasts.
    public let tokenLifetime: TimeInterval
    /// Bcrypt cost; tests lower it, production keeps the library's default of 12.
    public let bcryptCost: UInt8

    public init(store: Store, tokenLifetime: TimeInterval = 12 * 3600, bcryptCost: UInt8 = 12) {
        self.store = store
        self.tokenLifetime = tokenLifetime
        self.bcryptCost = bcryptCost
    }

    /// Creates an account after checking the name and the password's length.
    public func createAccount(username: String, password: String, role: Account.Role) async throws -> Account {
        let username = username.trimmingCharacters(in: .whitespaces)
        guard username.range(of: #"^[A-Za-z0-9._-]{3,40}$"#, options: .regularExpression) != nil else {
            throw InvalidValue(field: "username", "3 to 40 letters, digits, dots, dashes or underscores")
        }
        guard password.count >= 10 else {
            throw InvalidValue(field: "password", "a password has at least 10 characters")
        }
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        return try await store.create(username: username, role: role, passwordHash: hash)
    }

    /// A new bearer token for valid credentials, or nil.
    public func issueToken(username: String, password: String, now: Date) async throws -> (token: String, expiresAt: Date)? {
        guard let account = try await store.find(username: username),
              Bcrypt.verify(password, hash: account.passwordHash) else { return nil }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = Data(bytes).base64URLEncodedString()
        let expiresAt = now.addingTimeInterval(tokenLifetime)
        try await store.storeToken(digest: Self.digest(token), accountId: account.id, expiresAt: expiresAt)
        return (token, expiresAt)
    }

    /// The account a presented token belongs to, if it is valid at `now`.
    public func account(bearer token: String, now: Date) async throws -> Account? {
        try await store.account(tokenDigest: Self.digest(token), at: now)
    }

    /// Withdraws a token: the account is signed out wherever the token was used.
    public func revoke(bearer token: String) async throws {
        try await store.revokeToken(digest: Self.digest(token))
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hex
    }
}
