import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The names of the domain's vocabularies in the portal's two languages.
extension PortalLanguage {
    func label(_ cause: CauseOfAction) -> String { self == .zh ? cause.zh : cause.en }
    func label(_ type: TribunalCaseType) -> String { self == .zh ? "\(type.zh)（\(type.rawValue)）" : "\(type.en) (\(type.rawValue))" }
    func label(_ disposition: Disposition) -> String { self == .zh ? disposition.zh : disposition.en }
    func courtLabel(_ code: String) -> String {
        guard let court = CourtDirectory.official.court(code: code) else { return code }
        return self == .zh ? court.zh : court.en
    }
    func label(_ status: CaseStatus) -> String {
        switch (status, self) {
        case (.docketed, .zh): return "已立案"
        case (.assigned, .zh): return "已分案"
        case (.hearingScheduled, .zh): return "已排期开庭"
        case (.heard, .zh): return "已开庭"
        case (.decided, .zh): return "已裁判"
        case (.closed, .zh): return "已结案"
        case (.docketed, .en): return "Docketed"
        case (.assigned, .en): return "Panel assigned"
        case (.hearingScheduled, .en): return "Hearing scheduled"
        case (.heard, .en): return "Heard"
        case (.decided, .en): return "Decided"
        case (.closed, .en): return "Closed"
        }
    }

    /// The address of a judgment's page: its case number, percent-encoded.
    func judgmentURL(_ caseNumber: String) -> String {
        "/\(rawValue)/judgments/" + (caseNumber.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? caseNumber)
    }
}

/// One line of a list of judgments, from a publication or a search hit.
struct JudgmentListItem {
    let url: String
    let title: String
    let caseNumber: String
    let decidedOn: String
    let cause: String
    let designation: String?
    /// Escaped HTML with <mark> highlights.
    let snippet: String?

    init(_ published: PublishedJudgment, language: PortalLanguage, catalog: Catalog) {
        let text = language == .en ? (published.en ?? published.zh) : published.zh
        url = language.judgmentURL(published.caseNumber.canonical)
        title = text.title
        caseNumber = published.caseNumber.canonical
        decidedOn = published.decidedOn.description
        cause = language.label(published.cause)
        designation = published.designation.map { catalog.text("designation_\($0.kind.rawValue)", language) }
        snippet = nil
    }

    init(_ hit: SearchHit, language: PortalLanguage, catalog: Catalog) {
        url = language.judgmentURL(hit.caseNumber)
        title = hit.title
        caseNumber = hit.caseNumber
        decidedOn = hit.decidedOn.description
        cause = language.label(hit.cause)
        designation = hit.designation.map { catalog.text("designation_\($0.rawValue)", language) }
        snippet = hit.snippet
    }

    var dictionary: [String: Any] {
        present(["url": url, "title": title, "caseNumber": caseNumber, "decidedOn": decidedOn, "cause": cause,
                 "designation": designation, "snippet": snippet])
    }
}

/// A template's values without the absent ones: Mustache would print an absent optional as "nil",
/// where a missing key renders as nothing and an empty section.
func present(_ values: [String: Any?]) -> [String: Any] {
    values.compactMapValues { $0 }
}
