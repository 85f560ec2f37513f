import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments

/// A judgment in the workspace: where it stands on its way to the public, its text with the
/// confidential passages marked (withheld from whoever may not read them), the marks set passage
/// by passage, and the next steps: edit, the redaction review, preview, publish.
enum StaffJudgmentPage {
    struct Model: PageModel {
        static let template = "staff-judgment"

        struct Fact { let label: String; let value: String }
        struct Passage { let text: String; let confidential: Bool; let field: String; let checkboxId: String }
        struct Section { let heading: String; let passages: [Passage] }
        struct Text { let code: String; let htmlLang: String; let label: String; let title: String; let sections: [Section] }

        let title: String
        let crumbs: [Crumb]
        let status: String
        let facts: [Fact]
        let texts: [Text]
        /// Whether the reader may set confidential marks (the case's panel and those who publish).
        let mayMarkConfidential: Bool
        let markAction: String
        /// The text the marks are set on (`Judgment.textDigest`).
        let fingerprint: String
        let editURL: String?
        let redactionsURL: String
        let previewURL: String
        /// The publish button, when the reader may publish and the redaction is checked.
        let publishAction: String?
        let publicURL: String?
        let problems: [String]
        let hasProblems: Bool

        init(judgment: Judgment, courtCase: CourtCase, account: Account, directory: [Int64: String], problems: [any DomainFailure] = [], wording: Wording) {
            let language = wording.language
            let lang = language.rawValue
            let base = "/\(lang)/staff/judgments/\(judgment.id)"
            title = wording("judgmentOf", "number", judgment.caseNumber.canonical)
            crumbs = [Crumb(title: wording("staffArea"), url: "/\(lang)/staff"), Crumb(title: wording("docket"), url: "/\(lang)/staff/cases"),
                      Crumb(title: courtCase.number.canonical, url: "/\(lang)/staff/cases/\(courtCase.id)"), Crumb(title: wording("judgmentKind_\(judgment.kind.rawValue)"), url: nil)]
            status = wording("judgmentStatus_\(judgment.status.rawValue)")
            func name(_ id: Int64?) -> String { id.map { directory[$0] ?? "#\($0)" } ?? "—" }
            facts = [
                Fact(label: wording("caseNumber"), value: judgment.caseNumber.canonical),
                Fact(label: wording("judgmentKind"), value: wording("judgmentKind_\(judgment.kind.rawValue)")),
                Fact(label: wording("status"), value: status),
                Fact(label: wording("decidedOn"), value: judgment.decidedOn.description),
                Fact(label: wording("judges"), value: judgment.judges.joined(separator: "、")),
                Fact(label: wording("draftedBy"), value: name(judgment.draftedBy)),
                Fact(label: wording("redactionCheckedBy"), value: name(judgment.redactionCheckedBy)),
                Fact(label: wording("publishedVersions"), value: String(judgment.publishedVersions)),
            ] + (judgment.correctionNotice.map { [Fact(label: wording("correctionNotice"), value: $0)] } ?? [])
            var texts: [(String, JudgmentText)] = [("zh", judgment.zh)]
            if let en = judgment.en { texts.append(("en", en)) }
            self.texts = texts.map { code, text in
                let headings = Wording(language: PortalLanguage(rawValue: code) ?? .zh, catalog: wording.catalog)
                return Text(code: code, htmlLang: code == "zh" ? "zh-CN" : "en", label: wording(code == "zh" ? "original" : "translation"), title: text.title,
                            sections: text.sections.enumerated().map { sectionIndex, section in
                                Section(heading: headings("section_\(section.kind.rawValue)"), passages: section.passages.enumerated().map { passageIndex, passage in
                                    let field = JudgmentForms.confidentialField(code, sectionIndex, passageIndex)
                                    return Passage(text: passage.text, confidential: passage.confidential, field: field, checkboxId: "mark-\(field)")
                                })
                            })
            }
            mayMarkConfidential = account.mayReadConfidentialPassages(of: courtCase) && PermissionRegistry.court.may(account.role, .draftJudgments)
            markAction = "\(base)/confidential"
            fingerprint = judgment.textDigest
            editURL = PermissionRegistry.court.may(account.role, .draftJudgments) ? "\(base)/edit" : nil
            redactionsURL = "\(base)/redactions"
            previewURL = "\(base)/preview"
            publishAction = PermissionRegistry.court.may(account.role, .publishJudgments) && judgment.status == .redacted ? "\(base)/publish" : nil
            publicURL = judgment.publishedVersions > 0 ? "/\(lang)/judgments/\(judgment.caseNumber.canonical.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "")" : nil
            self.problems = problems.map(\.fieldAndReason)
            hasProblems = !problems.isEmpty
        }
    }
}
