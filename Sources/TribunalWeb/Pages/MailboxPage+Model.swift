import Foundation
import TribunalKernel
import PublicPortal

/// The public mailbox: the form (kept as the visitor filled it when it is refused, with the
/// reasons) or the thanks with the message's reference.
enum MailboxPage {
    struct Model: PageModel {
        static let template = "mailbox"

        struct Form {
            let name: String
            let contact: String
            let subject: String
            let body: String
        }

        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        let thanks: Bool
        let referenceText: String
        /// The signed, single-use token of this form.
        let token: String
        let form: Form
        let topics: [Choice]
        let hasErrors: Bool
        let errors: [FieldProblem]

        /// `reference` is the reference of a message just sent, which the page thanks for.
        init(reference: String?, token: String, form: FormFields, errors: [InvalidValue], wording: Wording) {
            title = wording("mailbox")
            thanks = reference != nil
            referenceText = wording("mailboxReference", "ref", reference ?? "")
            self.token = token
            self.form = Form(name: form["name"], contact: form["contact"], subject: form["subject"], body: form["body"])
            topics = MailboxMessage.Topic.allCases.map { topic in
                Choice(value: topic.rawValue, label: wording("topic_\(topic.rawValue)"), selected: form["topic"] == topic.rawValue)
            }
            hasErrors = !errors.isEmpty
            self.errors = errors.map { FieldProblem($0, defaultField: "", wording: wording, labelKey: { $0.isEmpty ? "body" : $0 }) }
        }
    }
}
