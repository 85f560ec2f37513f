import Foundation
import OpenAPIRuntime
import TribunalAPI
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import JudgmentSearch

/// The JSON API, as the interface generated from `openapi.yaml` declares it: one method per
/// operation, each context's in its own file. The rules are the services'; an operation checks
/// the permission, reads its input, calls a service and answers in the document's types.
struct TribunalAPIHandler: APIProtocol {
    let services: TribunalServices
    let accounts: AccountService
    let similarCases: SimilarCaseService
    let openAPIDocument: String
    let calendar: HolidayCalendar
    let clock: @Sendable () -> Date

    var docket: DocketService { services.docket }
    var judgments: JudgmentService { services.judgments }
}

/// Query parameters and path identifiers the generated code decoded, checked by the rules every
/// address of the court follows (bounded numbers, known codes), with the same messages.
enum APIInput {
    /// The query parameters that were given, as a form's fields, to be read by `FormFields`' rules.
    static func fields(_ values: [String: (any CustomStringConvertible)?]) -> FormFields {
        FormFields(values: values.compactMapValues { $0.map(\.description) })
    }

    /// A path identifier: positive, and no larger than JSON carries exactly.
    static func id(_ value: Int, _ name: String = "id") throws -> Int64 {
        guard let id = Identifier.parse(String(value)) else { throw MalformedInput(field: name, "'\(value)' is not an identifier") }
        return id
    }
}
