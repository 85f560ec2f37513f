import Foundation
import TribunalKernel

/// The failed sign-ins recorded under one key: an account, or a client address.
public struct SignInFailures: Hashable, Sendable {
    public var count: Int
    public var lastFailureAt: Date

    public init(count: Int, lastFailureAt: Date) {
        self.count = count
        self.lastFailureAt = lastFailureAt
    }
}

/// Failed sign-ins, kept in the database so that every server behind a load balancer sees the
/// same counts.
public protocol SignInThrottleRepository: Sendable {
    /// The failures recorded under `key`, or nil when there are none.
    func signInFailures(key: String) async throws -> SignInFailures?
    /// Adds one failure at `instant` under `key`, in one statement (concurrent failures all
    /// count), and returns the new record.
    func recordSignInFailure(key: String, at instant: Date) async throws -> SignInFailures
    /// Forgets the failures under `key`: after a successful sign-in, or an administrator's unlock.
    func clearSignInFailures(key: String) async throws
}

/// How failed sign-ins slow an attacker down: after a few free attempts, each further attempt
/// must wait twice as long as the one before (1 s, 2 s, 4 s … up to 15 minutes), counted from the
/// last failure. Per account, so that no one can guess one password at speed; per client
/// address, with more free attempts (a court's staff may share one address), so that no one can
/// try one password against every account. Failures older than a day are forgotten.
public struct SignInThrottle: Sendable {
    public var freeAttempts: Int
    public var longestWait: TimeInterval
    public var memory: TimeInterval

    public static let perAccount = SignInThrottle(freeAttempts: 5, longestWait: 900, memory: 86_400)
    public static let perAddress = SignInThrottle(freeAttempts: 20, longestWait: 900, memory: 86_400)

    public init(freeAttempts: Int, longestWait: TimeInterval, memory: TimeInterval) {
        self.freeAttempts = freeAttempts
        self.longestWait = longestWait
        self.memory = memory
    }

    /// The whole seconds still to wait before the next attempt, or nil when one may be made now.
    public func wait(after failures: SignInFailures?, now: Date) -> Int? {
        guard let failures, failures.count >= freeAttempts else { return nil }
        let elapsed = now.timeIntervalSince(failures.lastFailureAt)
        guard elapsed < memory else { return nil }
        let doublings = min(failures.count - freeAttempts, 30)
        let required = min(longestWait, pow(2, Double(doublings)))
        let remaining = required - elapsed
        return remaining > 0 ? Int(remaining.rounded(.up)) : nil
    }

    /// The key of an account's failures; usernames are compared as the store compares them.
    public static func accountKey(_ username: String) -> String { "account:" + username }

    /// The key of a client address's failures.
    public static func addressKey(_ address: String) -> String { "address:" + address }
}
