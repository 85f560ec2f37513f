import Crypto
import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Accounts and sign-in: Bcrypt password hashes, bearer tokens kept only as SHA-256 digests, and
/// failed sign-ins slowed down per account and per client address (`SignInThrottle`).
public struct AccountService<Store: AccountRepository & SignInThrottleRepository>: Sendable {
    public let store: Store
    /// How long an issued token lasts.
    public let tokenLifetime: TimeInterval
    public let hasher: PasswordHasher
    /// A hash at the same cost that no password matches: an unknown username is checked against
    /// it, so that it takes as long to refuse as a known one and names cannot be probed by timing.
    private let dummyHash: String

    public init(store: Store, tokenLifetime: TimeInterval = 12 * 3600, bcryptCost: UInt8 = 12) async throws {
        self.store = store
        self.tokenLifetime = tokenLifetime
        self.hasher = PasswordHasher(cost: bcryptCost)
        self.dummyHash = try await hasher.hash(AccountServiceTokens.random())
    }

    /// Creates an account after checking the name and the password's length.
    public func createAccount(username: String, password: String, role: Role, staffId: Int64? = nil) async throws -> Account {
        let username = username.trimmingCharacters(in: .whitespaces)
        guard username.range(of: #"^[A-Za-z0-9._-]{3,40}$"#, options: .regularExpression) != nil else {
            throw InvalidValue(field: "username", "3 to 40 letters, digits, dots, dashes or underscores")
        }
        guard PermissionRegistry.court.roles.contains(role) else {
            throw InvalidValue(field: "role", "'\(role)' is not a role of this court; one of "
                               + PermissionRegistry.court.roles.map(\.rawValue).sorted().joined(separator: ", "))
        }
        try TextField.check(password, field: "password")
        guard password.count >= 10 else {
            throw InvalidValue(field: "password", "a password has at least 10 characters")
        }
        // Bcrypt reads only the first 72 bytes; a longer password would be silently shortened.
        guard password.utf8.count <= 72 else {
            throw InvalidValue(field: "password", "a password has at most 72 bytes (24 Chinese characters)")
        }
        return try await store.create(username: username, role: role, passwordHash: try await hasher.hash(password), staffId: staffId)
    }

    /// A new bearer token for valid credentials, or nil. Throws `Throttled` while the account or
    /// the client address must wait after failed attempts; the wait is checked before the
    /// password, so that waiting attempts cost no hash and prove nothing.
    public func issueToken(username: String, password: String, clientAddress: String?, now: Date) async throws -> (token: String, expiresAt: Date)? {
        try TextField.check(username, field: "username", maxLength: 200)
        try TextField.check(password, field: "password", maxLength: 1000)
        let accountKey = SignInThrottle.accountKey(username)
        let addressKey = clientAddress.map(SignInThrottle.addressKey)
        if let wait = SignInThrottle.perAccount.wait(after: try await store.signInFailures(key: accountKey), now: now) {
            throw Throttled(field: "username", retryAfterSeconds: wait,
                            "too many failed sign-ins for this account; try again in \(wait) s, or ask an administrator to unlock it")
        }
        if let addressKey, let wait = SignInThrottle.perAddress.wait(after: try await store.signInFailures(key: addressKey), now: now) {
            throw Throttled(field: nil, retryAfterSeconds: wait, "too many failed sign-ins from this address; try again in \(wait) s")
        }
        let account = try await store.find(username: username)
        let matches = try await hasher.verify(password, hash: account?.passwordHash ?? dummyHash)
        guard let account, matches else {
            _ = try await store.recordSignInFailure(key: accountKey, at: now)
            if let addressKey { _ = try await store.recordSignInFailure(key: addressKey, at: now) }
            return nil
        }
        try await store.clearSignInFailures(key: accountKey)
        let token = AccountServiceTokens.random()
        let expiresAt = now.addingTimeInterval(tokenLifetime)
        try await store.storeToken(digest: Self.digest(token), accountId: account.id, expiresAt: expiresAt)
        return (token, expiresAt)
    }

    /// Lifts the wait on an account after failed sign-ins (an administrator's unlock).
    public func unlock(username: String) async throws {
        guard try await store.find(username: username) != nil else {
            throw NotFound(field: "username", "no account is named '\(username.prefix(60))'")
        }
        try await store.clearSignInFailures(key: SignInThrottle.accountKey(username))
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

/// Unguessable tokens: sessions, sign-in forms, the dummy password.
enum AccountServiceTokens {
    /// 32 random bytes from the system's generator, base64url.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).base64URLEncodedString()
    }
}
