import Foundation
import TribunalKernel

/// The rules of the court's mailbox, whoever stores it: a message is valid (`MailboxMessage.validate`),
/// each served form sends one message only, and one client sends at most `perClientPerHour`
/// messages an hour, so that a script cannot fill the staff's mailbox.
public struct MailboxService: Sendable {
    public let store: any PortalRepository
    public var perClientPerHour: Int

    public init(store: any PortalRepository, perClientPerHour: Int = 5) {
        self.store = store
        self.perClientPerHour = perClientPerHour
    }

    /// Stores `message` and returns its reference for the sender. `formNonce` is the served
    /// form's single-use value; `clientDigest` an anonymous digest of the sender's address (never
    /// the address itself), nil when the address is unknown.
    public func submit(_ message: MailboxMessage, formNonce: String, clientDigest: String?) async throws -> MailboxReference {
        try message.validate()
        // Counted in the same transaction as the insert, so that parallel posts cannot pass it.
        let id = try await store.submit(message, formNonce: formNonce, clientDigest: clientDigest,
                                        limit: (perClientPerHour, message.receivedAt.addingTimeInterval(-3600)))
        return MailboxReference(id: id, receivedAt: message.receivedAt)
    }
}

/// What a sender is given to quote when asking after a message: the day it was received (in
/// China Standard Time) and its number, as `MB-20240305-000042`.
public struct MailboxReference: Hashable, Sendable, CustomStringConvertible {
    public let id: Int64
    public let day: CalendarDate

    public init(id: Int64, receivedAt: Date) {
        self.id = id
        self.day = CalendarDate(receivedAt)
    }

    public var description: String {
        let digits = String(id)
        return "MB-" + day.description.replacingOccurrences(of: "-", with: "") + "-"
            + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// Whether `text` has a reference's shape, so that only such a text is shown back to a visitor.
    public static func isWellFormed(_ text: String) -> Bool {
        text.wholeMatch(of: /MB-[0-9]{8}-[0-9]{6,19}/) != nil
    }
}

/// The mailbox form was already used to send a message.
public struct MailboxFormAlreadyUsed: DomainFailure, Equatable {
    public var field: String? { "token" }
    public var reason: String { "this form has already been sent once; to send another message, open the mailbox page again" }
    public var failureKind: DomainFailureKind { .invalidValue }

    public init() {}
}

extension Throttled {
    /// The mailbox's refusal when one sender has sent `count` messages in the last hour.
    public static func mailbox(count: Int) -> Throttled {
        Throttled(field: nil, retryAfterSeconds: 3600, "at most \(count) messages an hour can be sent from one address")
    }
}
