import Foundation
import TribunalKernel
import Accounts
import Docket

/// The rules of a judgment's way to the public, in one place for every engine: drafting against
/// its case, who reads and rewrites confidential passages (each read recorded), the four-eyes
/// redaction check, and publication only of a checked text of a decided case.
public struct JudgmentService: Sendable {
    public let cases: any CaseRepository
    public let judgments: any JudgmentRepository

    public init(cases: any CaseRepository, judgments: any JudgmentRepository) {
        self.cases = cases
        self.judgments = judgments
    }

    /// Stores the first draft of a case's judgment, checked against the case inside the
    /// repository's transaction; `draftedBy` is nil only for imports and demo data.
    public func draft(_ draft: NewJudgment, caseId: Int64, draftedBy: Int64? = nil) async throws -> Judgment {
        try await judgments.draft(caseId: caseId) { courtCase in
            try draft.validateFirstDraft(for: courtCase)
            var judgment = Judgment(id: 0, caseId: caseId, draft: draft)
            judgment.draftedBy = draftedBy
            return judgment
        }
    }

    /// The judgment with this id; `NotFound` naming the id otherwise.
    public func judgment(id: Int64) async throws -> Judgment {
        guard let judgment = try await judgments.judgment(id: id) else { throw NotFound(field: "id", "no judgment has id \(id)") }
        return judgment
    }

    /// The case a judgment belongs to.
    public func courtCase(of judgment: Judgment) async throws -> CourtCase {
        guard let courtCase = try await cases.find(id: judgment.caseId) else { throw NotFound(field: "caseId", "the judgment's case is gone") }
        return courtCase
    }

    /// A case's judgments, oldest first, as `account` may read them; `NotFound` for an unknown case.
    public func judgments(caseId: Int64, readBy account: Account, at instant: Date) async throws -> [Judgment] {
        guard let courtCase = try await cases.find(id: caseId) else { throw NotFound(field: "id", "no case has id \(caseId)") }
        var readable: [Judgment] = []
        for judgment in try await judgments.judgments(caseId: caseId) {
            readable.append(try await self.judgment(judgment, of: courtCase, readBy: account, at: instant))
        }
        return readable
    }

    /// One judgment as `account` may read it.
    public func judgment(id: Int64, readBy account: Account, at instant: Date) async throws -> Judgment {
        let judgment = try await judgment(id: id)
        return try await self.judgment(judgment, of: try await courtCase(of: judgment), readBy: account, at: instant)
    }

    /// The judgment as `account` may read it: confidential passages only for the case's panel and
    /// those who publish, and each such read recorded.
    public func judgment(_ judgment: Judgment, of courtCase: CourtCase, readBy account: Account, at instant: Date) async throws -> Judgment {
        guard judgment.hasConfidentialPassages else { return judgment }
        guard account.mayReadConfidentialPassages(of: courtCase) else { return judgment.withholdingConfidential() }
        try await judgments.recordConfidentialRead(accountId: account.id, judgmentId: judgment.id, at: instant)
        return judgment
    }

    /// Replaces the text. Whoever may not read the confidential passages may not rewrite them
    /// either; the new text is checked against the case and goes back to draft.
    /// `unchangedSince`: the `textDigest` of the text the editor was shown; the edit is refused
    /// when the stored text differs, so that marks set by position land on the passages shown.
    public func edit(id: Int64, with draft: NewJudgment, by account: Account, at instant: Date, unchangedSince digest: String? = nil) async throws -> Judgment {
        let courtCase = try await courtCase(of: try await judgment(id: id))
        let mayReadConfidential = account.mayReadConfidentialPassages(of: courtCase)
        try draft.validate(for: courtCase)
        // The confidentiality check reads the judgment as the transaction locked it.
        let edited = try await judgments.updateJudgment(id: id) { judgment in
            if judgment.hasConfidentialPassages || draft.zh.sections.contains(where: { $0.passages.contains(where: \.confidential) }),
               !mayReadConfidential {
                throw ConfidentialPassagesWithheld()
            }
            try judgment.requireUnchanged(since: digest)
            try judgment.edit(draft, by: account.id)
        }
        return try await judgment(edited, of: courtCase, readBy: account, at: instant)
    }

    /// The redaction check by someone other than the text's drafter (four eyes), who is recorded;
    /// `account` nil only for imports and demo data.
    public func markRedacted(id: Int64, by account: Account?, at instant: Date) async throws -> Judgment {
        let existing = try await judgment(id: id)
        let courtCase = try await courtCase(of: existing)
        let checked = try await judgments.updateJudgment(id: id) { try $0.markRedacted(by: account?.id, of: courtCase) }
        guard let account else { return checked }
        return try await judgment(checked, of: courtCase, readBy: account, at: instant)
    }

    /// The redaction check with decisions: the proposals rejected and the removals added.
    /// `unchangedSince`: the `textDigest` of the text the reviewer was shown; a review is of that
    /// text only, checked inside the store's transaction.
    public func review(id: Int64, _ review: RedactionReview, by account: Account, at instant: Date, unchangedSince digest: String? = nil) async throws -> Judgment {
        let existing = try await judgment(id: id)
        let courtCase = try await courtCase(of: existing)
        let reviewed = try await judgments.updateJudgment(id: id) { judgment in
            try judgment.requireUnchanged(since: digest)
            try judgment.review(review, of: courtCase)
        }
        return try await judgment(reviewed, of: courtCase, readBy: account, at: instant)
    }

    /// What the public would see if the draft were published at `instant`.
    public func preview(id: Int64, at instant: Date) async throws -> PublishedJudgment {
        let judgment = try await judgment(id: id)
        return judgment.publication(of: try await courtCase(of: judgment), at: instant)
    }

    /// Publishes the judgment's next version and returns it. A judgment or mediation statement is
    /// public once the case is decided; a ruling during the case may be public before.
    public func publish(judgmentId: Int64, at instant: Date) async throws -> PublishedJudgment {
        try await judgments.publish(judgmentId: judgmentId) { judgment, courtCase in
            try judgment.checkPublishable(of: courtCase)
            if judgment.kind != .ruling, ![.decided, .closed].contains(courtCase.status) { throw JudgmentWorkflowError.finalJudgmentBeforeDecision }
            return judgment.publication(of: courtCase, at: instant)
        }
    }
}
