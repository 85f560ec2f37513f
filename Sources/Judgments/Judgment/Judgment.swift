import Foundation
import TribunalKernel
import Accounts
import Docket

/// A decision document of a case: its Chinese original and optional English translation, from
/// draft through redaction to publication.
public struct Judgment: Codable, Hashable, Sendable, Identifiable {
    /// The kind of document.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// 判决书
        case judgment
        /// 裁定书, including later rulings numbered 之一, 之二 (e.g. preservation rulings)
        case ruling
        /// 调解书
        case mediationStatement
    }

    /// Where the document stands on its way to the public.
    public enum Status: String, Codable, Sendable {
        case draft
        /// Checked for redaction by staff; the public text is what `Redactor` makes of it.
        case redacted
        /// At least one version is public; further changes publish corrections.
        case published
    }

    public var id: Int64
    public var caseId: Int64
    /// The number on the document: the case's, or a later ruling's with 之一, 之二.
    public var caseNumber: CaseNumber
    public var kind: Kind
    public var decidedOn: CalendarDate
    /// The judges who signed it, as printed.
    public var judges: [String]
    public var zh: JudgmentText
    public var en: JudgmentText?
    /// Further natural persons to anonymise beyond the case's parties (witnesses, agents).
    public var personNames: [String]
    /// Marks a guiding (指导性案例), typical or benchmark case.
    public var designation: Designation?
    public var status: Status
    /// How many versions have been published.
    public var publishedVersions: Int
    /// The account that drafted or last edited the text (nil for imported judgments).
    public var draftedBy: Int64?
    /// The account that checked the redaction of the current text: never its drafter.
    public var redactionCheckedBy: Int64?
    /// The decisions on the redactor's proposals for the current text (nil: all accepted).
    public var redactionReview: RedactionReview?
    /// The names the redactor removed when the redaction was checked: the check holds for them.
    public var redactionCheckedFor: RedactionNames?
    /// For a correction (a text edited after publication): what was corrected and why. It is
    /// published with the text, so its redaction is checked with the text's.
    public var correctionNotice: String?

    public init(id: Int64, caseId: Int64, draft: NewJudgment) {
        self.id = id
        self.caseId = caseId
        self.caseNumber = draft.caseNumber
        self.kind = draft.kind
        self.decidedOn = draft.decidedOn
        self.judges = draft.judges
        self.zh = draft.zh
        self.en = draft.en
        self.personNames = draft.personNames
        self.designation = draft.designation
        self.correctionNotice = draft.correctionNotice.flatMap { $0.isBlank ? nil : $0 }
        self.status = .draft
        self.publishedVersions = 0
    }
}

/// A guiding, typical or benchmark case, with its holding (裁判要旨) in zh and en.
public struct Designation: Codable, Hashable, Sendable {
    /// The kind is shared vocabulary (the search index filters by it), kept in the kernel.
    public typealias Kind = DesignationKind

    public var kind: Kind
    public var holdingZh: String
    public var holdingEn: String?

    public init(kind: Kind, holdingZh: String, holdingEn: String? = nil) {
        self.kind = kind
        self.holdingZh = holdingZh
        self.holdingEn = holdingEn
    }
}

/// The text of a judgment in one language: a title and its sections.
public struct JudgmentText: Codable, Hashable, Sendable {
    public var title: String
    public var sections: [JudgmentSection]

    public init(title: String, sections: [JudgmentSection]) {
        self.title = title
        self.sections = sections
    }

    /// The text of one kind of section, passages joined.
    public func text(of kind: JudgmentSection.Kind) -> String {
        sections.filter { $0.kind == kind }.flatMap(\.passages).map(\.text).joined(separator: "\n")
    }

    /// What a case is about, for comparing it with others: the facts and the court's reasoning
    /// (the basic facts, the disputed issues and the law applied, which the SPC's 2020 guidance
    /// on similar-case retrieval compares), without the parties, their counsel, the procedural
    /// history or the holding's formulas; the whole body when those sections are not marked.
    public var substance: String {
        substanceParts.joined(separator: "\n")
    }

    /// The facts and the reasoning apart (whichever are marked), or the whole body.
    public var substanceParts: [String] {
        let marked = [text(of: .facts), text(of: .reasoning)].filter { !$0.isBlank }
        return marked.isEmpty ? [body] : marked
    }

    /// Everything but the title and the holding, for the index's body column.
    public var body: String {
        sections.filter { $0.kind != .holding && $0.kind != .keyPoints }.flatMap(\.passages).map(\.text).joined(separator: "\n")
    }
}

/// A section of a judgment, as a list of passages so that the panel can mark some confidential.
public struct JudgmentSection: Codable, Hashable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case header
        case parties
        case proceduralHistory
        case facts
        case reasoning
        case holding
        /// 裁判要旨, for guiding cases
        case keyPoints
    }

    public var kind: Kind
    public var passages: [Passage]

    public init(kind: Kind, passages: [Passage]) {
        self.kind = kind
        self.passages = passages
    }
}

/// A passage of text; a confidential one (a technical secret) never leaves the staff side.
public struct Passage: Codable, Hashable, Sendable {
    public var text: String
    public var confidential: Bool

    public init(_ text: String, confidential: Bool = false) {
        self.text = text
        self.confidential = confidential
    }

    private enum CodingKeys: String, CodingKey { case text, confidential }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        confidential = try container.decodeIfPresent(Bool.self, forKey: .confidential) ?? false
    }
}

/// What staff enter to draft a judgment.
public struct NewJudgment: Codable, Hashable, Sendable {
    public var caseNumber: CaseNumber
    public var kind: Judgment.Kind
    public var decidedOn: CalendarDate
    public var judges: [String]
    public var zh: JudgmentText
    public var en: JudgmentText?
    public var personNames: [String]
    public var designation: Designation?
    /// For an edit of a published judgment: what is corrected and why (required then, refused before).
    public var correctionNotice: String?

    public init(caseNumber: CaseNumber, kind: Judgment.Kind, decidedOn: CalendarDate, judges: [String],
                zh: JudgmentText, en: JudgmentText? = nil, personNames: [String] = [], designation: Designation? = nil,
                correctionNotice: String? = nil) {
        self.caseNumber = caseNumber
        self.kind = kind
        self.decidedOn = decidedOn
        self.judges = judges
        self.zh = zh
        self.en = en
        self.personNames = personNames
        self.designation = designation
        self.correctionNotice = correctionNotice
    }

    private enum CodingKeys: String, CodingKey { case caseNumber, kind, decidedOn, judges, zh, en, personNames, designation, correctionNotice }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        caseNumber = try c.decode(CaseNumber.self, forKey: .caseNumber)
        kind = try c.decode(Judgment.Kind.self, forKey: .kind)
        decidedOn = try c.decode(CalendarDate.self, forKey: .decidedOn)
        judges = try c.decodeIfPresent([String].self, forKey: .judges) ?? []
        zh = try c.decode(JudgmentText.self, forKey: .zh)
        en = try c.decodeIfPresent(JudgmentText.self, forKey: .en)
        personNames = try c.decodeIfPresent([String].self, forKey: .personNames) ?? []
        designation = try c.decodeIfPresent(Designation.self, forKey: .designation)
        correctionNotice = try c.decodeIfPresent(String.self, forKey: .correctionNotice)
    }

    /// The document belongs to `courtCase`: the same number (a 之n suffix allowed), decided after docketing.
    public func validate(for courtCase: CourtCase) throws(InvalidValue) {
        guard caseNumber.withoutSuffix == courtCase.number else {
            throw InvalidValue(field: "caseNumber", "\(caseNumber.canonical) is not a number of case \(courtCase.number.canonical)")
        }
        guard decidedOn >= courtCase.docketedOn else {
            throw InvalidValue(field: "decidedOn", "a decision (\(decidedOn)) cannot precede docketing (\(courtCase.docketedOn))")
        }
        if zh.title.isBlank { throw InvalidValue(field: "zh.title", "the Chinese title is required") }
        if zh.sections.isEmpty { throw InvalidValue(field: "zh.sections", "the Chinese original needs its sections") }
        if let en, en.title.isBlank { throw InvalidValue(field: "en.title", "a translation needs its title") }
    }

    /// A first draft: valid for `courtCase`, and with no correction notice, since nothing of it
    /// is published yet.
    public func validateFirstDraft(for courtCase: CourtCase) throws {
        try validate(for: courtCase)
        if let correctionNotice, !correctionNotice.isBlank { throw JudgmentWorkflowError.firstPublicationTakesNoNotice }
    }
}

extension Judgment {
    /// Whether any passage, in either language, is confidential.
    public var hasConfidentialPassages: Bool {
        ([zh] + (en.map { [$0] } ?? [])).contains { $0.sections.contains { $0.passages.contains(where: \.confidential) } }
    }

    /// The judgment as a reader outside the case's panel sees it on the staff side: each
    /// confidential passage still marked as such, its text withheld.
    public func withholdingConfidential() -> Judgment {
        func withheld(_ text: JudgmentText, _ language: Redactor.Language) -> JudgmentText {
            JudgmentText(title: text.title, sections: text.sections.map { section in
                JudgmentSection(kind: section.kind, passages: section.passages.map { passage in
                    passage.confidential ? Passage(Redactor.confidentialMarker(language), confidential: true) : passage
                })
            })
        }
        var copy = self
        copy.zh = withheld(zh, .zh)
        copy.en = en.map { withheld($0, .en) }
        return copy
    }
}
