import Crypto
import Foundation
import TribunalKernel

/// Accounts and sign-in: Bcrypt password hashes, bearer tokens kept only as SHA-256 digests, and
/// failed sign-ins slowed down per account and per client address (`SignInThrottle`).
public struct AccountService: Sendable {
    public let accounts: any AccountRepository
    public let throttle: any SignInThrottleRepository
    /// The roles an account may be given: those of the court's modules.
    public let registry: PermissionRegistry
    /// How long an issued token lasts.
    public let tokenLifetime: TimeInterval
    public let hasher: any PasswordHashing
    /// A hash at the same cost that no password matches: an unknown username is checked against
    /// it, so that it takes as long to refuse as a known one and names cannot be probed by timing.
    private let dummyHash: String

    public init(accounts: any AccountRepository, throttle: any SignInThrottleRepository, registry: PermissionRegistry,
                hasher: any PasswordHashing, tokenLifetime: TimeInterval = 12 * 3600) async throws {
        self.accounts = accounts
        self.throttle = throttle
        self.registry = registry
        self.tokenLifetime = tokenLifetime
        self.hasher = hasher
        self.dummyHash = try await hasher.hash(SecretToken.random())
    }

    /// Creates an account after checking the name and the password's length.
    public func createAccount(username: String, password: String, role: Role, staffId: Int64? = nil) async throws -> Account {
        let username = username.trimmingCharacters(in: .whitespaces)
        guard username.range(of: #"^[A-Za-z0-9._-]{3,40}$"#, options: .regularExpression) != nil else {
            throw InvalidValue(field: "username", "3 to 40 letters, digits, dots, dashes or underscores")
        }
        guard registry.roles.contains(role) else {
            throw InvalidValue(field: "role", "'\(role)' is not a role of this court; one of "
                               + registry.roles.map(\.rawValue).sorted().joined(separator: ", "))
        }
        try TextField.check(password, field: "password")
        guard password.count >= 10 else {
            throw InvalidValue(field: "password", "a password has at least 10 characters")
        }
        // Bcrypt reads only the first 72 bytes; a longer password would be silently shortened.
        guard password.utf8.count <= 72 else {
            throw InvalidValue(field: "password", "a password has at most 72 bytes (24 Chinese characters)")
        }
        return try await accounts.create(username: username, role: role, passwordHash: try await hasher.hash(password), staffId: staffId)
    }

    /// A new bearer token for valid credentials, or nil. Throws `Throttled` while the account or
    /// the client address must wait after failed attempts; the wait is checked before the
    /// password, so that waiting attempts cost no hash and prove nothing.
    public func issueToken(username: String, password: String, clientAddress: String?, now: Date) async throws -> (token: String, expiresAt: Date)? {
        try TextField.check(username, field: "username", maxLength: 200)
        try TextField.check(password, field: "password", maxLength: 1000)
        let accountKey = SignInThrottle.accountKey(username)
        let addressKey = clientAddress.map(SignInThrottle.addressKey)
        if let wait = SignInThrottle.perAccount.wait(after: try await throttle.signInFailures(key: accountKey), now: now) {
            throw Throttled(field: "username", retryAfterSeconds: wait,
                            "too many failed sign-ins for this account; try again in \(wait) s, or ask an administrator to unlock it")
        }
        if let addressKey, let wait = SignInThrottle.perAddress.wait(after: try await throttle.signInFailures(key: addressKey), now: now) {
            throw Throttled(field: nil, retryAfterSeconds: wait, "too many failed sign-ins from this address; try again in \(wait) s")
        }
        let account = try await accounts.find(username: username)
        let matches = try await hasher.verify(password, hash: account?.passwordHash ?? dummyHash)
        guard let account, matches else {
            _ = try await throttle.recordSignInFailure(key: accountKey, at: now)
            if let addressKey { _ = try await throttle.recordSignInFailure(key: addressKey, at: now) }
            return nil
        }
        try await throttle.clearSignInFailures(key: accountKey)
        let token = SecretToken.random()
        let expiresAt = now.addingTimeInterval(tokenLifetime)
        try await accounts.storeToken(digest: Self.digest(token), accountId: account.id, expiresAt: expiresAt)
        return (token, expiresAt)
    }

    /// Lifts the wait on an account after failed sign-ins (an administrator's unlock).
    public func unlock(username: String) async throws {
        guard try await accounts.find(username: username) != nil else {
            throw NotFound(field: "username", "no account is named '\(username.prefix(60))'")
        }
        try await throttle.clearSignInFailures(key: SignInThrottle.accountKey(username))
    }

    /// The account a presented token belongs to, if it is valid at `now`.
    public func account(bearer token: String, now: Date) async throws -> Account? {
        try await accounts.account(tokenDigest: Self.digest(token), at: now)
    }

    /// Withdraws a token: the account is signed out wherever the token was used.
    public func revoke(bearer token: String) async throws {
        try await accounts.revokeToken(digest: Self.digest(token))
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hex
    }
}

/// Unguessable tokens: sessions, sign-in forms, the dummy password.
public enum SecretToken {
    /// 32 random bytes from the system's generator, base64url.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).base64URLEncodedString()
    }
}

/// Turns passwords into slow salted hashes and checks them, off the caller's threads: the
/// account service's only dependency on a hashing library.
public protocol PasswordHashing: Sendable {
    /// A salted hash of `password`.
    func hash(_ password: String) async throws -> String
    /// Whether `password` matches `hash`.
    func verify(_ password: String, hash: String) async throws -> Bool
}
