import Foundation
import TribunalKernel
import Docket
import Judgments

/// The judgment's text as a form: its particulars, and each section of the Chinese original and
/// of the English translation as a text area whose paragraphs (separated by a blank line) are
/// its passages. A confidential passage begins with the marker 【保密】, so that its mark travels
/// with it through any edit, and a passage is marked by typing it; the judgment's page also sets
/// the marks passage by passage.
enum JudgmentForms {
    /// The form's field names for a language's title and sections.
    static func titleField(_ language: String) -> String { "\(language)-title" }
    static func sectionField(_ language: String, _ kind: JudgmentSection.Kind) -> String { "\(language)-\(kind.rawValue)" }

    /// The form's values for `judgment`, or for a first draft of `courtCase`.
    static func values(of judgment: Judgment?, courtCase: CourtCase, judges: [String], today: CalendarDate) -> [String: String] {
        var values = [
            "caseNumber": judgment?.caseNumber.canonical ?? courtCase.number.canonical,
            "kind": judgment?.kind.rawValue ?? Judgment.Kind.judgment.rawValue,
            "decidedOn": (judgment?.decidedOn ?? today).description,
            "judges": (judgment?.judges ?? judges).joined(separator: "、"),
            "personNames": (judgment?.personNames ?? []).joined(separator: "\n"),
            "correctionNotice": judgment?.correctionNotice ?? "",
        ]
        for (language, text) in [("zh", judgment?.zh), ("en", judgment?.en)] {
            values[titleField(language)] = text?.title ?? ""
            for kind in JudgmentSection.Kind.allCases {
                values[sectionField(language, kind)] = (text?.sections ?? []).filter { $0.kind == kind }.flatMap(\.passages).flatMap { passage in
                    // A stored passage with a blank line inside comes back as several paragraphs: each keeps the mark.
                    paragraphs(passage.text).map { (passage.confidential ? confidentialMarker : "") + $0 }
                }.joined(separator: "\n\n")
            }
        }
        return values
    }

    /// The form's controls with `values`; the correction notice only for a published judgment.
    static func controls(_ values: [String: String], published: Bool, wording: Wording) -> [FormControl] {
        var controls = [
            FormControl("caseNumber", wording("caseNumber"), .text, value: values["caseNumber"] ?? "", hint: wording("judgmentNumberHint")),
            FormControl("kind", wording("judgmentKind"), .select, choices: Judgment.Kind.allCases.map {
                Choice(value: $0.rawValue, label: wording("judgmentKind_\($0.rawValue)"), selected: false)
            }).selecting(values["kind"] ?? ""),
            FormControl("decidedOn", wording("decidedOn"), .date, value: values["decidedOn"] ?? ""),
            FormControl("judges", wording("judges"), .text, value: values["judges"] ?? "", hint: wording("judgesHint")),
            FormControl("personNames", wording("personNames"), .textarea, value: values["personNames"] ?? "", required: false, hint: wording("personNamesHint")),
        ]
        if published {
            controls.append(FormControl("correctionNotice", wording("correctionNotice"), .textarea, value: values["correctionNotice"] ?? "",
                                        hint: wording("correctionNoticeHint")))
        }
        for language in ["zh", "en"] {
            let which = wording(language == "zh" ? "original" : "translation")
            controls.append(FormControl(titleField(language), "\(which) · \(wording("judgmentTitle"))", .text, value: values[titleField(language)] ?? "",
                                        required: language == "zh", answersFor: ["\(language).title"]))
            for kind in JudgmentSection.Kind.allCases {
                var control = FormControl(sectionField(language, kind), "\(which) · \(wording("section_\(kind.rawValue)"))", .textarea,
                                          value: values[sectionField(language, kind)] ?? "", required: false,
                                          hint: kind == .header && language == "zh" ? wording("passagesHint") : nil,
                                          answersFor: kind == .header ? ["\(language).sections"] : [])
                control.rows = [.facts, .reasoning].contains(kind) ? 10 : 4
                controls.append(control)
            }
        }
        return controls
    }

    /// The text the form asks for: a paragraph that begins with 【保密】 is a confidential
    /// passage; a translation with no title and no section is none. `previous` gives what the
    /// form does not edit (the designation).
    static func draft(_ form: FormFields, previous: Judgment?) throws -> NewJudgment {
        let caseNumber: CaseNumber
        do { caseNumber = try CaseNumber(parsing: form["caseNumber"].trimmingCharacters(in: .whitespaces)) } catch {
            throw InvalidValue(field: "caseNumber", "'\(form["caseNumber"].prefix(40))' is not a case number such as （2024）最高法知民终1号")
        }
        guard let kind = Judgment.Kind(rawValue: form["kind"]) else {
            throw InvalidValue(field: "kind", "one of \(Judgment.Kind.allCases.map(\.rawValue).joined(separator: ", ")) is required")
        }
        guard let decidedOn = try FormFields(values: ["decidedOn": form["decidedOn"]]).date("decidedOn") else {
            throw InvalidValue(field: "decidedOn", "the day of the decision is required")
        }
        let judges = form["judges"].components(separatedBy: CharacterSet(charactersIn: "、,，;；\n")).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !judges.isEmpty else { throw InvalidValue(field: "judges", "the judges who sign the document are required") }
        let personNames = form["personNames"].components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }

        func text(_ language: String) -> JudgmentText? {
            let sections = JudgmentSection.Kind.allCases.compactMap { kind -> JudgmentSection? in
                let passages = paragraphs(form[sectionField(language, kind)]).map { paragraph in
                    paragraph.hasPrefix(confidentialMarker)
                        ? Passage(String(paragraph.dropFirst(confidentialMarker.count)).trimmingCharacters(in: .whitespaces), confidential: true)
                        : Passage(paragraph)
                }.filter { !$0.text.isEmpty }
                return passages.isEmpty ? nil : JudgmentSection(kind: kind, passages: passages)
            }
            let title = form[titleField(language)].trimmingCharacters(in: .whitespacesAndNewlines)
            return language == "en" && title.isEmpty && sections.isEmpty ? nil : JudgmentText(title: title, sections: sections)
        }
        let notice = form["correctionNotice"].trimmingCharacters(in: .whitespacesAndNewlines)
        return NewJudgment(caseNumber: caseNumber, kind: kind, decidedOn: decidedOn, judges: judges,
                           zh: text("zh") ?? JudgmentText(title: "", sections: []), en: text("en"),
                           personNames: personNames, designation: previous?.designation, correctionNotice: notice.isEmpty ? nil : notice)
    }

    /// The paragraphs of a text area: runs of text between blank lines, trimmed.
    static func paragraphs(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n")
            .split { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n") }
    }

    /// The text of `judgment` with the passages named in `marked` (`confidential-<language>-<section>-<passage>`) confidential and the others not.
    static func markingConfidential(_ judgment: Judgment, _ form: FormFields) -> NewJudgment {
        func marked(_ text: JudgmentText, _ language: String) -> JudgmentText {
            JudgmentText(title: text.title, sections: text.sections.enumerated().map { sectionIndex, section in
                JudgmentSection(kind: section.kind, passages: section.passages.enumerated().map { passageIndex, passage in
                    Passage(passage.text, confidential: form[confidentialField(language, sectionIndex, passageIndex)] == "true")
                })
            })
        }
        return NewJudgment(caseNumber: judgment.caseNumber, kind: judgment.kind, decidedOn: judgment.decidedOn, judges: judgment.judges,
                           zh: marked(judgment.zh, "zh"), en: judgment.en.map { marked($0, "en") }, personNames: judgment.personNames,
                           designation: judgment.designation, correctionNotice: judgment.correctionNotice)
    }

    /// What begins a confidential passage in a text area.
    static let confidentialMarker = "【保密】"

    static func confidentialField(_ language: String, _ section: Int, _ passage: Int) -> String {
        "confidential-\(language)-\(section)-\(passage)"
    }
}
