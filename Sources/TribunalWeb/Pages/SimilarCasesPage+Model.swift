import Foundation
import TribunalKernel
import Docket
import JudgmentSearch
import SearchEngine

/// Similar-case retrieval for a pending matter: the form, and the similar cases by group with
/// the reasons each is similar.
enum SimilarCasesPage {
    /// Terms of the pending matter shown, and shared terms given as a reason.
    static let termsShown = 20
    static let sharedTermsShown = 8

    struct Model: PageModel {
        static let template = "staff-similar"

        struct Form {
            let caseNumber: String
            let text: String
            let parties: String
            let issues: String
        }

        struct Result {
            let patents: String?
            let statutes: String?
            let terms: String?
            let cause: String?
            let empty: Bool
            let groups: [Group]
        }

        struct Group {
            let title: String
            let cases: [Similar]
        }

        struct Similar {
            let url: String
            let caseNumber: String
            let title: String
            let decidedOn: String
            let cause: String
            let designation: String?
            let score: String
            let reasons: [String]
        }

        let title: String
        let crumbs: [Crumb]
        let form: Form
        let causes: [Choice]
        let hasErrors: Bool
        let errors: [FieldProblem]
        let result: Result?

        init(form: FormFields, result: SimilarCaseResult?, errors: [InvalidValue], wording: Wording) {
            let language = wording.language
            title = wording("similarCases")
            crumbs = StaffArea.crumbs(title, wording)
            self.form = Form(caseNumber: form["caseNumber"], text: form["text"], parties: form["parties"], issues: form["issues"])
            causes = CauseOfAction.allCases.map { Choice(value: $0.rawValue, label: language.label($0), selected: form["cause"] == $0.rawValue) }
            hasErrors = !errors.isEmpty
            self.errors = errors.map { FieldProblem($0, defaultField: "text", wording: wording) }
            self.result = result.map { result in
                Result(patents: result.patents.isEmpty ? nil : result.patents.joined(separator: ", "),
                       statutes: result.statutes.isEmpty ? nil : result.statutes.joined(separator: ", "),
                       terms: result.terms.isEmpty ? nil : result.terms.prefix(SimilarCasesPage.termsShown).joined(separator: " "),
                       cause: result.cause.map(language.label),
                       empty: result.groups.allSatisfy { $0.cases.isEmpty },
                       groups: result.groups.filter { !$0.cases.isEmpty }.map { group in
                           Group(title: wording("group_\(group.group.rawValue)"), cases: group.cases.map { similar in
                               Similar(url: language.judgmentURL(similar.caseNumber), caseNumber: similar.caseNumber, title: similar.title,
                                       decidedOn: similar.decidedOn.description, cause: language.label(similar.cause),
                                       designation: similar.designation.map { wording("designation_\($0.rawValue)") },
                                       score: String(format: "%.2f", similar.score), reasons: SimilarCasesPage.reasons(similar, wording))
                           })
                       })
            }
        }
    }

    /// Why a case is similar, in words.
    static func reasons(_ similar: SimilarCase, _ wording: Wording) -> [String] {
        var reasons: [String] = []
        if !similar.sharedPatents.isEmpty { reasons.append(wording("sharedPatents") + ": " + similar.sharedPatents.joined(separator: ", ")) }
        if similar.sameCause { reasons.append(wording("sameCause")) }
        if !similar.sharedParties.isEmpty { reasons.append(wording("sharedParties") + ": " + similar.sharedParties.joined(separator: ", ")) }
        if similar.sameOriginCourt { reasons.append(wording("sameOriginCourt")) }
        if !similar.sharedStatutes.isEmpty {
            reasons.append(wording("sharedStatutes") + ": "
                           + similar.sharedStatutes.map { StatuteCitation.readable($0, english: wording.language == .en) }.joined(separator: ", "))
        }
        if !similar.sharedTerms.isEmpty { reasons.append(wording("sharedTerms") + ": " + similar.sharedTerms.prefix(sharedTermsShown).joined(separator: " ")) }
        return reasons
    }
}
