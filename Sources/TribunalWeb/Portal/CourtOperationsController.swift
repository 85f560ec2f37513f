import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import CourtOperations

/// The workspace's pages for court operations: the damages calculator, and action preservation
/// (the queue, filing an application, a matter with its moves and fine statement).
struct CourtOperationsController {
    let services: TribunalServices
    let responder: StaffResponder

    var clock: @Sendable () -> Date { responder.clock }

    func addRoutes(to router: some RouterMethods<TribunalRequestContext>) {
        let staff = router.group().add(middleware: responder.authenticator)
        staff.get("{lang}/staff/damages", use: damagesForm)
        staff.post("{lang}/staff/damages", use: assessDamages)
        staff.post("{lang}/staff/damages/record", use: recordDamages)
        staff.get("{lang}/staff/preservation", use: preservationQueue)
        staff.get("{lang}/staff/preservation/new", use: filingForm)
        staff.post("{lang}/staff/preservation", use: file)
        staff.get("{lang}/staff/preservation/{id}", use: matter)
        staff.post("{lang}/staff/preservation/{id}/{move}", use: moveMatter)
        staff.get("{lang}/staff/statistics", use: statistics)
        staff.get("{lang}/staff/statistics.csv", use: statisticsCSV)
    }

    // MARK: - Statistics

    private func dashboard(_ request: Request, _ language: PortalLanguage) async throws -> StatisticsReport {
        try await StatisticsReport.load(for: request, statistics: services.statistics, today: CalendarDate(clock()),
                                        path: "/\(language.rawValue)/staff/statistics", wording: responder.wording(language))
    }

    @Sendable func statistics(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .readStatistics) { account, language, _ in
            let report = try await dashboard(request, language)
            return responder.page(StatisticsDashboardPage.Model(report: report, wording: responder.wording(language)), language, request, account: account)
        }
    }

    @Sendable func statisticsCSV(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .readStatistics) { _, language, _ in
            try await dashboard(request, language).csvResponse(for: request)
        }
    }

    private var courtFormula: PunitiveFormula { services.damages.calculator.defaultFormula }

    // MARK: - Damages

    @Sendable func damagesForm(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .assessDamages) { account, language, _ in
            var values = ["law": "patent", "basis": "actual-loss"]
            var courtCase: CourtCase?
            if let id = try request.query("case", expected: "a case id", Identifier.parse) {
                courtCase = try await services.docket.courtCase(id: id)
                values["case"] = courtCase?.number.canonical
            }
            return damagesPage(request, language, account, form: FormFields(values: values), assessment: nil, courtCase: courtCase, failures: [])
        }
    }

    @Sendable func assessDamages(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .assessDamages) { account, language, form in
            do {
                let courtCase = form["case"].isBlank ? nil : try await services.docket.courtCase(reference: form["case"].trimmingCharacters(in: .whitespaces))
                let assessment = try services.damages.assess(try DamagesClaim.read(form))
                return damagesPage(request, language, account, form: form, assessment: assessment, courtCase: courtCase, failures: [])
            } catch let failure as any DomainFailure {
                return damagesPage(request, language, account, form: form, assessment: nil, courtCase: nil, failures: [failure], status: .unprocessableContent)
            }
        }
    }

    @Sendable func recordDamages(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .assessDamages) { account, language, form in
            guard let caseId = try form.parsed("caseId", expected: "a case id", Identifier.parse) else { throw MalformedInput(field: "caseId", "the case to record the assessment on is required") }
            do {
                _ = try await services.damages.record(try DamagesClaim.read(form), caseId: caseId, actor: account.username, at: clock())
                return responder.seeOther("/\(language.rawValue)/staff/cases/\(caseId)#damages")
            } catch let failure as any DomainFailure where failure.failureKind != .notFound {
                return damagesPage(request, language, account, form: form, assessment: nil, courtCase: nil, failures: [failure], status: .unprocessableContent)
            }
        }
    }

    private func damagesPage(_ request: Request, _ language: PortalLanguage, _ account: Account, form: FormFields, assessment: DamagesAssessment?,
                             courtCase: CourtCase?, failures: [any DomainFailure], status: HTTPResponse.Status = .ok) -> Response {
        let model = DamagesPage.Model(form: form, assessment: assessment, courtCase: courtCase, courtFormula: courtFormula, failures: failures,
                                      mayRecord: PermissionRegistry.court.may(account.role, .assessDamages), wording: responder.wording(language))
        return responder.page(model, language, request, account: account, status: status)
    }

    // MARK: - Preservation

    @Sendable func preservationQueue(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            let pending = try await services.preservation.pendingRulings()
            let inForce = try await services.preservation.matters.matters(status: .inForce)
            return responder.page(PreservationQueuePage.Model(pending: pending, inForce: inForce, role: account.role, now: clock(),
                                                              wording: responder.wording(language)), language, request, account: account)
        }
    }

    @Sendable func filingForm(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .recordPreservation) { account, language, _ in
            var values = ["stage": "duringLitigation", "respondentKind": "organisation", "receivedAt": InstantInput.text(clock())]
            if let id = try request.query("case", expected: "a case id", Identifier.parse) {
                let courtCase = try await services.docket.courtCase(id: id)
                values["caseNumbers"] = courtCase.number.canonical
                values["applicant"] = courtCase.parties.first?.name
                values["respondent"] = courtCase.parties.dropFirst().first?.name
            }
            return filingPage(request, language, account, values: values, failures: [])
        }
    }

    @Sendable func file(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context, may: .recordPreservation) { account, language, form in
            do {
                let caseIds = try await caseIds(form["caseNumbers"])
                let matter = try await services.preservation.file(try PreservationForms.application(form, caseIds: caseIds), actor: account.username, at: clock())
                return responder.seeOther("/\(language.rawValue)/staff/preservation/\(matter.id)")
            } catch let failure as any DomainFailure {
                return filingPage(request, language, account, values: form.values, failures: [failure],
                                  status: failure.failureKind == .notFound ? .notFound : .unprocessableContent)
            }
        }
    }

    /// The cases a clerk names, by number in any spelling (a compound number names each of its
    /// cases) or by id, separated by spaces, commas or semicolons.
    private func caseIds(_ text: String) async throws -> [Int64] {
        var ids: [Int64] = []
        for token in text.split(whereSeparator: { " \n\t,，;；".contains($0) }).map(String.init) {
            if let id = Identifier.parse(token) { ids.append(id); continue }
            let number: CaseNumber
            do { number = try CaseNumber(parsing: token) } catch { throw InvalidValue(field: "caseNumbers", error.reason) }
            for sequence in number.sequences {
                let single = CaseNumber(year: number.year, courtCode: number.courtCode, typeCode: number.typeCode, sequences: [sequence])
                do {
                    ids.append(try await services.docket.courtCase(reference: single.canonical).id)
                } catch let failure as NotFound {
                    throw NotFound(field: "caseNumbers", failure.reason)
                }
            }
        }
        return ids
    }

    private func filingPage(_ request: Request, _ language: PortalLanguage, _ account: Account, values: [String: String],
                            failures: [any DomainFailure], status: HTTPResponse.Status = .ok) -> Response {
        let wording = responder.wording(language)
        let form = PreservationForms.filing(values: values, wording: wording, failures: failures)
        let model = StaffFormPage.Model(title: wording("filePreservation"), intro: wording("filePreservationIntro"), form: form,
                                        parent: Crumb(title: wording("preservation"), url: "/\(language.rawValue)/staff/preservation"), wording: wording)
        return responder.page(model, language, request, account: account, status: status)
    }

    @Sendable func matter(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            let asOf = try request.queryFields().nonEmpty.date("asOf") ?? CalendarDate(clock())
            return try await matterPage(request, context, language, account, asOf: asOf, refused: nil, status: .ok)
        }
    }

    @Sendable func moveMatter(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let name = context.parameters.get("move") ?? ""
        guard let permission = PreservationForms.permission(of: name) else { throw HTTPError(.notFound) }
        return try await responder.asStaff(request, context, may: permission) { account, language, form in
            let id = try Self.matterId(context)
            do {
                _ = try await services.preservation.apply(try PreservationForms.move(name, form), toMatter: id, actor: account.username, at: clock())
                return responder.seeOther("/\(language.rawValue)/staff/preservation/\(id)")
            } catch let failure as any DomainFailure where failure.failureKind != .notFound {
                let status = StaffResponder.status(of: failure)
                return try await matterPage(request, context, language, account, asOf: CalendarDate(clock()), refused: (name, form, [failure]), status: status)
            }
        }
    }

    private func matterPage(_ request: Request, _ context: TribunalRequestContext, _ language: PortalLanguage, _ account: Account, asOf: CalendarDate,
                            refused: (move: String, form: FormFields, failures: [any DomainFailure])?, status: HTTPResponse.Status) async throws -> Response {
        let matter = try await services.preservation.matter(id: try Self.matterId(context))
        var links: [(id: Int64, number: String)] = []
        for id in matter.caseIds { links.append((id, try await services.docket.courtCase(id: id).number.canonical)) }
        let model = PreservationMatterPage.Model(matter: matter, caseLinks: links, role: account.role, now: clock(), asOf: asOf,
                                                 wording: responder.wording(language), refused: refused)
        return responder.page(model, language, request, account: account, status: status)
    }

    static func matterId(_ context: TribunalRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap(Identifier.parse) else { throw NotFound(field: "id", "no such preservation matter") }
        return id
    }
}
