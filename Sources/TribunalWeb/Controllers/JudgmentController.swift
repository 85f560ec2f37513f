import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Judgments: drafting and publication on the staff side, published versions for the public.
/// Public routes read only published versions, which hold no confidential passage.
struct JudgmentController<Store: CaseRepository & JudgmentRepository> {
    let store: Store
    let clock: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<TribunalRequestContext>) {
        group.post("cases/{id}/judgments", use: draft)
        group.get("cases/{id}/judgments", use: drafts)
        group.get("judgment-drafts/{id}", use: showDraft)
        group.put("judgment-drafts/{id}", use: edit)
        group.get("judgment-drafts/{id}/preview", use: preview)
        group.post("judgment-drafts/{id}/mark-redacted", use: markRedacted)
        group.get("judgment-drafts/{id}/redactions", use: redactions)
        group.post("judgment-drafts/{id}/redactions", use: reviewRedactions)
        group.post("judgment-drafts/{id}/publish", use: publish)
        group.get("judgments", use: latest)
        group.get("judgments/{number}", use: permalink)
    }

    struct DraftList: ResponseEncodable { let judgments: [Judgment] }
    struct PublicationList: ResponseEncodable { let judgments: [PublishedJudgment]; let nextCursor: String? }
    struct Permalink: ResponseEncodable {
        let caseNumber: String
        /// The current version.
        let latest: PublishedJudgment
        /// Every version, oldest first; earlier ones carry the notice of what was corrected after them.
        let versions: [PublishedJudgment]
    }
    /// The notice of a correction is no longer sent here but with the corrected text, so that its
    /// redaction is checked; a body that still sends it is refused, naming where it goes.
    struct PublishBody: Decodable { let correctionNotice: String? }

    @Sendable func draft(_ request: Request, context: TribunalRequestContext) async throws -> EditedResponse<Judgment> {
        let account = try context.require(.draftJudgments)
        let caseId = try context.parameters.id()
        let body = try await request.decodeJSON(NewJudgment.self, context: context)
        let drafted = try await store.draft(body, caseId: caseId, draftedBy: account.id)
        let judgment = try await asReadBy(account, drafted, of: try await courtCase(of: drafted))
        return EditedResponse(status: .created, headers: [.location: "/api/v1/judgment-drafts/\(judgment.id)"], response: judgment)
    }

    @Sendable func drafts(_ request: Request, context: TribunalRequestContext) async throws -> DraftList {
        let account = try context.require(.readDocket)
        let caseId = try context.parameters.id()
        guard let courtCase = try await store.find(id: caseId) else { throw NotFound(field: "id", "no case has id \(caseId)") }
        var judgments: [Judgment] = []
        for judgment in try await store.judgments(caseId: caseId) {
            judgments.append(try await asReadBy(account, judgment, of: courtCase))
        }
        return DraftList(judgments: judgments)
    }

    @Sendable func showDraft(_ request: Request, context: TribunalRequestContext) async throws -> Judgment {
        let account = try context.require(.readDocket)
        let judgment = try await judgment(context)
        return try await asReadBy(account, judgment, of: try await courtCase(of: judgment))
    }

    /// The judgment as `account` may read it: confidential passages only for the case's panel and
    /// those who publish, and each such read recorded.
    private func asReadBy(_ account: Account, _ judgment: Judgment, of courtCase: CourtCase) async throws -> Judgment {
        guard judgment.hasConfidentialPassages else { return judgment }
        guard account.mayReadConfidentialPassages(of: courtCase) else { return judgment.withholdingConfidential() }
        try await store.recordConfidentialRead(accountId: account.id, judgmentId: judgment.id, at: clock())
        return judgment
    }

    private func courtCase(of judgment: Judgment) async throws -> CourtCase {
        guard let courtCase = try await store.find(id: judgment.caseId) else { throw NotFound(field: "caseId", "the judgment's case is gone") }
        return courtCase
    }

    @Sendable func edit(_ request: Request, context: TribunalRequestContext) async throws -> Judgment {
        let account = try context.require(.draftJudgments)
        let id = try context.parameters.id()
        let body = try await request.decodeJSON(NewJudgment.self, context: context)
        let existing = try await judgment(context)
        let courtCase = try await courtCase(of: existing)
        // Whoever may not read the confidential passages may not rewrite them either.
        if existing.hasConfidentialPassages || body.zh.sections.contains(where: { $0.passages.contains(where: \.confidential) }),
           !account.mayReadConfidentialPassages(of: courtCase) {
            throw ConfidentialPassagesWithheld()
        }
        try body.validate(for: courtCase)
        let edited = try await store.updateJudgment(id: id) { try $0.edit(body, by: account.id) }
        return try await asReadBy(account, edited, of: courtCase)
    }

    /// What the public would see if the draft were published now.
    @Sendable func preview(_ request: Request, context: TribunalRequestContext) async throws -> PublishedJudgment {
        _ = try context.require(.draftJudgments)
        let judgment = try await judgment(context)
        guard let courtCase = try await store.find(id: judgment.caseId) else { throw NotFound(field: "caseId", "the judgment's case is gone") }
        return judgment.publication(of: courtCase, at: clock())
    }

    /// The redaction check: by someone other than the text's drafter (four eyes), who is recorded.
    @Sendable func markRedacted(_ request: Request, context: TribunalRequestContext) async throws -> Judgment {
        let account = try context.require(.draftJudgments)
        let existing = try await judgment(context)
        let courtCase = try await courtCase(of: existing)
        let checked = try await store.updateJudgment(id: existing.id) { try $0.markRedacted(by: account.id, of: courtCase) }
        return try await asReadBy(account, checked, of: courtCase)
    }

    /// A published text with the redactor's proposals for it and the review's decisions.
    struct FieldRedactions: ResponseEncodable {
        struct Proposal: Codable {
            let kind: RedactionKind, reason: String, location: Int, length: Int, original: String, replacement: String, accepted: Bool
        }
        let field: String
        let text: String
        let proposals: [Proposal]
    }
    struct RedactionList: ResponseEncodable {
        let fields: [FieldRedactions]
        let review: RedactionReview?
    }
    struct ReviewBody: Decodable {
        let rejected: [RedactionReview.Rejection]?
        let added: [RedactionReview.Addition]?
    }

    /// Every removal the redactor proposes, text by text, with its kind, reason and span, and
    /// whether the review accepted it; the staff added removals are in `review`.
    @Sendable func redactions(_ request: Request, context: TribunalRequestContext) async throws -> RedactionList {
        _ = try context.require(.draftJudgments)
        let judgment = try await judgment(context)
        let redactor = judgment.redactor(for: try await courtCase(of: judgment))
        let rejected = Set((judgment.redactionReview?.rejected ?? []).map { [$0.field, String($0.location), String($0.length)] })
        let fields = judgment.publishedFields.compactMap { field -> FieldRedactions? in
            let proposals = redactor.proposals(in: field.text, language: field.language)
            guard !proposals.isEmpty || judgment.redactionReview?.added.contains(where: { $0.field == field.field }) == true else { return nil }
            return FieldRedactions(field: field.field, text: field.text, proposals: proposals.map { proposal in
                .init(kind: proposal.kind, reason: proposal.reason, location: proposal.location, length: proposal.length, original: proposal.original,
                      replacement: proposal.replacement, accepted: !rejected.contains([field.field, String(proposal.location), String(proposal.length)]))
            })
        }
        return RedactionList(fields: fields, review: judgment.redactionReview)
    }

    /// The redaction check with decisions: the proposals rejected and the removals added, by
    /// someone other than the drafter; the judgment is then redacted and ready to publish.
    @Sendable func reviewRedactions(_ request: Request, context: TribunalRequestContext) async throws -> Judgment {
        let account = try context.require(.draftJudgments)
        let body = try await request.decodeJSON(ReviewBody.self, context: context)
        let existing = try await judgment(context)
        let courtCase = try await courtCase(of: existing)
        let review = RedactionReview(rejected: body.rejected ?? [], added: body.added ?? [], reviewedBy: account.id, reviewedAt: clock())
        let reviewed = try await store.updateJudgment(id: existing.id) { try $0.review(review, of: courtCase) }
        return try await asReadBy(account, reviewed, of: courtCase)
    }

    @Sendable func publish(_ request: Request, context: TribunalRequestContext) async throws -> EditedResponse<PublishedJudgment> {
        _ = try context.require(.publishJudgments)
        let id = try context.parameters.id()
        let body = try await request.decodeJSON(PublishBody.self, context: context)
        if body.correctionNotice != nil { throw JudgmentWorkflowError.noticeSentAtPublication }
        let published = try await JudgmentPublisher(store: store).publish(judgmentId: id, at: clock())
        return EditedResponse(status: .created, response: published)
    }

    @Sendable func latest(_ request: Request, context: TribunalRequestContext) async throws -> PublicationList {
        let fields = try request.queryFields()
        let limit = try fields.number("limit", in: 1...100) ?? 20
        let offset = try fields.number("cursor", in: 0...Paging.deepestOffset, expected: "a cursor returned by this API") ?? 0
        let page = try await store.latestPublications(limit: limit, offset: offset)
        return PublicationList(judgments: page, nextCursor: page.count == limit ? String(offset + limit) : nil)
    }

    /// The stable address of a judgment: its case number, in any spelling.
    @Sendable func permalink(_ request: Request, context: TribunalRequestContext) async throws -> Permalink {
        let raw = context.parameters.get("number") ?? ""
        let number = try CaseNumber(parsing: raw.removingPercentEncoding ?? raw)
        let versions = try await store.publications(caseNumber: number)
        guard let latest = versions.last else {
            throw NotFound(field: "caseNumber", "no judgment numbered \(number.canonical) is published")
        }
        return Permalink(caseNumber: number.canonical, latest: latest, versions: versions)
    }

    private func judgment(_ context: TribunalRequestContext) async throws -> Judgment {
        let id = try context.parameters.id()
        guard let judgment = try await store.judgment(id: id) else { throw NotFound(field: "id", "no judgment has id \(id)") }
        return judgment
    }
}
