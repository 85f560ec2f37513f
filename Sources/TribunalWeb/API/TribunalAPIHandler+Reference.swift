import Foundation
import OpenAPIRuntime
import TribunalAPI
import TribunalKernel
import Docket

/// Public reference data (courts, causes, the OpenAPI document itself) and the deadline
/// calculator: public, because lawyers and parties need it as much as the court, and it writes
/// nothing.
extension TribunalAPIHandler {
    private struct Label: Encodable { let key: String; let zh: String; let en: String }

    func health(_ input: Operations.Health.Input) async throws -> Operations.Health.Output {
        .ok(.init(body: .json(.init(status: .ok))))
    }

    func openAPI(_ input: Operations.OpenAPI.Input) async throws -> Operations.OpenAPI.Output {
        .ok(.init(body: .yaml(HTTPBody(openAPIDocument))))
    }

    func listCourts(_ input: Operations.ListCourts.Input) async throws -> Operations.ListCourts.Output {
        .ok(.init(body: .json(.init(courts: try SpecBridge.spec(CourtDirectory.official.courts)))))
    }

    func listCauses(_ input: Operations.ListCauses.Input) async throws -> Operations.ListCauses.Output {
        let labels = CauseOfAction.allCases.map { Label(key: $0.rawValue, zh: $0.zh, en: $0.en) }
        return .ok(.init(body: .json(.init(causes: try SpecBridge.spec(labels)))))
    }

    private struct AppealRequest: Decodable {
        /// judgment or ruling
        let decision: OriginDecision.Kind
        /// civil (the default) or administrative: which law's article the period cites.
        let procedure: Procedure?
        let services: [Service]

        struct Service: Decodable {
            let party: String?
            let servedOn: CalendarDate
            let domiciledInChina: Bool?
            /// Days the court granted on the party's application (CPL Art. 286; a party without
            /// domicile in China only).
            let extensionGrantedDays: Int?
        }
    }

    private struct PartyDeadline: Encodable {
        let party: String?
        let deadline: DeadlineResult
    }

    private struct AppealDeadlines: Encodable {
        let deadlines: [PartyDeadline]
        /// The last day on which any party may still appeal: the judgment takes effect after it.
        let lastDayForAnyParty: CalendarDate
    }

    /// CPL Interpretation Art. 244: each party's period runs from its own service.
    func appealDeadlines(_ input: Operations.AppealDeadlines.Input) async throws -> Operations.AppealDeadlines.Output {
        let json = switch input.body { case let .json(body): body }
        let body: AppealRequest = try SpecBridge.domain(json)
        guard !body.services.isEmpty else { throw InvalidValue(field: "services", "name at least one service") }
        guard body.services.count <= 100 else { throw InvalidValue(field: "services", "at most 100 services at once") }
        let kind = DeadlineKind.appeal(against: body.decision)
        var deadlines: [PartyDeadline] = []
        for (index, service) in body.services.enumerated() {
            do {
                let result = try kind.lastDay(servedOn: service.servedOn, domiciledInChina: service.domiciledInChina ?? true,
                                              procedure: body.procedure ?? .civil, extensionGrantedDays: service.extensionGrantedDays,
                                              calendar: calendar)
                deadlines.append(PartyDeadline(party: service.party, deadline: result))
            } catch {
                throw InvalidValue(field: "services[\(index)].\(error.field ?? "servedOn")", error.reason)
            }
        }
        let answer = AppealDeadlines(deadlines: deadlines, lastDayForAnyParty: deadlines.map(\.deadline.lastDay).max()!)
        return .ok(.init(body: .json(try SpecBridge.spec(answer))))
    }
}
