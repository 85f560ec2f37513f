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
struct JudgmentController {
    let judgments: JudgmentService
    let clock: @Sendable () -> Date

    func addRoutes(to group: some RouterMethods<TribunalRequestContext>) {
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
        let drafted = try await judgments.draft(body, caseId: caseId, draftedBy: account.id)
        let judgment = try await judgments.judgment(drafted, of: try await judgments.courtCase(of: drafted), readBy: account, at: clock())
        return EditedResponse(status: .created, headers: [.location: "/api/v1/judgment-drafts/\(judgment.id)"], response: judgment)
    }

    @Sendable func drafts(_ request: Request, context: TribunalRequestContext) async throws -> DraftList {
        let account = try context.require(.readDocket)
        return DraftList(judgments: try await judgments.judgments(caseId: try context.parameters.id(), readBy: account, at: clock()))
    }

    @Sendable func showDraft(_ request: Request, context: TribunalRequestContext) async throws -> Judgment {
        let account = try context.require(.readDocket)
        return try await judgments.judgment(id: try context.parameters.id(), readBy: account, at: clock())
    }

    @Sendable func edit(_ request: Request, context: TribunalRequestContext) async throws -> Judgment {
        let account = try context.require(.draftJudgments)
        let id = try context.parameters.id()
        let body = try await request.decodeJSON(NewJudgment.self, context: context)
        return try await judgments.edit(id: id, with: body, by: account, at: clock())
    }

    /// What the public would see if the draft were published now.
    @Sendable func preview(_ request: Request, context: TribunalRequestContext) async throws -> PublishedJudgment {
        _ = try context.require(.draftJudgments)
        return try await judgments.preview(id: try context.parameters.id(), at: clock())
    }

    /// The redaction check: by someone other than the text's drafter (four eyes), who is recorded.
    @Sendable func markRedacted(_ request: Request, context: TribunalRequestContext) async throws -> Judgment {
        let account = try context.require(.draftJudgments)
        return try await judgments.markRedacted(id: try context.parameters.id(), by: account, at: clock())
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
        let judgment = try await judgments.judgment(id: try context.parameters.id())
        let redactor = judgment.redactor(for: try await judgments.courtCase(of: judgment))
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
        let now = clock()
        let review = RedactionReview(rejected: body.rejected ?? [], added: body.added ?? [], reviewedBy: account.id, reviewedAt: now)
        return try await judgments.review(id: try context.parameters.id(), review, by: account, at: now)
    }

    @Sendable func publish(_ request: Request, context: TribunalRequestContext) async throws -> EditedResponse<PublishedJudgment> {
        _ = try context.require(.publishJudgments)
        let id = try context.parameters.id()
        let body = try await request.decodeJSON(PublishBody.self, context: context)
        if body.correctionNotice != nil { throw JudgmentWorkflowError.noticeSentAtPublication }
        let published = try await judgments.publish(judgmentId: id, at: clock())
        return EditedResponse(status: .created, response: published)
    }

    @Sendable func latest(_ request: Request, context: TribunalRequestContext) async throws -> PublicationList {
        let fields = try request.queryFields()
        let limit = try fields.number("limit", in: 1...100) ?? 20
        let offset = try fields.number("cursor", in: 0...Paging.deepestOffset, expected: "a cursor returned by this API") ?? 0
        let page = try await judgments.judgments.latestPublications(limit: limit, offset: offset)
        return PublicationList(judgments: page, nextCursor: page.count == limit ? String(offset + limit) : nil)
    }

    /// The stable address of a judgment: its case number, in any spelling.
    @Sendable func permalink(_ request: Request, context: TribunalRequestContext) async throws -> Permalink {
        let raw = context.parameters.get("number") ?? ""
        let number = try CaseNumber(parsing: raw.removingPercentEncoding ?? raw)
        let versions = try await judgments.judgments.publications(caseNumber: number)
        guard let latest = versions.last else {
            throw NotFound(field: "caseNumber", "no judgment numbered \(number.canonical) is published")
        }
        return Permalink(caseNumber: number.canonical, latest: latest, versions: versions)
    }
}
