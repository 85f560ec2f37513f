import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Similar-case retrieval for uniform adjudication: public results, and the retrieval report for
/// staff, who sign it.
struct SimilarCaseController {
    let similarCases: SimilarCaseService
    let clock: @Sendable () -> Date

    func addRoutes(to group: some RouterMethods<TribunalRequestContext>) {
        group.post("similar-cases", use: similar)
        group.post("similar-cases/report", use: report)
    }

    @Sendable func similar(_ request: Request, context: TribunalRequestContext) async throws -> SimilarCaseResult {
        let query = try await makeQuery(request, context: context)
        return try await similarCases.find(query, today: CalendarDate(clock()))
    }

    @Sendable func report(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let account = try context.require(.readDocket)
        let query = try await makeQuery(request, context: context)
        let now = clock()
        let result = try await similarCases.find(query, today: CalendarDate(now))
        let text = result.report(searchedBy: account.username, at: now, query: query)
        return Response(status: .ok, headers: [
            .contentType: "text/markdown; charset=utf-8",
            .contentDisposition: "attachment; filename=\"similar-cases-\(CalendarDate(now)).md\"",
        ], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func makeQuery(_ request: Request, context: TribunalRequestContext) async throws -> SimilarCaseQuery {
        try await request.decodeJSON(SimilarCaseRequest.self, context: context).query(using: similarCases)
    }
}
