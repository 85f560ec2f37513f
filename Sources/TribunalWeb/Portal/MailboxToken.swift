import Crypto
import Foundation
import Accounts

/// The mailbox form's anti-spam token: the time the form was served and a random single-use
/// value, signed with a key that lives only in this process. A submission must come back signed,
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

    init(minimumAge: TimeInterval) {
        keyBytes = (0..<32).map { _ in UInt8.random(in: .min ... .max) }
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

    /// An anonymous digest of a sender's address, to count messages per sender: keyed by this
    /// process's secret, so that it cannot be reversed to the address.
    func clientDigest(_ address: String) -> String {
        signature("client:" + address)
    }

    private func signature(_ text: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: keyBytes)).hex
    }
}
