import Foundation
import TribunalKernel
import Accounts
import Docket

/// Staff's decisions on the redactor's proposals for one text of a judgment: the proposals they
/// rejected (the text stays) and the removals they added. Every other proposal is accepted. The
/// public text is the draft with these decisions applied, so that it can be made again at any
/// time from what is stored.
public struct RedactionReview: Codable, Hashable, Sendable {
    /// A proposal staff rejected, as the redactor made it.
    public struct Rejection: Codable, Hashable, Sendable {
        public var field: String
        public var location: Int
        public var length: Int

        public init(field: String, location: Int, length: Int) {
            self.field = field
            self.location = location
            self.length = length
        }
    }

    /// A removal staff added where the redactor proposed none.
    public struct Addition: Codable, Hashable, Sendable {
        public var field: String
        public var location: Int
        public var length: Int
        public var kind: RedactionKind

        public init(field: String, location: Int, length: Int, kind: RedactionKind) {
            self.field = field
            self.location = location
            self.length = length
            self.kind = kind
        }
    }

    public var rejected: [Rejection]
    public var added: [Addition]
    /// The account that reviewed, never the text's drafter.
    public var reviewedBy: Int64?
    public var reviewedAt: Date

    public init(rejected: [Rejection] = [], added: [Addition] = [], reviewedBy: Int64?, reviewedAt: Date) {
        self.rejected = rejected
        self.added = added
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
    }
}

/// One text of a judgment that is published, with the name a review gives it ("zh.title",
/// "zh.sections[2].passages[0]", "designation.holdingEn"). Confidential passages are not among
/// them: they are withheld whole.
public struct PublishedField: Hashable, Sendable {
    public var field: String
    public var text: String
    public var language: Redactor.Language

    /// The name of a passage of the text in `language` ("zh" or "en").
    static func passage(_ prefix: String, section: Int, passage: Int) -> String {
        "\(prefix).sections[\(section)].passages[\(passage)]"
    }
}

extension Judgment {
    /// Every text that is published, in order.
    public var publishedFields: [PublishedField] {
        func fields(_ text: JudgmentText, _ prefix: String, _ language: Redactor.Language) -> [PublishedField] {
            [PublishedField(field: prefix + ".title", text: text.title, language: language)]
                + text.sections.enumerated().flatMap { sectionIndex, section in
                    section.passages.enumerated().compactMap { passageIndex, passage in
                        passage.confidential ? nil : PublishedField(field: PublishedField.passage(prefix, section: sectionIndex, passage: passageIndex),
                                                                    text: passage.text, language: language)
                    }
                }
        }
        var all = fields(zh, "zh", .zh) + (en.map { fields($0, "en", .en) } ?? [])
        if let designation {
            all.append(PublishedField(field: "designation.holdingZh", text: designation.holdingZh, language: .zh))
            if let holdingEn = designation.holdingEn { all.append(PublishedField(field: "designation.holdingEn", text: holdingEn, language: .en)) }
        }
        if let correctionNotice { all.append(PublishedField(field: "correctionNotice", text: correctionNotice, language: .zh)) }
        return all
    }

    /// Checks a review against this judgment's texts and the redactor's proposals: a rejection
    /// names a proposal that exists, an addition a span inside its text.
    public func validate(_ review: RedactionReview, redactor: Redactor) throws(InvalidValue) {
        let fields = Dictionary(publishedFields.map { ($0.field, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, rejection) in review.rejected.enumerated() {
            guard let field = fields[rejection.field] else { throw InvalidValue(field: "rejected[\(index)].field", "no published text is named '\(rejection.field.prefix(60))'") }
            let proposals = redactor.proposals(in: field.text, language: field.language)
            guard proposals.contains(where: { $0.location == rejection.location && $0.length == rejection.length }) else {
                throw InvalidValue(field: "rejected[\(index)]", "the redactor proposes no removal at \(rejection.location) (length \(rejection.length)) in \(rejection.field)")
            }
        }
        for (index, addition) in review.added.enumerated() {
            guard let field = fields[addition.field] else { throw InvalidValue(field: "added[\(index)].field", "no published text is named '\(addition.field.prefix(60))'") }
            let length = (field.text as NSString).length
            guard addition.location >= 0, addition.length > 0, addition.location <= length - addition.length else {
                throw InvalidValue(field: "added[\(index)]", "the span \(addition.location)+\(addition.length) is outside the text (\(length) UTF-16 units)")
            }
        }
    }
}

extension Redactor {
    /// The proposals for one published text after a review: rejected ones dropped, added ones in.
    public func reviewedProposals(in text: String, field: String, language: Language, review: RedactionReview?) -> [ProposedRedaction] {
        var proposals = proposals(in: text, language: language)
        guard let review else { return proposals }
        let rejected = Set(review.rejected.filter { $0.field == field }.map { [$0.location, $0.length] })
        proposals.removeAll { rejected.contains([$0.location, $0.length]) }
        let source = text as NSString
        for addition in review.added where addition.field == field && addition.location + addition.length <= source.length {
            let range = NSRange(location: addition.location, length: addition.length)
            proposals.append(ProposedRedaction(kind: addition.kind, location: addition.location, length: addition.length,
                                               original: source.substring(with: range), replacement: addition.kind.marker(language)))
        }
        return proposals
    }
}
