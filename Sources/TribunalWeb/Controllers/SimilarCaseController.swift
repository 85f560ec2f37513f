import Foundation
import Hummingbird
import TribunalCore
import TribunalSearch

/// Similar-case retrieval for uniform adjudication: public results, and the retrieval report for
/// staff, who sign it.
struct SimilarCaseController<Store: CaseRepository & JudgmentRepository & SimilarCaseRepository> {
    let store: Store
    let clock: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<TribunalRequestContext>) {
        group.post("similar-cases", use: similar)
        group.post("similar-cases/report", use: report)
    }

    /// Pasted text, or the number of a published case (its public text is used), or both.
    struct Body: Decodable {
        let text: String?
        let caseNumber: String?
        let cause: CauseOfAction?
        let parties: [String]?
        let issues: String?
    }


    @Sendable func similar(_ request: Request, context: TribunalRequestContext) async throws -> SimilarCaseResult {
        let query = try await makeQuery(request, context: context)
        return try await SimilarCaseFinder(store: store).find(query, today: CalendarDate(clock()))
    }

    @Sendable func report(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let account = try context.require(.readDocket)
        let query = try await makeQuery(request, context: context)
        let now = clock()
        let result = try await SimilarCaseFinder(store: store).find(query, today: CalendarDate(now))
        let text = result.report(searchedBy: account.username, at: now, query: query)
        return Response(status: .ok, headers: [
            .contentType: "text/markdown; charset=utf-8",
            .contentDisposition: "attachment; filename=\"similar-cases-\(CalendarDate(now)).md\"",
        ], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func makeQuery(_ request: Request, context: TribunalRequestContext) async throws -> SimilarCaseQuery {
        let body = try await request.decodeJSON(Body.self, context: context)
        var text = body.text ?? ""
        var cause = body.cause
        var parties = body.parties ?? []
        var number: CaseNumber?
        if let raw = body.caseNumber, !raw.isBlank {
            do { number = try CaseNumber(parsing: raw) } catch { throw InvalidValue(field: "caseNumber", error.reason) }
            if let number, let published = try await store.publications(caseNumber: number).last {
                text += "\n" + ([published.zh.title, published.zh.text(of: .parties), published.zh.body] + [published.zh.text(of: .holding)]).joined(separator: "\n")
                cause = cause ?? published.cause
            }
            if let number, let courtCase = try await store.find(number: number) {
                cause = cause ?? courtCase.cause
                // Organisations only: natural persons are anonymised in published text and cannot match.
                parties += courtCase.parties.filter { $0.kind == .organisation }.map(\.name)
            }
        }
        guard !text.isBlank else {
            throw InvalidValue(field: "text", "give the text of the pending matter, or the number of a published case")
        }
        guard text.count <= 200_000 else { throw InvalidValue(field: "text", "at most 200,000 characters") }
        return SimilarCaseQuery(text: text, cause: cause, partyNames: parties, caseNumber: number, issues: body.issues)
    }
}
