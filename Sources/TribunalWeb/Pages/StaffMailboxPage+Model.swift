import Foundation
import PublicPortal

/// The messages the public sent through the mailbox, newest first, fifty to a page.
enum StaffMailboxPage {
    static let pageSize = 50

    struct Model: PageModel {
        static let template = "staff-mailbox"

        struct Message {
            let id: Int64
            /// The reference the sender was given, by which they ask after their message.
            let reference: String
            /// Beijing time, to the minute, as the court reads it.
            let receivedAt: String
            let name: String
            let contact: String
            let topic: String
            let subject: String
            let body: String
            let language: String
        }

        let title: String
        let crumbs: [Crumb]
        let messages: [Message]
        let empty: Bool
        let nextURL: String?
        let previousURL: String?

        init(page: Int, messages stored: [StoredMailboxMessage], wording: Wording) {
            title = wording("mailboxMessages")
            crumbs = StaffArea.crumbs(title, wording)
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            messages = stored.map { stored in
                let message = stored.message
                return Message(id: stored.id, reference: MailboxReference(id: stored.id, receivedAt: message.receivedAt).description,
                               receivedAt: formatter.string(from: message.receivedAt), name: message.name, contact: message.contact,
                               topic: wording("topic_\(message.topic.rawValue)"), subject: message.subject, body: message.body,
                               language: wording("language_\(message.language)"))
            }
            empty = stored.isEmpty
            let links = PageLinks(path: "/\(wording.language.rawValue)/staff/mailbox", page: page, shown: stored.count, pageSize: StaffMailboxPage.pageSize)
            nextURL = links.nextURL
            previousURL = links.previousURL
        }
    }
}
