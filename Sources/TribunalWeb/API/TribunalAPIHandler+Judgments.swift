import Foundation
import OpenAPIRuntime
import TribunalAPI
import TribunalKernel
import Accounts
import Docket
import Judgments

/// Judgments: drafting and publication on the staff side, published versions for the public.
/// Public operations read only published versions, which hold no confidential passage.
extension TribunalAPIHandler {
    private struct DraftList: Encodable { let judgments: [Judgment] }
    private struct PublicationList: Encodable { let judgments: [PublishedJudgment]; let nextCursor: String? }
    private struct Permalink: Encodable {
        let caseNumber: String
        /// The current version.
        let latest: PublishedJudgment
        /// Every version, oldest first; earlier ones carry the notice of what was corrected after them.
        let versions: [PublishedJudgment]
    }
    /// The notice of a correction is no longer sent here but with the corrected text, so that its
    /// redaction is checked; a body that still sends it is refused, naming where it goes.
    private struct PublishBody: Decodable { let correctionNotice: String? }

    /// A published text with the redactor's proposals for it and the review's decisions.
    private struct FieldRedactions: Encodable {
        struct Proposal: Encodable {
            let kind: RedactionKind, reason: String, location: Int, length: Int, original: String, replacement: String, accepted: Bool
        }
        let field: String
        let text: String
        let proposals: [Proposal]
    }
    private struct RedactionList: Encodable {
        let fields: [FieldRedactions]
        let review: RedactionReview?
    }
    private struct ReviewBody: Decodable {
        let rejected: [RedactionReview.Rejection]?
        let added: [RedactionReview.Addition]?
    }

    func draftJudgment(_ input: Operations.DraftJudgment.Input) async throws -> Operations.DraftJudgment.Output {
        let account = try APIRequestScope.require(.draftJudgments)
        let caseId = try APIInput.id(input.path.id)
        let json = switch input.body { case let .json(body): body }
        let body: NewJudgment = try SpecBridge.domain(json)
        let drafted = try await judgments.draft(body, caseId: caseId, draftedBy: account.id)
        let judgment = try await judgments.judgment(drafted, of: try await judgments.courtCase(of: drafted), readBy: account, at: clock())
        return .created(.init(headers: .init(location: "/api/v1/judgment-drafts/\(judgment.id)"), body: .json(try SpecBridge.spec(judgment))))
    }

    func caseJudgments(_ input: Operations.CaseJudgments.Input) async throws -> Operations.CaseJudgments.Output {
        let account = try APIRequestScope.require(.readDocket)
        let drafts = try await judgments.judgments(caseId: try APIInput.id(input.path.id), readBy: account, at: clock())
        return .ok(.init(body: .json(try SpecBridge.spec(DraftList(judgments: drafts)))))
    }

    func getJudgmentDraft(_ input: Operations.GetJudgmentDraft.Input) async throws -> Operations.GetJudgmentDraft.Output {
        let account = try APIRequestScope.require(.readDocket)
        let judgment = try await judgments.judgment(id: try APIInput.id(input.path.id), readBy: account, at: clock())
        return .ok(.init(body: .json(try SpecBridge.spec(judgment))))
    }

    func editJudgmentDraft(_ input: Operations.EditJudgmentDraft.Input) async throws -> Operations.EditJudgmentDraft.Output {
        let account = try APIRequestScope.require(.draftJudgments)
        let id = try APIInput.id(input.path.id)
        let json = switch input.body { case let .json(body): body }
        let body: NewJudgment = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try SpecBridge.spec(try await judgments.edit(id: id, with: body, by: account, at: clock())))))
    }

    /// What the public would see if the draft were published now.
    func previewJudgment(_ input: Operations.PreviewJudgment.Input) async throws -> Operations.PreviewJudgment.Output {
        _ = try APIRequestScope.require(.draftJudgments)
        return .ok(.init(body: .json(try SpecBridge.spec(try await judgments.preview(id: try APIInput.id(input.path.id), at: clock())))))
    }

    /// The redaction check: by someone other than the text's drafter (four eyes), who is recorded.
    func markJudgmentRedacted(_ input: Operations.MarkJudgmentRedacted.Input) async throws -> Operations.MarkJudgmentRedacted.Output {
        let account = try APIRequestScope.require(.draftJudgments)
        let judgment = try await judgments.markRedacted(id: try APIInput.id(input.path.id), by: account, at: clock())
        return .ok(.init(body: .json(try SpecBridge.spec(judgment))))
    }

    /// Every removal the redactor proposes, text by text, with its kind, reason and span, and
    /// whether the review accepted it; the staff added removals are in `review`.
    func judgmentRedactions(_ input: Operations.JudgmentRedactions.Input) async throws -> Operations.JudgmentRedactions.Output {
        _ = try APIRequestScope.require(.draftJudgments)
        let judgment = try await judgments.judgment(id: try APIInput.id(input.path.id))
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
        return .ok(.init(body: .json(try SpecBridge.spec(RedactionList(fields: fields, review: judgment.redactionReview)))))
    }

    /// The redaction check with decisions: the proposals rejected and the removals added, by
    /// someone other than the drafter; the judgment is then redacted and ready to publish.
    func reviewJudgmentRedactions(_ input: Operations.ReviewJudgmentRedactions.Input) async throws -> Operations.ReviewJudgmentRedactions.Output {
        let account = try APIRequestScope.require(.draftJudgments)
        let json = switch input.body { case let .json(body): body }
        let body: ReviewBody = try SpecBridge.domain(json)
        let now = clock()
        let review = RedactionReview(rejected: body.rejected ?? [], added: body.added ?? [], reviewedBy: account.id, reviewedAt: now)
        let judgment = try await judgments.review(id: try APIInput.id(input.path.id), review, by: account, at: now)
        return .ok(.init(body: .json(try SpecBridge.spec(judgment))))
    }

    func publishJudgment(_ input: Operations.PublishJudgment.Input) async throws -> Operations.PublishJudgment.Output {
        _ = try APIRequestScope.require(.publishJudgments)
        let id = try APIInput.id(input.path.id)
        let json = switch input.body { case let .json(body): body }
        let body: PublishBody = try SpecBridge.domain(json)
        if body.correctionNotice != nil { throw JudgmentWorkflowError.noticeSentAtPublication }
        let published = try await judgments.publish(judgmentId: id, at: clock())
        return .created(.init(body: .json(try SpecBridge.spec(published))))
    }

    func latestJudgments(_ input: Operations.LatestJudgments.Input) async throws -> Operations.LatestJudgments.Output {
        let fields = APIInput.fields(["limit": input.query.limit, "cursor": input.query.cursor])
        let limit = try fields.number("limit", in: 1...100) ?? 20
        let offset = try fields.number("cursor", in: 0...Paging.deepestOffset, expected: "a cursor returned by this API") ?? 0
        let page = try await judgments.judgments.latestPublications(limit: limit, offset: offset)
        let list = PublicationList(judgments: page, nextCursor: page.count == limit ? String(offset + limit) : nil)
        return .ok(.init(body: .json(try SpecBridge.spec(list))))
    }

    /// The stable address of a judgment: its case number, in any spelling.
    func judgmentByNumber(_ input: Operations.JudgmentByNumber.Input) async throws -> Operations.JudgmentByNumber.Output {
        let number = try CaseNumber(parsing: input.path.number)
        let versions = try await judgments.judgments.publications(caseNumber: number)
        guard let latest = versions.last else {
            throw NotFound(field: "caseNumber", "no judgment numbered \(number.canonical) is published")
        }
        return .ok(.init(body: .json(try SpecBridge.spec(Permalink(caseNumber: number.canonical, latest: latest, versions: versions)))))
    }
}
