import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import CourtOperations

/// The judges' and clerks' workspace: each role's home, the docket, a case with every move its
/// role may make. Server-rendered, in both languages, without JavaScript; the docket's rules
/// decide and a refusal comes back beside the field.
struct WorkspaceController {
    let services: TribunalServices
    let responder: StaffResponder

    var clock: @Sendable () -> Date { responder.clock }

    func addRoutes(to router: some RouterMethods<TribunalRequestContext>) {
        let staff = router.group().add(middleware: responder.authenticator)
        staff.get("{lang}/staff", use: home)
        staff.get("{lang}/staff/cases", use: docket)
        staff.get("{lang}/staff/trial-periods", use: trialPeriods)
        staff.get("{lang}/staff/cases/find", use: findCase)
        staff.get("{lang}/staff/cases/{id}", use: showCase)
        staff.post("{lang}/staff/cases/{id}/{move}", use: moveCase)
        staff.post("{lang}/staff/hearings/{id}/{outcome}", use: recordHearingOutcome)
    }

    // MARK: - Home

    @Sendable func home(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            let now = clock()
            let desk = try await StaffDesk.load(for: account, services: services, today: CalendarDate(now))
            return responder.page(StaffHomePage.Model(desk: desk, role: account.role, now: now, wording: responder.wording(language)),
                                  language, request, account: account)
        }
    }

    // MARK: - Trial periods

    @Sendable func trialPeriods(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            let within = try request.queryFields().nonEmpty.number("within", in: 0...366) ?? StaffDesk.dueSoonDays
            let today = CalendarDate(clock())
            // One read of the open cases serves the watchlist and the panels it is grouped by.
            let open = try await services.docket.openCases()
            let watchlist = TrialPeriodWatchlist(cases: open, asOf: today, withinDays: within)
            let cases = Dictionary(uniqueKeysWithValues: open.map { ($0.id, $0) })
            let model = TrialPeriodsPage.Model(watchlist: watchlist, cases: cases, staff: try await services.staff.allStaff(), role: account.role,
                                               wording: responder.wording(language))
            return responder.page(model, language, request, account: account)
        }
    }

    // MARK: - Docket

    @Sendable func docket(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            let fields = try request.queryFields()
            let today = CalendarDate(clock())
            var query = CaseQuery()
            var order = DocketPage.Order.newest
            let mine = fields["mine"] == "true" && account.staffId != nil
            func page(_ cases: [CourtCase], next: String?, failure: (any DomainFailure)?) -> DocketPage.Model {
                DocketPage.Model(query: query, order: order, mine: mine, mayFilterMine: account.staffId != nil, cases: cases, next: next,
                                 failure: failure, today: today, wording: responder.wording(language))
            }
            do {
                query.status = try fields.nonEmpty.oneOf("status", CaseStatus.self)
                query.type = try fields.nonEmpty.parsed("type", expected: "a case-type code such as 知民终", TribunalCaseType.init(rawValue:))
                query.cause = try fields.nonEmpty.oneOf("cause", CauseOfAction.self)
                query.year = try fields.nonEmpty.number("year", in: CalendarDate.docketRange.lowerBound.year...CalendarDate.docketRange.upperBound.year)
                order = try fields.nonEmpty.oneOf("sort", DocketPage.Order.self) ?? .newest
                if mine { query.judgeId = account.staffId }
                if order == .dueSoonest {
                    let from = try fields.nonEmpty.number("from", in: 0...1_000_000) ?? 0
                    let due = try await services.docket.dueSoonest(query, asOf: today, offset: from, limit: query.limit)
                    return responder.page(page(due.cases, next: due.more ? "from=\(from + query.limit)" : nil, failure: nil), language, request, account: account)
                }
                query.oldestFirst = order == .oldest
                if let cursor = fields.nonEmpty.values["cursor"] { query.after = try CaseCursor(token: cursor) }
                let listed = try await services.docket.list(query)
                return responder.page(page(listed.cases, next: listed.next.map { "cursor=\($0.token)" }, failure: nil), language, request, account: account)
            } catch let failure as any DomainFailure {
                return responder.page(page([], next: nil, failure: failure), language, request, account: account, status: .badRequest)
            }
        }
    }

    /// A case number as typed, straight to its page.
    @Sendable func findCase(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            let number = try request.queryText("number") ?? ""
            do {
                let found = try await services.docket.courtCase(reference: number.trimmingCharacters(in: .whitespaces))
                return responder.seeOther("/\(language.rawValue)/staff/cases/\(found.id)")
            } catch let failure as any DomainFailure {
                let model = DocketPage.Model(query: CaseQuery(), order: .newest, mine: false, mayFilterMine: account.staffId != nil, cases: [], next: nil,
                                             failure: failure, today: CalendarDate(clock()), wording: responder.wording(language))
                return responder.page(model, language, request, account: account, status: failure.failureKind == .notFound ? .notFound : .unprocessableContent)
            }
        }
    }

    // MARK: - A case

    @Sendable func showCase(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            try await casePage(request, context, language, account, refused: nil, status: .ok)
        }
    }

    @Sendable func moveCase(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let name = context.parameters.get("move") ?? ""
        guard let permission = CaseMoveForms.permission(of: name) else { throw HTTPError(.notFound) }
        return try await responder.asStaff(request, context, may: permission) { account, language, form in
            let id = try Self.caseId(context)
            do {
                if name == "schedule-hearing" {
                    _ = try await services.hearings.schedule(try CaseMoveForms.hearing(form), caseId: id, actor: account.username, at: clock())
                    return responder.seeOther("/\(language.rawValue)/staff/cases/\(id)#hearings")
                }
                let move = try CaseMoveForms.move(name, form)
                _ = try await services.hearings.apply(move, toCase: id, actor: account.username, at: clock())
                return responder.seeOther("/\(language.rawValue)/staff/cases/\(id)#timeline")
            } catch let failure as any DomainFailure where failure.failureKind != .notFound {
                let status = StaffResponder.status(of: failure)
                return try await casePage(request, context, language, account, refused: (name, form, [failure]), status: status)
            }
        }
    }

    /// Records what became of a booked hearing (held, postponed, cancelled), from the case page.
    @Sendable func recordHearingOutcome(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .manageHearings) { account, language, form in
            guard let id = context.parameters.get("id").flatMap(Identifier.parse),
                  let outcome = context.parameters.get("outcome").flatMap(Hearing.Status.init(rawValue:)) else { throw HTTPError(.notFound) }
            let caseId: Int64
            do {
                caseId = try await services.hearings.record(outcome, ofHearing: id, actor: account.username, at: clock()).caseId
            } catch let failure as any DomainFailure where failure.failureKind != .notFound {
                guard let hearing = try await services.hearings.hearings.hearing(id: id) else { throw failure }
                return try await casePage(request, context, language, account, caseId: hearing.caseId,
                                          refused: (StaffCasePage.Model.hearingOutcomeMove, form, [failure]), status: StaffResponder.status(of: failure))
            }
            return responder.seeOther("/\(language.rawValue)/staff/cases/\(caseId)#hearings")
        }
    }

    private func casePage(_ request: Request, _ context: TribunalRequestContext, _ language: PortalLanguage, _ account: Account,
                          caseId: Int64? = nil, refused: (move: String, form: FormFields, failures: [any DomainFailure])?,
                          status: HTTPResponse.Status) async throws -> Response {
        let id = try caseId ?? Self.caseId(context)
        let courtCase = try await services.docket.courtCase(id: id)
        async let events = services.docket.events(caseId: id)
        async let matters = services.preservation.matters.matters(caseId: id)
        async let assessments = services.damages.assessments.assessments(caseId: id)
        async let staff = services.staff.allStaff()
        async let hearings = services.hearings.hearings.hearings(caseId: id)
        async let courtrooms = services.hearings.hearings.courtrooms()
        async let judgments = services.judgments.judgments.judgments(caseId: id)
        let model = StaffCasePage.Model(courtCase: courtCase, events: try await events, matters: try await matters, assessments: try await assessments,
                                        hearings: try await hearings, courtrooms: try await courtrooms, judgments: try await judgments,
                                        staff: try await staff, role: account.role,
                                        now: clock(), wording: responder.wording(language), refused: refused)
        return responder.page(model, language, request, account: account, status: status)
    }

    static func caseId(_ context: TribunalRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap(Identifier.parse) else { throw NotFound(field: "id", "no such case") }
        return id
    }
}

extension FormFields {
    /// The fields with a value: an empty select or text box of a GET form means "any".
    var nonEmpty: FormFields { FormFields(values: values.filter { !$0.value.isEmpty }) }
}
