import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The docket API: cases, their moves, history and trial period. The rules are the docket
/// service's; this reads requests, checks permissions and answers.
struct CaseController {
    let docket: DocketService
    let clock: @Sendable () -> Date

    func addRoutes(to group: some RouterMethods<TribunalRequestContext>) {
        group.get("cases", use: list)
        group.post("cases", use: create)
        group.get("cases/{id}", use: show)
        group.get("cases/{id}/events", use: events)
        group.get("cases/{id}/trial-period", use: trialPeriod)
        group.put("cases/{id}/parties", use: changeParties)
        group.put("cases/{id}/panel", use: assignPanel)
        group.post("cases/{id}/schedule-hearing", use: scheduleHearing)
        group.post("cases/{id}/record-hearing", use: recordHearing)
        group.post("cases/{id}/decide", use: decide)
        group.post("cases/{id}/close", use: close)
        group.post("cases/{id}/exclusions", use: recordExclusion)
        group.post("cases/{id}/exclusions/{index}/end", use: endExclusion)
        group.post("cases/{id}/extensions", use: approveExtension)
        group.post("cases/{id}/extension-requests", use: requestExtension)
        group.post("cases/{id}/extension-requests/refuse", use: refuseExtension)
        group.get("trial-periods/watchlist", use: watchlist)
    }

    struct CaseList: ResponseEncodable {
        let cases: [CourtCase]
        let nextCursor: String?
    }

    struct EventList: ResponseEncodable {
        let events: [CaseEvent]
    }

    struct DateBody: Decodable { let on: CalendarDate }
    struct RefusalBody: Decodable { let on: CalendarDate; let by: String; let reason: String? }
    struct DecisionBody: Decodable { let disposition: Disposition; let on: CalendarDate }
    struct PartiesBody: Decodable { let parties: [Party] }

    @Sendable func list(_ request: Request, context: TribunalRequestContext) async throws -> CaseList {
        _ = try context.require(.readDocket)
        var query = CaseQuery()
        let fields = try request.queryFields()
        query.year = try fields.number("year", in: CalendarDate.docketRange.lowerBound.year...CalendarDate.docketRange.upperBound.year)
        query.type = try fields.parsed("type", expected: "a case-type code such as 知民终", TribunalCaseType.init(rawValue:))
        query.cause = try fields.oneOf("cause", CauseOfAction.self)
        query.status = try fields.oneOf("status", CaseStatus.self)
        query.judgeId = try fields.parsed("judge", expected: "a staff id", Identifier.parse)
        query.originCourtCode = try fields.parsed("court", expected: "a court code", { CourtDirectory.official.court(code: $0)?.code })
        query.limit = try fields.number("limit", in: 1...200) ?? 50
        if let cursor = fields.values["cursor"] {
            query.after = try CaseCursor(token: cursor)
        }
        let page = try await docket.list(query)
        return CaseList(cases: page.cases, nextCursor: page.next?.token)
    }

    @Sendable func create(_ request: Request, context: TribunalRequestContext) async throws -> EditedResponse<CourtCase> {
        let account = try context.require(.docketCases)
        let draft = try await request.decodeJSON(NewCase.self, context: context)
        let docketed = try await docket.docket(draft, actor: account.username, at: clock())
        return EditedResponse(status: .created, headers: [.location: "/api/v1/cases/\(docketed.id)"], response: docketed)
    }

    /// By id, or by case number in any accepted spelling (percent-encoded in the path).
    @Sendable func show(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        _ = try context.require(.readDocket)
        let raw = context.parameters.get("id") ?? ""
        return try await docket.courtCase(reference: raw.removingPercentEncoding ?? raw)
    }

    @Sendable func events(_ request: Request, context: TribunalRequestContext) async throws -> EventList {
        _ = try context.require(.readDocket)
        return EventList(events: try await docket.events(caseId: try context.parameters.id()))
    }

    @Sendable func trialPeriod(_ request: Request, context: TribunalRequestContext) async throws -> TrialPeriodReport {
        _ = try context.require(.readDocket)
        let asOf = try request.queryDate("asOf") ?? CalendarDate(clock())
        return try await docket.trialPeriod(caseId: try context.parameters.id(), asOf: asOf)
    }

    @Sendable func changeParties(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let body = try await request.decodeJSON(PartiesBody.self, context: context)
        return try await apply(.changeParties(body.parties), action: .docketCases, context: context)
    }

    @Sendable func assignPanel(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let panel = try await request.decodeJSON(Panel.self, context: context)
        return try await apply(.assignPanel(panel), action: .assignPanels, context: context)
    }

    @Sendable func scheduleHearing(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let body = try await request.decodeJSON(DateBody.self, context: context)
        return try await apply(.scheduleHearing(on: body.on), action: .manageHearings, context: context)
    }

    @Sendable func recordHearing(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let body = try await request.decodeJSON(DateBody.self, context: context)
        return try await apply(.recordHearing(on: body.on), action: .manageHearings, context: context)
    }

    @Sendable func decide(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let body = try await request.decodeJSON(DecisionBody.self, context: context)
        return try await apply(.decide(body.disposition, on: body.on), action: .decideCases, context: context)
    }

    @Sendable func close(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let body = try await request.decodeJSON(DateBody.self, context: context)
        return try await apply(.close(on: body.on), action: .closeCases, context: context)
    }

    @Sendable func recordExclusion(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let exclusion = try await request.decodeJSON(TrialPeriodExclusion.self, context: context)
        return try await apply(.recordExclusion(exclusion), action: .manageTrialPeriods, context: context)
    }

    @Sendable func endExclusion(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        guard let index = context.parameters.get("index").flatMap(Int.init) else {
            throw MalformedInput(field: "index", "not an index")
        }
        let body = try await request.decodeJSON(DateBody.self, context: context)
        return try await apply(.endExclusion(index: index, on: body.on), action: .manageTrialPeriods, context: context)
    }

    @Sendable func approveExtension(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let extension_ = try await request.decodeJSON(TrialPeriodExtension.self, context: context)
        return try await apply(.approveExtension(extension_), action: .manageTrialPeriods, context: context)
    }

    @Sendable func requestExtension(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let body = try await request.decodeJSON(TrialPeriodExtensionRequest.self, context: context)
        return try await apply(.requestExtension(body), action: .manageTrialPeriods, context: context)
    }

    @Sendable func refuseExtension(_ request: Request, context: TribunalRequestContext) async throws -> CourtCase {
        let body = try await request.decodeJSON(RefusalBody.self, context: context)
        return try await apply(.refuseExtension(on: body.on, by: body.by, reason: body.reason ?? ""), action: .manageTrialPeriods, context: context)
    }

    /// Undecided cases whose trial period ends within `within` days (default 30) or has ended,
    /// and every pending extension request, most urgent first.
    @Sendable func watchlist(_ request: Request, context: TribunalRequestContext) async throws -> TrialPeriodWatchlist {
        _ = try context.require(.readDocket)
        let fields = try request.queryFields()
        let within = try fields.number("within", in: 0...366) ?? 30
        let asOf = try fields.date("asOf") ?? CalendarDate(clock())
        return try await docket.watchlist(asOf: asOf, withinDays: within)
    }

    /// The one path every move takes: permission, then the docket's rules inside the store's transaction.
    private func apply(_ move: CaseMove, action: Permission, context: TribunalRequestContext) async throws -> CourtCase {
        let account = try context.require(action)
        return try await docket.apply(move, toCase: try context.parameters.id(), actor: account.username, at: clock())
    }
}
