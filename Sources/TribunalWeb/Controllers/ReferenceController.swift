import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Public reference data: courts, vocabularies, and the OpenAPI document itself.
struct ReferenceController {
    let openAPIDocument: String

    func addRoutes(to group: some RouterMethods<TribunalRequestContext>) {
        group.get("openapi.yaml", use: openAPI)
        group.get("courts", use: courts)
        group.get("causes", use: causes)
        group.get("health", use: health)
    }

    struct CourtList: ResponseEncodable { let courts: [Court] }
    struct Label: Encodable { let key: String; let zh: String; let en: String }
    struct CauseList: ResponseEncodable { let causes: [Label] }
    struct Health: ResponseEncodable { let status: String }

    @Sendable func openAPI(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: openAPIDocument)))
    }

    @Sendable func courts(_ request: Request, context: TribunalRequestContext) async throws -> CourtList {
        CourtList(courts: CourtDirectory.official.courts)
    }

    @Sendable func causes(_ request: Request, context: TribunalRequestContext) async throws -> CauseList {
        CauseList(causes: CauseOfAction.allCases.map { Label(key: $0.rawValue, zh: $0.zh, en: $0.en) })
    }

    @Sendable func health(_ request: Request, context: TribunalRequestContext) async throws -> Health {
        Health(status: "ok")
    }
}
