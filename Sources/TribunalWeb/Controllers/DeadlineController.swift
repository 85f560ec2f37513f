import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The deadline calculator: public, because lawyers and parties need it as much as the court, and
/// it writes nothing.
struct DeadlineController {
    let calendar: HolidayCalendar

    func addRoutes(to group: some RouterMethods<TribunalRequestContext>) {
        group.post("deadlines/appeal", use: appeal)
    }

    struct AppealRequest: Decodable {
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

    struct PartyDeadline: Encodable {
        let party: String?
        let deadline: DeadlineResult
    }

    struct AppealResponse: ResponseEncodable {
        let deadlines: [PartyDeadline]
        /// The last day on which any party may still appeal: the judgment takes effect after it.
        let lastDayForAnyParty: CalendarDate
    }

    /// CPL Interpretation Art. 244: each party's period runs from its own service.
    @Sendable func appeal(_ request: Request, context: TribunalRequestContext) async throws -> AppealResponse {
        let body = try await request.decodeJSON(AppealRequest.self, context: context)
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
        return AppealResponse(deadlines: deadlines, lastDayForAnyParty: deadlines.map(\.deadline.lastDay).max()!)
    }
}
