import Crypto
import Foundation

/// The mailbox form's anti-spam token: the time the form was served, signed with a key that lives
/// only in this process. A submission must come back signed, after a human's minimum reading time
/// and within a day; bots that post at once or replay old forms are refused, with no third party.
struct MailboxToken: Sendable {
    /// The key's bytes; `SymmetricKey` itself is not Sendable.
    let keyBytes: [UInt8]
    let minimumAge: TimeInterval

    init(minimumAge: TimeInterval) {
        keyBytes = (0..<32).map { _ in UInt8.random(in: .min ... .max) }
        self.minimumAge = minimumAge
    }

    func issue(at instant: Date) -> String {
        let stamp = String(Int(instant.timeIntervalSince1970))
        return stamp + "." + signature(stamp)
    }

    func isValid(_ token: String, at instant: Date) -> Bool {
        let parts = token.split(separator: ".")
        guard parts.count == 2, let issued = TimeInterval(parts[0]), signature(String(parts[0])).equalsInConstantTime(String(parts[1])) else { return false }
        let age = instant.timeIntervalSince1970 - issued
        return age >= minimumAge && age <= 86_400
    }

    private func signature(_ stamp: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(stamp.utf8), using: SymmetricKey(data: keyBytes)).hex
    }
}
