import Foundation
import OpenAPIRuntime
import TribunalAPI
import TribunalKernel
import Accounts
import Docket

/// The docket: cases, their moves, history and trial period.
extension TribunalAPIHandler {
    private struct CaseList: Encodable { let cases: [CourtCase]; let nextCursor: String? }
    private struct EventList: Encodable { let events: [CaseEvent] }
    private struct DateBody: Decodable { let on: CalendarDate }
    private struct RefusalBody: Decodable { let on: CalendarDate; let by: String; let reason: String? }
    private struct DecisionBody: Decodable { let disposition: Disposition; let on: CalendarDate }
    private struct PartiesBody: Decodable { let parties: [Party] }

    func listCases(_ input: Operations.ListCases.Input) async throws -> Operations.ListCases.Output {
        _ = try APIRequestScope.require(.readDocket)
        let q = input.query
        let fields = APIInput.fields(["year": q.year, "type": q._type?.rawValue, "cause": q.cause?.rawValue, "status": q.status?.rawValue,
                                      "judge": q.judge, "court": q.court, "limit": q.limit, "cursor": q.cursor])
        var query = CaseQuery()
        query.year = try fields.number("year", in: CalendarDate.docketRange.lowerBound.year...CalendarDate.docketRange.upperBound.year)
        query.type = try fields.parsed("type", expected: "a case-type code such as 知民终", TribunalCaseType.init(rawValue:))
        query.cause = try fields.oneOf("cause", CauseOfAction.self)
        query.status = try fields.oneOf("status", CaseStatus.self)
        query.judgeId = try fields.parsed("judge", expected: "a staff id", Identifier.parse)
        query.originCourtCode = try fields.parsed("court", expected: "a court code", { CourtDirectory.official.court(code: $0)?.code })
        query.limit = try fields.number("limit", in: 1...200) ?? 50
        if let cursor = q.cursor { query.after = try CaseCursor(token: cursor) }
        let page = try await docket.list(query)
        return .ok(.init(body: .json(try SpecBridge.spec(CaseList(cases: page.cases, nextCursor: page.next?.token)))))
    }

    func docketCase(_ input: Operations.DocketCase.Input) async throws -> Operations.DocketCase.Output {
        let account = try APIRequestScope.require(.docketCases)
        let json = switch input.body { case let .json(body): body }
        let draft: NewCase = try SpecBridge.domain(json)
        let docketed = try await docket.docket(draft, actor: account.username, at: clock())
        return .created(.init(headers: .init(location: "/api/v1/cases/\(docketed.id)"), body: .json(try SpecBridge.spec(docketed))))
    }

    /// By id, or by case number in any accepted spelling.
    func getCase(_ input: Operations.GetCase.Input) async throws -> Operations.GetCase.Output {
        _ = try APIRequestScope.require(.readDocket)
        return .ok(.init(body: .json(try SpecBridge.spec(try await docket.courtCase(reference: input.path.id)))))
    }

    func caseEvents(_ input: Operations.CaseEvents.Input) async throws -> Operations.CaseEvents.Output {
        _ = try APIRequestScope.require(.readDocket)
        let events = try await docket.events(caseId: try APIInput.id(input.path.id))
        return .ok(.init(body: .json(try SpecBridge.spec(EventList(events: events)))))
    }

    func trialPeriod(_ input: Operations.TrialPeriod.Input) async throws -> Operations.TrialPeriod.Output {
        _ = try APIRequestScope.require(.readDocket)
        let asOf = try APIInput.fields(["asOf": input.query.asOf]).date("asOf") ?? CalendarDate(clock())
        let report = try await docket.trialPeriod(caseId: try APIInput.id(input.path.id), asOf: asOf)
        return .ok(.init(body: .json(try SpecBridge.spec(report))))
    }

    func changeParties(_ input: Operations.ChangeParties.Input) async throws -> Operations.ChangeParties.Output {
        let json = switch input.body { case let .json(body): body }
        let body: PartiesBody = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.changeParties(body.parties), .docketCases, input.path.id))))
    }

    func assignPanel(_ input: Operations.AssignPanel.Input) async throws -> Operations.AssignPanel.Output {
        let json = switch input.body { case let .json(body): body }
        let panel: Panel = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.assignPanel(panel), .assignPanels, input.path.id))))
    }

    func scheduleHearing(_ input: Operations.ScheduleHearing.Input) async throws -> Operations.ScheduleHearing.Output {
        let json = switch input.body { case let .json(body): body }
        let body: DateBody = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.scheduleHearing(on: body.on), .manageHearings, input.path.id))))
    }

    func recordHearing(_ input: Operations.RecordHearing.Input) async throws -> Operations.RecordHearing.Output {
        let json = switch input.body { case let .json(body): body }
        let body: DateBody = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.recordHearing(on: body.on), .manageHearings, input.path.id))))
    }

    func decideCase(_ input: Operations.DecideCase.Input) async throws -> Operations.DecideCase.Output {
        let json = switch input.body { case let .json(body): body }
        let body: DecisionBody = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.decide(body.disposition, on: body.on), .decideCases, input.path.id))))
    }

    func closeCase(_ input: Operations.CloseCase.Input) async throws -> Operations.CloseCase.Output {
        let json = switch input.body { case let .json(body): body }
        let body: DateBody = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.close(on: body.on), .closeCases, input.path.id))))
    }

    func recordExclusion(_ input: Operations.RecordExclusion.Input) async throws -> Operations.RecordExclusion.Output {
        let json = switch input.body { case let .json(body): body }
        let exclusion: TrialPeriodExclusion = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.recordExclusion(exclusion), .manageTrialPeriods, input.path.id))))
    }

    func endExclusion(_ input: Operations.EndExclusion.Input) async throws -> Operations.EndExclusion.Output {
        let json = switch input.body { case let .json(body): body }
        let body: DateBody = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.endExclusion(index: input.path.index, on: body.on), .manageTrialPeriods, input.path.id))))
    }

    func approveExtension(_ input: Operations.ApproveExtension.Input) async throws -> Operations.ApproveExtension.Output {
        let json = switch input.body { case let .json(body): body }
        let extension_: TrialPeriodExtension = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.approveExtension(extension_), .decideExtensions, input.path.id))))
    }

    func requestExtension(_ input: Operations.RequestExtension.Input) async throws -> Operations.RequestExtension.Output {
        let json = switch input.body { case let .json(body): body }
        let request: TrialPeriodExtensionRequest = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.requestExtension(request), .requestExtensions, input.path.id))))
    }

    func refuseExtension(_ input: Operations.RefuseExtension.Input) async throws -> Operations.RefuseExtension.Output {
        let json = switch input.body { case let .json(body): body }
        let body: RefusalBody = try SpecBridge.domain(json)
        let move = CaseMove.refuseExtension(on: body.on, by: body.by, reason: body.reason ?? "")
        return .ok(.init(body: .json(try await apply(move, .decideExtensions, input.path.id))))
    }

    /// Undecided cases whose trial period ends within `within` days (default 30) or has ended,
    /// and every pending extension request, most urgent first.
    func trialPeriodWatchlist(_ input: Operations.TrialPeriodWatchlist.Input) async throws -> Operations.TrialPeriodWatchlist.Output {
        _ = try APIRequestScope.require(.readDocket)
        let fields = APIInput.fields(["within": input.query.within, "asOf": input.query.asOf])
        let within = try fields.number("within", in: 0...366) ?? 30
        let asOf = try fields.date("asOf") ?? CalendarDate(clock())
        return .ok(.init(body: .json(try SpecBridge.spec(try await docket.watchlist(asOf: asOf, withinDays: within)))))
    }

    /// The one path every move takes: permission, then the docket's rules inside the store's
    /// transaction; the case after the move, in the document's type.
    private func apply<T: Decodable>(_ move: CaseMove, _ action: Permission, _ caseId: Int) async throws -> T {
        let account = try APIRequestScope.require(action)
        let id = try APIInput.id(caseId)
        let moved = try await services.hearings.apply(move, toCase: id, actor: account.username, at: clock())
        return try SpecBridge.spec(moved)
    }
}
