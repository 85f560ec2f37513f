import Foundation
import TribunalKernel

/// What the public portal records and counts besides judgments: the submission mailbox, visitor
/// counts.
public protocol PortalRepository: Sendable {
    /// Stores a submission to the court's mailbox (validated by `MailboxService`) with the
    /// single-use value of the form it came from and the sender's anonymous digest, in one
    /// transaction with its checks: throws `MailboxFormAlreadyUsed` when that form has sent a
    /// message before, and `Throttled` when the sender has sent `limit.count` messages since
    /// `limit.since`; nothing is stored then.
    func submit(_ message: MailboxMessage, formNonce: String, clientDigest: String?,
                limit: (count: Int, since: Date)?) async throws -> Int64
    /// Submissions, newest first, for staff.
    func mailbox(limit: Int, offset: Int) async throws -> [StoredMailboxMessage]
    /// Adds a batch of page views, and counts each visitor once per day and language by an
    /// anonymous digest (a daily-salted hash: the same visitor on another day cannot be linked).
    /// The batch is written whole or not at all.
    func recordVisits(_ batch: VisitBatch) async throws
    /// Page views and daily unique visitors per language, over all days.
    func visitorTotals() async throws -> [VisitorTotal]
    /// The secret stored under `name`, shared by every process of the court: `candidate` becomes
    /// it when none is stored yet (the first process to ask wins, the others get its value).
    /// Secrets named with `prefix` and stored before `forgettingBefore` are deleted in the same
    /// transaction, so that a daily salt does not outlive its day.
    func sharedSecret(named name: String, candidate: [UInt8], at instant: Date,
                      forgetting prefix: String?, before forgettingBefore: Date?) async throws -> [UInt8]
}

extension PortalRepository {
    /// The secret stored under `name`, made from 32 random bytes if none is stored yet.
    public func sharedSecret(named name: String, at instant: Date, forgetting prefix: String? = nil,
                             before forgettingBefore: Date? = nil) async throws -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        let candidate = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return try await sharedSecret(named: name, candidate: candidate, at: instant, forgetting: prefix, before: forgettingBefore)
    }
}

/// A submission to the court's mailbox (院长信箱 / 意见建议).
public struct MailboxMessage: Codable, Hashable, Sendable {
    public enum Topic: String, CaseIterable, Codable, Sendable {
        case suggestion
        case complaint
        case caseInquiry
        case other
    }

    public var name: String
    public var contact: String
    public var topic: Topic
    public var subject: String
    public var body: String
    public var language: String
    public var receivedAt: Date

    public init(name: String, contact: String, topic: Topic, subject: String, body: String, language: String, receivedAt: Date) {
        self.name = name
        self.contact = contact
        self.topic = topic
        self.subject = subject
        self.body = body
        self.language = language
        self.receivedAt = receivedAt
    }

    /// Every field is required and bounded; the contact is an e-mail address or a phone number.
    public func validate() throws(InvalidValue) {
        try TextField.check(name, field: "name")
        try TextField.check(contact, field: "contact")
        try TextField.check(subject, field: "subject")
        try TextField.check(body, field: "body", multiline: true)
        if name.isBlank || name.count > 50 { throw InvalidValue(field: "name", "a name of 1 to 50 characters is required") }
        let email = contact.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) != nil
        let phone = contact.range(of: #"^\+?[0-9][0-9 -]{6,19}$"#, options: .regularExpression) != nil
        if !email && !phone { throw InvalidValue(field: "contact", "an e-mail address or a phone number is required") }
        if subject.isBlank || subject.count > 100 { throw InvalidValue(field: "subject", "a subject of 1 to 100 characters is required") }
        if body.isBlank || body.count > 5000 { throw InvalidValue(field: "body", "a message of 1 to 5,000 characters is required") }
    }
}

/// A stored submission with its identifier.
public struct StoredMailboxMessage: Codable, Hashable, Sendable {
    public var id: Int64
    public var message: MailboxMessage

    public init(id: Int64, message: MailboxMessage) {
        self.id = id
        self.message = message
    }
}

public struct VisitorTotal: Codable, Hashable, Sendable {
    public var language: String
    public var pageViews: Int
    /// Unique visitors summed over days.
    public var dailyVisitors: Int

    public init(language: String, pageViews: Int, dailyVisitors: Int) {
        self.language = language
        self.pageViews = pageViews
        self.dailyVisitors = dailyVisitors
    }
}
