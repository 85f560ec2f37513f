import Foundation
import TribunalKernel
import Judgments

/// A published judgment: its particulars, the text in the reader's language first (the original
/// and the translation side by side when both exist), and every published version.
enum JudgmentPage {
    struct Model: PageModel {
        static let template = "judgment"

        /// One language's text of the judgment.
        struct Text {
            let code: String
            let htmlLang: String
            /// "Original" or "Translation".
            let label: String
            let title: String
            let sections: [Section]
        }

        struct Section {
            let heading: String
            let paragraphs: [String]
        }

        struct Version {
            let label: String
            let publishedAt: String
            let notice: String?
            let current: Bool
        }

        let title: String
        let crumbs: [Crumb]
        let heading: String
        let caseNumber: String
        let decidedOn: String
        let cause: String
        let judges: String
        let designation: Bool
        let designationLabel: String
        let designationHolding: String
        let texts: [Text]
        let versions: [Version]
        let correctionNotice: String?

        /// `versions` are the judgment's published versions, oldest first; the last is shown.
        init?(versions: [PublishedJudgment], wording: Wording) {
            guard let latest = versions.last else { return nil }
            let language = wording.language
            let shown = language == .en ? (latest.en ?? latest.zh) : latest.zh
            title = shown.title
            crumbs = [Crumb(title: wording("judgments"), url: "/\(language.rawValue)/judgments"),
                      Crumb(title: latest.caseNumber.canonical, url: nil)]
            heading = shown.title
            caseNumber = latest.caseNumber.canonical
            decidedOn = latest.decidedOn.description
            cause = language.label(latest.cause)
            judges = latest.judges.joined(separator: language == .zh ? "、" : ", ")
            designation = latest.designation != nil
            designationLabel = latest.designation.map { wording("designation_\($0.kind.rawValue)") } ?? ""
            designationHolding = (language == .en ? latest.designation?.holdingEn : nil) ?? latest.designation?.holdingZh ?? ""
            var texts: [(PortalLanguage, JudgmentText)] = [(.zh, latest.zh)]
            if let en = latest.en { texts.append((.en, en)) }
            if language == .en { texts.reverse() }
            self.texts = texts.map { textLanguage, text in
                // Section headings are in the text's own language, labels in the reader's.
                let headings = Wording(language: textLanguage, catalog: wording.catalog)
                return Text(code: textLanguage.rawValue, htmlLang: textLanguage.htmlLang,
                            label: wording(textLanguage == .zh ? "original" : "translation"), title: text.title,
                            sections: text.sections.map { Section(heading: headings("section_\($0.kind.rawValue)"), paragraphs: $0.passages.map(\.text)) })
            }
            self.versions = versions.map { version in
                Version(label: wording("version", "n", String(version.version)),
                        publishedAt: CalendarDate(version.publishedAt).description, notice: version.correctionNotice,
                        current: version.version == latest.version)
            }
            correctionNotice = latest.correctionNotice
        }
    }
}
