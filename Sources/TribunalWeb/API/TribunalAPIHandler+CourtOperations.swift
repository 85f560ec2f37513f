import Foundation
import OpenAPIRuntime
import TribunalAPI
import TribunalKernel
import Accounts
import CourtOperations

/// Court operations: damages assessments and action preservation.
extension TribunalAPIHandler {
    private struct AssessmentList: Encodable { let assessments: [RecordedAssessment] }
    private struct MatterList: Encodable { let matters: [PreservationMatter] }
    private struct RulingBody: Decodable { let outcome: PreservationRuling.Outcome; let ordered: String; let dailyFine: DailyFine? }
    private struct ReconsiderationBody: Decodable { let applicant: String; let appliedOn: CalendarDate; let rulingReceivedOn: CalendarDate?; let grounds: String }
    private struct DecisionBody: Decodable { let outcome: Reconsideration.Outcome; let decidedOn: CalendarDate; let variedOrder: String? }
    private struct ReportBody: Decodable { let kind: ComplianceReport.Kind; let on: CalendarDate; let details: String; let reportedBy: String }
    private struct LiftBody: Decodable { let liftedOn: CalendarDate; let reason: String }

    var damages: DamagesService { services.damages }
    var preservation: PreservationService { services.preservation }

    func assessDamages(_ input: Operations.AssessDamages.Input) async throws -> Operations.AssessDamages.Output {
        _ = try APIRequestScope.require(.assessDamages)
        let json = switch input.body { case let .json(body): body }
        let claim: DamagesClaim = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try SpecBridge.spec(try damages.assess(claim)))))
    }

    func caseDamages(_ input: Operations.CaseDamages.Input) async throws -> Operations.CaseDamages.Output {
        _ = try APIRequestScope.require(.readDocket)
        let assessments = try await damages.assessments(caseId: try APIInput.id(input.path.id))
        return .ok(.init(body: .json(try SpecBridge.spec(AssessmentList(assessments: assessments)))))
    }

    func recordDamages(_ input: Operations.RecordDamages.Input) async throws -> Operations.RecordDamages.Output {
        let account = try APIRequestScope.require(.assessDamages)
        let json = switch input.body { case let .json(body): body }
        let claim: DamagesClaim = try SpecBridge.domain(json)
        let caseId = try APIInput.id(input.path.id)
        let recorded = try await damages.record(claim, caseId: caseId, actor: account.username, at: clock())
        return .created(.init(headers: .init(location: "/api/v1/cases/\(caseId)/damages"), body: .json(try SpecBridge.spec(recorded))))
    }

    func listPreservation(_ input: Operations.ListPreservation.Input) async throws -> Operations.ListPreservation.Output {
        _ = try APIRequestScope.require(.readDocket)
        let status = try APIInput.fields(["status": input.query.status.rawValue]).oneOf("status", PreservationMatter.Status.self) ?? .pending
        let matters = status == .pending ? try await preservation.pendingRulings() : try await preservation.matters.matters(status: status)
        return .ok(.init(body: .json(try SpecBridge.spec(MatterList(matters: matters)))))
    }

    func filePreservation(_ input: Operations.FilePreservation.Input) async throws -> Operations.FilePreservation.Output {
        let account = try APIRequestScope.require(.recordPreservation)
        let json = switch input.body { case let .json(body): body }
        let draft: NewPreservationMatter = try SpecBridge.domain(json)
        let matter = try await preservation.file(draft, actor: account.username, at: clock())
        return .created(.init(headers: .init(location: "/api/v1/preservation/\(matter.id)"), body: .json(try SpecBridge.spec(matter))))
    }

    func getPreservation(_ input: Operations.GetPreservation.Input) async throws -> Operations.GetPreservation.Output {
        _ = try APIRequestScope.require(.readDocket)
        return .ok(.init(body: .json(try SpecBridge.spec(try await preservation.matter(id: try APIInput.id(input.path.id))))))
    }

    func casePreservation(_ input: Operations.CasePreservation.Input) async throws -> Operations.CasePreservation.Output {
        _ = try APIRequestScope.require(.readDocket)
        let caseId = try APIInput.id(input.path.id)
        _ = try await docket.courtCase(id: caseId)
        let matters = try await preservation.matters.matters(caseId: caseId)
        return .ok(.init(body: .json(try SpecBridge.spec(MatterList(matters: matters)))))
    }

    func rulePreservation(_ input: Operations.RulePreservation.Input) async throws -> Operations.RulePreservation.Output {
        let json = switch input.body { case let .json(body): body }
        let body: RulingBody = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.rule(body.outcome, ordered: body.ordered, dailyFine: body.dailyFine), .rulePreservation, input.path.id))))
    }

    func applyForReconsideration(_ input: Operations.ApplyForReconsideration.Input) async throws -> Operations.ApplyForReconsideration.Output {
        let json = switch input.body { case let .json(body): body }
        let body: ReconsiderationBody = try SpecBridge.domain(json)
        let request = Reconsideration(applicant: body.applicant, appliedOn: body.appliedOn, rulingReceivedOn: body.rulingReceivedOn, grounds: body.grounds)
        return .ok(.init(body: .json(try await apply(.applyForReconsideration(request), .recordPreservation, input.path.id))))
    }

    func decideReconsideration(_ input: Operations.DecideReconsideration.Input) async throws -> Operations.DecideReconsideration.Output {
        let json = switch input.body { case let .json(body): body }
        let body: DecisionBody = try SpecBridge.domain(json)
        let move = PreservationMove.decideReconsideration(body.outcome, on: body.decidedOn, variedOrder: body.variedOrder)
        return .ok(.init(body: .json(try await apply(move, .rulePreservation, input.path.id))))
    }

    func reportCompliance(_ input: Operations.ReportCompliance.Input) async throws -> Operations.ReportCompliance.Output {
        let json = switch input.body { case let .json(body): body }
        let body: ReportBody = try SpecBridge.domain(json)
        let move = PreservationMove.report(body.kind, on: body.on, details: body.details, reportedBy: body.reportedBy)
        return .ok(.init(body: .json(try await apply(move, .recordPreservation, input.path.id))))
    }

    func liftPreservation(_ input: Operations.LiftPreservation.Input) async throws -> Operations.LiftPreservation.Output {
        let json = switch input.body { case let .json(body): body }
        let body: LiftBody = try SpecBridge.domain(json)
        return .ok(.init(body: .json(try await apply(.lift(on: body.liftedOn, reason: body.reason), .rulePreservation, input.path.id))))
    }

    func fineStatement(_ input: Operations.FineStatement.Input) async throws -> Operations.FineStatement.Output {
        _ = try APIRequestScope.require(.readDocket)
        let asOf = try APIInput.fields(["asOf": input.query.asOf]).date("asOf") ?? CalendarDate(clock())
        let statement = try await preservation.fineStatement(matterId: try APIInput.id(input.path.id), asOf: asOf)
        return .ok(.init(body: .json(try SpecBridge.spec(statement))))
    }

    /// The one path every preservation move takes: permission, then the matter's rules inside
    /// the store's transaction; the matter after the move, in the document's type.
    private func apply<T: Decodable>(_ move: PreservationMove, _ permission: Permission, _ id: Int) async throws -> T {
        let account = try APIRequestScope.require(permission)
        let matter = try await preservation.apply(move, toMatter: try APIInput.id(id), actor: account.username, at: clock())
        return try SpecBridge.spec(matter)
    }
}

/// Court operations: hearings and courtrooms, judicial statistics.
extension TribunalAPIHandler {
    private struct CourtroomList: Encodable { let courtrooms: [Courtroom] }
    private struct HearingList: Encodable { let hearings: [Hearing] }
    private struct NewCourtroom: Decodable { let nameZh: String; let nameEn: String; let location: String? }

    func listCourtrooms(_ input: Operations.ListCourtrooms.Input) async throws -> Operations.ListCourtrooms.Output {
        _ = try APIRequestScope.require(.readDocket)
        return .ok(.init(body: .json(try SpecBridge.spec(CourtroomList(courtrooms: try await services.hearings.hearings.courtrooms())))))
    }

    func addCourtroom(_ input: Operations.AddCourtroom.Input) async throws -> Operations.AddCourtroom.Output {
        _ = try APIRequestScope.require(.administer)
        let json = switch input.body { case let .json(body): body }
        let body: NewCourtroom = try SpecBridge.domain(json)
        let added = try await services.hearings.addCourtroom(Courtroom(id: 0, nameZh: body.nameZh, nameEn: body.nameEn, location: body.location))
        return .created(.init(body: .json(try SpecBridge.spec(added))))
    }

    func caseHearings(_ input: Operations.CaseHearings.Input) async throws -> Operations.CaseHearings.Output {
        _ = try APIRequestScope.require(.readDocket)
        let caseId = try APIInput.id(input.path.id)
        _ = try await docket.courtCase(id: caseId)
        return .ok(.init(body: .json(try SpecBridge.spec(HearingList(hearings: try await services.hearings.hearings.hearings(caseId: caseId))))))
    }

    func bookHearing(_ input: Operations.BookHearing.Input) async throws -> Operations.BookHearing.Output {
        let account = try APIRequestScope.require(.manageHearings)
        let json = switch input.body { case let .json(body): body }
        let request: HearingService.Request = try SpecBridge.domain(json)
        let booked = try await services.hearings.schedule(request, caseId: try APIInput.id(input.path.id), actor: account.username, at: clock())
        return .created(.init(body: .json(try SpecBridge.spec(booked))))
    }

    private struct HearingOutcomeBody: Decodable { let outcome: Hearing.Status }

    func recordHearingOutcome(_ input: Operations.RecordHearingOutcome.Input) async throws -> Operations.RecordHearingOutcome.Output {
        let account = try APIRequestScope.require(.manageHearings)
        let json = switch input.body { case let .json(body): body }
        let body: HearingOutcomeBody = try SpecBridge.domain(json)
        let hearing = try await services.hearings.record(body.outcome, ofHearing: try APIInput.id(input.path.id), actor: account.username, at: clock())
        return .ok(.init(body: .json(try SpecBridge.spec(hearing))))
    }

    func hearingCalendar(_ input: Operations.HearingCalendar.Input) async throws -> Operations.HearingCalendar.Output {
        _ = try APIRequestScope.require(.readDocket)
        let q = input.query
        let fields = APIInput.fields(["from": q.from, "through": q.through, "judge": q.judge, "courtroom": q.courtroom])
        guard let from = try fields.date("from"), let through = try fields.date("through") else { throw MalformedInput(field: "from", "from and through are required") }
        let hearings = try await services.hearings.calendar(from: from, through: through,
                                                            judgeId: try fields.parsed("judge", expected: "a staff id", Identifier.parse),
                                                            courtroomId: try fields.parsed("courtroom", expected: "a courtroom id", Identifier.parse))
        return .ok(.init(body: .json(try SpecBridge.spec(HearingList(hearings: hearings)))))
    }

    func judicialStatistics(_ input: Operations.JudicialStatistics.Input) async throws -> Operations.JudicialStatistics.Output {
        _ = try APIRequestScope.require(.readStatistics)
        let year = try APIInput.fields(["year": input.query.year]).number("year", in: 2019...9998) ?? 2019
        return .ok(.init(body: .json(try SpecBridge.spec(try await services.statistics.comparison(for: try .year(year))))))
    }
}
