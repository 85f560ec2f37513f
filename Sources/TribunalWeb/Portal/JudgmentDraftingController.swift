import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments

/// The workspace's judgment screens: drafting against the case, editing (a correction once
/// published), confidential passages marked one by one, the redaction review, the preview of the
/// public text, and publication. The rules are `JudgmentService`'s; a refusal comes back on the
/// form that asked, beside its field, and writes nothing.
struct JudgmentDraftingController {
    let services: TribunalServices
    let responder: StaffResponder

    var clock: @Sendable () -> Date { responder.clock }

    func addRoutes(to router: some RouterMethods<TribunalRequestContext>) {
        let staff = router.group().add(middleware: responder.authenticator)
        staff.get("{lang}/staff/cases/{id}/judgments/new", use: newDraft)
        staff.post("{lang}/staff/cases/{id}/judgments", use: createDraft)
        staff.get("{lang}/staff/judgments/{id}", use: show)
        staff.get("{lang}/staff/judgments/{id}/edit", use: editForm)
        staff.post("{lang}/staff/judgments/{id}", use: edit)
        staff.post("{lang}/staff/judgments/{id}/confidential", use: markConfidential)
        staff.get("{lang}/staff/judgments/{id}/redactions", use: redactions)
        staff.post("{lang}/staff/judgments/{id}/redactions", use: reviewRedactions)
        staff.get("{lang}/staff/judgments/{id}/preview", use: preview)
        staff.post("{lang}/staff/judgments/{id}/publish", use: publish)
    }

    private static func id(_ context: TribunalRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap(Identifier.parse) else { throw NotFound(field: "id", "no such judgment") }
        return id
    }

    private func judgmentURL(_ language: PortalLanguage, _ id: Int64) -> String { "/\(language.rawValue)/staff/judgments/\(id)" }

    // MARK: - Drafting and editing

    private func formPage(_ request: Request, _ language: PortalLanguage, _ account: Account, courtCase: CourtCase, judgment: Judgment?,
                          values: [String: String], failures: [any DomainFailure] = [], status: HTTPResponse.Status = .ok) -> Response {
        let wording = responder.wording(language)
        let action = judgment.map { judgmentURL(language, $0.id) } ?? "/\(language.rawValue)/staff/cases/\(courtCase.id)/judgments"
        let form = StaffForm(id: "judgment-text", title: wording(judgment == nil ? "draftJudgment" : "editJudgment"), action: action,
                             submit: wording(judgment == nil ? "saveDraft" : "saveText"),
                             controls: JudgmentForms.controls(values, published: (judgment?.publishedVersions ?? 0) > 0, wording: wording), failures: failures)
        let parent = judgment.map { Crumb(title: wording("judgmentOf", "number", $0.caseNumber.canonical), url: judgmentURL(language, $0.id)) }
            ?? Crumb(title: courtCase.number.canonical, url: "/\(language.rawValue)/staff/cases/\(courtCase.id)")
        let page = StaffFormPage.Model(title: form.title, intro: wording(judgment.map { $0.publishedVersions > 0 } == true ? "correctionIntro" : "judgmentTextIntro"),
                                       form: form, parent: parent, wording: wording)
        return responder.page(page, language, request, account: account, status: status)
    }

    @Sendable func newDraft(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .draftJudgments) { account, language, _ in
            let courtCase = try await services.docket.courtCase(id: try WorkspaceController.caseId(context))
            let directory = try await services.staff.staff.directory()
            let judges = (courtCase.panel?.allJudgeIds ?? []).compactMap { directory[$0]?.nameZh }
            return formPage(request, language, account, courtCase: courtCase, judgment: nil,
                            values: JudgmentForms.values(of: nil, courtCase: courtCase, judges: judges, today: CalendarDate(clock())))
        }
    }

    @Sendable func createDraft(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .draftJudgments) { account, language, form in
            let courtCase = try await services.docket.courtCase(id: try WorkspaceController.caseId(context))
            do {
                let drafted = try await services.judgments.draft(try JudgmentForms.draft(form, previous: nil), caseId: courtCase.id, draftedBy: account.id)
                return responder.seeOther(judgmentURL(language, drafted.id))
            } catch let failure as any DomainFailure where failure.failureKind != .notFound {
                return formPage(request, language, account, courtCase: courtCase, judgment: nil, values: form.values, failures: [failure],
                                status: StaffResponder.status(of: failure))
            }
        }
    }

    @Sendable func editForm(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .draftJudgments) { account, language, _ in
            let judgment = try await services.judgments.judgment(id: try Self.id(context), readBy: account, at: clock())
            let courtCase = try await services.judgments.courtCase(of: judgment)
            return formPage(request, language, account, courtCase: courtCase, judgment: judgment,
                            values: JudgmentForms.values(of: judgment, courtCase: courtCase, judges: [], today: CalendarDate(clock())))
        }
    }

    @Sendable func edit(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .draftJudgments) { account, language, form in
            let judgment = try await services.judgments.judgment(id: try Self.id(context), readBy: account, at: clock())
            let courtCase = try await services.judgments.courtCase(of: judgment)
            do {
                _ = try await services.judgments.edit(id: judgment.id, with: try JudgmentForms.draft(form, previous: judgment), by: account, at: clock())
                return responder.seeOther(judgmentURL(language, judgment.id))
            } catch let failure as any DomainFailure where failure.failureKind != .notFound {
                return formPage(request, language, account, courtCase: courtCase, judgment: judgment, values: form.values, failures: [failure],
                                status: StaffResponder.status(of: failure))
            }
        }
    }

    // MARK: - The judgment's page, its confidential passages, preview and publication

    private func judgmentPage(_ request: Request, _ language: PortalLanguage, _ account: Account, id: Int64,
                              problems: [any DomainFailure] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        let judgment = try await services.judgments.judgment(id: id, readBy: account, at: clock())
        let courtCase = try await services.judgments.courtCase(of: judgment)
        var directory: [Int64: String] = [:]
        for id in Set([judgment.draftedBy, judgment.redactionCheckedBy].compactMap { $0 }) {
            directory[id] = try await services.accounts.account(id: id)?.username
        }
        let page = StaffJudgmentPage.Model(judgment: judgment, courtCase: courtCase, account: account, directory: directory, problems: problems,
                                           wording: responder.wording(language))
        return responder.page(page, language, request, account: account, status: status)
    }

    @Sendable func show(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            try await judgmentPage(request, language, account, id: try Self.id(context))
        }
    }

    @Sendable func markConfidential(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .draftJudgments) { account, language, form in
            let id = try Self.id(context)
            do {
                let judgment = try await services.judgments.judgment(id: id, readBy: account, at: clock())
                _ = try await services.judgments.edit(id: id, with: JudgmentForms.markingConfidential(judgment, form), by: account, at: clock(),
                                                      unchangedSince: form["fingerprint"])
                return responder.seeOther(judgmentURL(language, id))
            } catch let failure as any DomainFailure where failure.failureKind != .notFound {
                return try await judgmentPage(request, language, account, id: id, problems: [failure], status: StaffResponder.status(of: failure))
            }
        }
    }

    @Sendable func preview(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            let id = try Self.id(context)
            let judgment = try await services.judgments.judgment(id: id)
            let wording = responder.wording(language)
            guard let page = JudgmentPage.Model(versions: [try await services.judgments.preview(id: id, at: clock())], wording: wording) else {
                throw NotFound(field: "id", "no judgment has id \(id)")
            }
            let model = JudgmentPreviewPage.Model(page: page, judgmentURL: judgmentURL(language, id), number: judgment.caseNumber.canonical, wording: wording)
            return responder.page(model, language, request, account: account)
        }
    }

    @Sendable func publish(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .publishJudgments) { account, language, _ in
            let id = try Self.id(context)
            do {
                _ = try await services.judgments.publish(judgmentId: id, at: clock())
                return responder.seeOther(judgmentURL(language, id))
            } catch let failure as any DomainFailure where failure.failureKind != .notFound {
                return try await judgmentPage(request, language, account, id: id, problems: [failure], status: StaffResponder.status(of: failure))
            }
        }
    }

    // MARK: - Redaction review

    @Sendable func redactions(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .draftJudgments) { account, language, _ in
            let judgment = try await services.judgments.judgment(id: try Self.id(context), readBy: account, at: clock())
            let courtCase = try await services.judgments.courtCase(of: judgment)
            return responder.page(JudgmentRedactionPage.Model(judgment: judgment, courtCase: courtCase, account: account, wording: responder.wording(language)),
                                  language, request, account: account)
        }
    }

    @Sendable func reviewRedactions(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .draftJudgments) { account, language, form in
            // The review is of the text as stored: confidential passages are never published, so
            // whoever may not read them reviews the same published texts.
            let judgment = try await services.judgments.judgment(id: try Self.id(context))
            let courtCase = try await services.judgments.courtCase(of: judgment)
            do {
                let review = try JudgmentRedactionPage.Model.review(form, judgment: judgment, courtCase: courtCase, by: account, at: clock())
                _ = try await services.judgments.review(id: judgment.id, review, by: account, at: clock(), unchangedSince: form["fingerprint"])
                return responder.seeOther(judgmentURL(language, judgment.id))
            } catch let failure as any DomainFailure where failure.failureKind != .notFound {
                let page = JudgmentRedactionPage.Model(judgment: judgment, courtCase: courtCase, account: account, form: form, problems: [failure],
                                                       wording: responder.wording(language))
                return responder.page(page, language, request, account: account, status: StaffResponder.status(of: failure))
            }
        }
    }
}
