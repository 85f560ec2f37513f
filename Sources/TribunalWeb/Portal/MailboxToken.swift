import Crypto
import Foundation
import PublicPortal
import Accounts

/// The mailbox form's anti-spam token: the time the form was served and a random single-use
/// value, signed with a key every process of the court shares (kept in the database), so that a
/// form served by one server behind a load balancer is accepted by another. A submission must come back signed,
/// after a human's minimum reading time and within a day, and each token sends one message (the
/// store remembers its value); bots that post at once or replay forms are refused, with no third party.
struct MailboxToken: Sendable {
    /// Why a token was not accepted, in words a visitor can act on (catalog keys).
    enum Refusal: String, Error {
        case tooQuick = "mailboxTooQuick"
        case expired = "mailboxExpired"
        case unverifiable = "mailboxUnverifiable"
    }

    /// The key's bytes; `SymmetricKey` itself is not Sendable.
    let keyBytes: [UInt8]
    let minimumAge: TimeInterval

    init(minimumAge: TimeInterval, key: [UInt8]) {
        keyBytes = key
        self.minimumAge = minimumAge
    }

    func issue(at instant: Date) -> String {
        let signed = String(Int(instant.timeIntervalSince1970)) + "." + SecretToken.random()
        return signed + "." + signature(signed)
    }

    /// The token's single-use value, if the token is genuine and of an acceptable age.
    func nonce(of token: String, at instant: Date) throws(Refusal) -> String {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let issued = TimeInterval(parts[0]), issued.isFinite,
              signature(parts[0] + "." + parts[1]).equalsInConstantTime(String(parts[2])) else { throw .unverifiable }
        let age = instant.timeIntervalSince1970 - issued
        if age < minimumAge { throw .tooQuick }
        if age > 86_400 { throw .expired }
        return String(parts[1])
    }

    /// An anonymous digest of a sender's address, to count messages per sender: keyed by the
    /// court's secret, so that it cannot be reversed to the address.
    func clientDigest(_ address: String) -> String {
        signature("client:" + address)
    }

    private func signature(_ text: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: keyBytes)).hex
    }
}

/// The mailbox token of this court, made on first use from the signing key in the database
/// (created there by the first process that needs it), not at start: the database client may
/// not be running yet when the routes are built.
actor MailboxTokens {
    private let portal: any PortalRepository
    private let minimumAge: TimeInterval
    private let clock: @Sendable () -> Date
    private var token: MailboxToken?

    init(portal: any PortalRepository, minimumAge: TimeInterval, clock: @escaping @Sendable () -> Date) {
        self.portal = portal
        self.minimumAge = minimumAge
        self.clock = clock
    }

    func current() async throws -> MailboxToken {
        if let token { return token }
        let made = MailboxToken(minimumAge: minimumAge, key: try await portal.sharedSecret(named: "mailbox-form-key", at: clock()))
        token = made
        return made
    }
}
