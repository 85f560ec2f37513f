import Foundation
import TribunalKernel
import Docket

/// A case's public status by its number: no parties' details, no panel, no history.
enum CaseStatusPage {
    struct Model: PageModel {
        static let template = "status"

        struct Found {
            let canonical: String
            let type: String
            let cause: String
            let court: String
            let status: String
            let docketedOn: String
            let closedOn: String
            let disposition: String
            let judgmentURL: String?
        }

        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        /// The number as the visitor typed it.
        let number: String
        let found: Found?
        let problem: String?

        /// The page before a number is asked, or for a number the docket does not hold (`notFound`).
        init(number: String, notFound: Bool = false, wording: Wording) {
            title = wording("caseStatus")
            self.number = number
            found = nil
            problem = notFound ? wording("caseNotFound") : nil
        }

        init(number: String, failure: any DomainFailure, wording: Wording) {
            title = wording("caseStatus")
            self.number = number
            found = nil
            problem = failure.fieldAndReason
        }

        init(number: String, found courtCase: CourtCase, hasJudgment: Bool, wording: Wording) {
            let language = wording.language
            title = wording("caseStatus")
            self.number = number
            problem = nil
            found = Found(canonical: courtCase.number.canonical, type: language.label(courtCase.type), cause: language.label(courtCase.cause),
                          court: courtCase.origin.map { language.courtLabel($0.courtCode) } ?? "—", status: language.label(courtCase.status),
                          docketedOn: courtCase.docketedOn.description, closedOn: courtCase.closedOn?.description ?? "—",
                          disposition: courtCase.disposition.map(language.label) ?? "—",
                          judgmentURL: hasJudgment ? language.judgmentURL(courtCase.number.canonical) : nil)
        }
    }
}
