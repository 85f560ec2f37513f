import Foundation
import Judgments
import JudgmentSearch
import SearchEngine

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

    init(_ published: PublishedJudgment, wording: Wording) {
        let language = wording.language
        let text = language == .en ? (published.en ?? published.zh) : published.zh
        url = language.judgmentURL(published.caseNumber.canonical)
        title = text.title
        caseNumber = published.caseNumber.canonical
        decidedOn = published.decidedOn.description
        cause = language.label(published.cause)
        designation = published.designation.map { wording("designation_\($0.kind.rawValue)") }
        snippet = nil
    }

    init(_ hit: SearchHit, wording: Wording) {
        let language = wording.language
        url = language.judgmentURL(hit.caseNumber)
        title = hit.title
        caseNumber = hit.caseNumber
        decidedOn = hit.decidedOn.description
        cause = language.label(hit.cause)
        designation = hit.designation.map { wording("designation_\($0.rawValue)") }
        snippet = hit.snippet
    }
}
