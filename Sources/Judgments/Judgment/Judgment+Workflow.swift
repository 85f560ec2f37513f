import Foundation
import TribunalKernel
import Accounts
import Docket

/// Why a judgment cannot take a step on its way to the public.
public enum JudgmentWorkflowError: DomainFailure, Equatable {
    case notRedacted
    case alreadyPublished
    case redactionCheckedByDrafter
    case finalJudgmentBeforeDecision
    case correctionNeedsNotice
    case firstPublicationTakesNoNotice
    case namesChangedSinceCheck
    case noticeSentAtPublication

    public var failureKind: DomainFailureKind {
        switch self {
        case .correctionNeedsNotice, .noticeSentAtPublication, .firstPublicationTakesNoNotice: return .invalidValue
        case .redactionCheckedByDrafter: return .forbidden
        default: return .illegalMove
        }
    }

    public var field: String? {
        switch self {
        case .notRedacted, .alreadyPublished, .redactionCheckedByDrafter: return "status"
        case .finalJudgmentBeforeDecision: return "kind"
        case .correctionNeedsNotice, .firstPublicationTakesNoNotice, .noticeSentAtPublication: return "correctionNotice"
        case .namesChangedSinceCheck: return "parties"
        }
    }

    public var reason: String {
        switch self {
        case .notRedacted: return "a draft is published only after its redaction has been checked (mark it redacted first)"
        case .redactionCheckedByDrafter: return "the redaction is checked by someone other than the drafter of the text (four eyes)"
        case .finalJudgmentBeforeDecision: return "a judgment or mediation statement is published only after the case is decided; rulings (such as preservation rulings) may be published while it is pending"
        case .alreadyPublished: return "this text is already published; a correction is an edited text whose redaction has been checked again"
        case .correctionNeedsNotice: return "the judgment is published; a new version is a correction and needs a notice saying what was corrected (send it with the corrected text)"
        case .firstPublicationTakesNoNotice: return "the first publication is not a correction; leave the notice out"
        case .namesChangedSinceCheck: return "the case's parties or the names to anonymise changed after the redaction was checked, so the redactor now removes other names; check the redaction again"
        case .noticeSentAtPublication: return "the correction notice is sent with the corrected text (PUT /api/v1/judgment-drafts/{id}), so that its redaction is checked with the text before it is published"
        }
    }
}

extension Judgment {
    /// Replaces the text. A checked redaction no longer holds for new text, so the judgment goes
    /// back to draft, published or not: a correction is published only after its redaction has
    /// been checked again, like the first version.
    /// A correction notice is part of the edited text of a published judgment, and refused
    /// before the first publication.
    public mutating func edit(_ draft: NewJudgment, by editor: Int64? = nil) throws(JudgmentWorkflowError) {
        if publishedVersions == 0, let notice = draft.correctionNotice, !notice.isBlank { throw .firstPublicationTakesNoNotice }
        // A new text starts with no review: the old decisions were about other spans.
        let id = self.id, caseId = self.caseId, versions = publishedVersions, drafter = editor ?? draftedBy
        self = Judgment(id: id, caseId: caseId, draft: draft)
        self.publishedVersions = versions
        self.draftedBy = drafter
    }

    /// The draft this judgment's text was made from: to edit it again.
    public var asDraft: NewJudgment {
        NewJudgment(caseNumber: caseNumber, kind: kind, decidedOn: decidedOn, judges: judges, zh: zh, en: en,
                    personNames: personNames, designation: designation, correctionNotice: correctionNotice)
    }

    /// Staff have checked the redaction preview of the current text, for the names of
    /// `courtCase`: someone other than its drafter (`checker` nil only for imports and demo data,
    /// which have no drafter either). A redacted text may be checked again, as it must be when
    /// the case's names changed since.
    public mutating func markRedacted(by checker: Int64? = nil, of courtCase: CourtCase) throws(JudgmentWorkflowError) {
        if let checker, checker == draftedBy { throw .redactionCheckedByDrafter }
        guard status != .published else { return }
        status = .redacted
        redactionCheckedBy = checker
        redactionCheckedFor = redactionNames(for: courtCase)
    }

    /// Records the checker's decisions on the proposals, and that the redaction is checked.
    public mutating func review(_ review: RedactionReview, of courtCase: CourtCase) throws {
        try validate(review, redactor: redactor(for: courtCase))
        if let checker = review.reviewedBy, checker == draftedBy { throw JudgmentWorkflowError.redactionCheckedByDrafter }
        if status == .published { throw JudgmentWorkflowError.alreadyPublished }
        redactionReview = review
        status = .draft
        try markRedacted(by: review.reviewedBy, of: courtCase)
    }

    /// Whether the judgment may be published now: its redaction checked for the names the case
    /// has now, and a correction notice exactly when a version is already public.
    public func checkPublishable(of courtCase: CourtCase) throws(JudgmentWorkflowError) {
        switch status {
        case .draft: throw .notRedacted
        case .redacted:
            if redactionCheckedFor != redactionNames(for: courtCase) { throw .namesChangedSinceCheck }
            if correctionNotice != nil, publishedVersions == 0 { throw .firstPublicationTakesNoNotice }
            if correctionNotice == nil, publishedVersions > 0 { throw .correctionNeedsNotice }
        case .published: throw .alreadyPublished
        }
    }
}
