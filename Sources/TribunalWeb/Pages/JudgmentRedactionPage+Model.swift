import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments

/// The redaction review (法释〔2016〕19号) as a page: for each published text, every removal the
/// redactor proposes, ticked to withhold (untick to keep the words public), and rows to withhold
/// words it missed, found by their text. Checked by someone other than the drafter (four eyes).
enum JudgmentRedactionPage {
    struct Model: PageModel {
        static let template = "staff-judgment-redactions"

        struct Proposal { let id: String; let name: String; let original: String; let replacement: String; let reason: String; let accepted: Bool }
        struct Field { let label: String; let text: String; let proposals: [Proposal] }
        struct AddRow { let index: Int; let fields: [Choice]; let kinds: [Choice]; let text: String }

        let title: String
        let crumbs: [Crumb]
        let judgmentURL: String
        let action: String
        let fingerprint: String
        let fields: [Field]
        let hasFields: Bool
        let additions: [AddRow]
        /// Removals added by an earlier review of this text, kept unless unticked.
        let earlierAdditions: [Proposal]
        let hasEarlierAdditions: Bool
        /// Said to the drafter, who may read the review but not record it.
        let drafterNote: String?
        let problems: [String]
        let hasProblems: Bool

        init(judgment: Judgment, courtCase: CourtCase, account: Account, form: FormFields? = nil, problems: [any DomainFailure] = [], wording: Wording) {
            let lang = wording.language.rawValue
            judgmentURL = "/\(lang)/staff/judgments/\(judgment.id)"
            action = "\(judgmentURL)/redactions"
            title = wording("redactionReviewOf", "number", judgment.caseNumber.canonical)
            crumbs = [Crumb(title: wording("staffArea"), url: "/\(lang)/staff"), Crumb(title: courtCase.number.canonical, url: "/\(lang)/staff/cases/\(courtCase.id)"),
                      Crumb(title: wording("judgmentKind_\(judgment.kind.rawValue)"), url: judgmentURL), Crumb(title: wording("redactionReview"), url: nil)]
            fingerprint = judgment.textDigest
            let redactor = judgment.redactor(for: courtCase)
            let labels = Self.labels(judgment, wording)
            var index = 0
            fields = judgment.publishedFields.compactMap { field in
                let rejected = judgment.redactionReview?.rejected.filter { $0.field == field.field } ?? []
                let all = redactor.proposals(in: field.text, language: field.language)
                guard !all.isEmpty else { return nil }
                return Field(label: labels[field.field] ?? field.field, text: field.text, proposals: all.map { proposal in
                    defer { index += 1 }
                    let name = "keep-\(index)"
                    let accepted = form.map { $0[name] == "true" } ?? !rejected.contains { $0.location == proposal.location && $0.length == proposal.length }
                    return Proposal(id: "proposal-\(index)", name: name, original: proposal.original, replacement: proposal.replacement,
                                    reason: wording("redaction_\(proposal.kind.rawValue)") + " · " + proposal.reason, accepted: accepted)
                })
            }
            hasFields = !fields.isEmpty
            let texts = Dictionary(judgment.publishedFields.map { ($0.field, $0.text as NSString) }, uniquingKeysWith: { first, _ in first })
            earlierAdditions = (judgment.redactionReview?.added ?? []).enumerated().compactMap { index, addition in
                guard let text = texts[addition.field], addition.location + addition.length <= text.length else { return nil }
                let name = "addition-\(index)"
                return Proposal(id: name, name: name, original: text.substring(with: NSRange(location: addition.location, length: addition.length)),
                                replacement: addition.kind.marker(addition.field.hasPrefix("en.") || addition.field.hasSuffix("En") ? .en : .zh),
                                reason: (labels[addition.field] ?? addition.field) + " · " + wording("redaction_\(addition.kind.rawValue)"),
                                accepted: form.map { $0[name] == "true" } ?? true)
            }
            hasEarlierAdditions = !earlierAdditions.isEmpty
            additions = (1...3).map { row in
                let chosen = form?["add-field-\(row)"] ?? ""
                let kind = form?["add-kind-\(row)"] ?? RedactionKind.personName.rawValue
                return AddRow(index: row,
                              fields: [Choice(value: "", label: "—", selected: chosen.isEmpty)] + judgment.publishedFields.map {
                                  Choice(value: $0.field, label: labels[$0.field] ?? $0.field, selected: $0.field == chosen)
                              },
                              kinds: RedactionKind.allCases.map { Choice(value: $0.rawValue, label: wording("redaction_\($0.rawValue)"), selected: $0.rawValue == kind) },
                              text: form?["add-text-\(row)"] ?? "")
            }
            drafterNote = judgment.draftedBy == account.id ? wording("redactionByOther") : nil
            self.problems = problems.map(\.fieldAndReason)
            hasProblems = !problems.isEmpty
        }

        /// The review a submitted form records: the proposals left unticked are rejected, the
        /// words of each filled row withheld wherever they occur in its text.
        static func review(_ form: FormFields, judgment: Judgment, courtCase: CourtCase, by account: Account, at instant: Date) throws -> RedactionReview {
            // The decisions below are positions in the text the page showed: it must be this one.
            try judgment.requireUnchanged(since: form["fingerprint"])
            let redactor = judgment.redactor(for: courtCase)
            var index = 0
            var rejected: [RedactionReview.Rejection] = []
            for field in judgment.publishedFields {
                for proposal in redactor.proposals(in: field.text, language: field.language) {
                    if form["keep-\(index)"] != "true" {
                        rejected.append(RedactionReview.Rejection(field: field.field, location: proposal.location, length: proposal.length))
                    }
                    index += 1
                }
            }
            let texts = Dictionary(judgment.publishedFields.map { ($0.field, $0.text) }, uniquingKeysWith: { first, _ in first })
            // The text is the one shown, so the earlier additions' spans are of this text.
            var added = (judgment.redactionReview?.added ?? []).enumerated().filter { form["addition-\($0.offset)"] == "true" }.map(\.element)
            for row in 1...3 {
                let words = form["add-text-\(row)"].trimmingCharacters(in: .whitespaces)
                guard !words.isEmpty else { continue }
                guard let text = texts[form["add-field-\(row)"]] else { throw InvalidValue(field: "add-field-\(row)", "choose the text the words are in") }
                guard let kind = RedactionKind(rawValue: form["add-kind-\(row)"]) else { throw InvalidValue(field: "add-kind-\(row)", "choose why the words are withheld") }
                let source = text as NSString
                var searched = NSRange(location: 0, length: source.length)
                var found = false
                while true {
                    let range = source.range(of: words, options: [], range: searched)
                    guard range.location != NSNotFound else { break }
                    added.append(RedactionReview.Addition(field: form["add-field-\(row)"], location: range.location, length: range.length, kind: kind))
                    found = true
                    let next = range.location + range.length
                    searched = NSRange(location: next, length: source.length - next)
                }
                guard found else { throw InvalidValue(field: "add-text-\(row)", "'\(words.prefix(40))' does not occur in the chosen text") }
            }
            return RedactionReview(rejected: rejected, added: added, reviewedBy: account.id, reviewedAt: instant)
        }

        /// A reader's name for each published text: "Chinese original · Facts · ¶2".
        static func labels(_ judgment: Judgment, _ wording: Wording) -> [String: String] {
            var labels: [String: String] = [:]
            var texts: [(String, JudgmentText)] = [("zh", judgment.zh)]
            if let en = judgment.en { texts.append(("en", en)) }
            for (code, text) in texts {
                let which = wording(code == "zh" ? "original" : "translation")
                labels["\(code).title"] = "\(which) · \(wording("judgmentTitle"))"
                for (sectionIndex, section) in text.sections.enumerated() {
                    for passageIndex in section.passages.indices {
                        labels["\(code).sections[\(sectionIndex)].passages[\(passageIndex)]"] = "\(which) · \(wording("section_\(section.kind.rawValue)")) · ¶\(passageIndex + 1)"
                    }
                }
            }
            labels["designation.holdingZh"] = wording("holding") + " (zh)"
            labels["designation.holdingEn"] = wording("holding") + " (en)"
            labels["correctionNotice"] = wording("correctionNotice")
            return labels
        }
    }
}
