import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// What a judge asks similar cases for, from the API's JSON or the staff portal's form: pasted
/// text, or the number of a published case (its public text is used), or both.
struct SimilarCaseRequest: Decodable {
    var text: String?
    var caseNumber: String?
    var cause: CauseOfAction?
    var parties: [String]?
    var issues: String?

    /// The query, with the case's published text, cause and organisation parties added.
    func query(using service: SimilarCaseService) async throws -> SimilarCaseQuery {
        var text = self.text ?? ""
        var cause = self.cause
        var parties = self.parties ?? []
        var number: CaseNumber?
        var originCourt: String?
        var parts: [String] = []
        if let raw = caseNumber, !raw.isBlank {
            do { number = try CaseNumber(parsing: raw) } catch { throw InvalidValue(field: "caseNumber", error.reason) }
            if let number, let published = try await service.publications.publications(caseNumber: number).last {
                text += "\n" + published.zh.substance
                // The facts and the reasoning are compared apart, with the judge's own text if any.
                parts = (self.text.map { $0.isBlank ? [] : [$0] } ?? []) + published.zh.substanceParts
                cause = cause ?? published.cause
                originCourt = published.originCourtCode
            }
            if let number, let courtCase = try await service.cases.find(number: number) {
                cause = cause ?? courtCase.cause
                originCourt = courtCase.origin?.courtCode
                // Organisations only: natural persons are anonymised in published text and cannot match.
                parties += courtCase.parties.filter { $0.kind == .organisation }.map(\.name)
            }
        }
        guard !text.isBlank else {
            throw InvalidValue(field: "text", "give the text of the pending matter, or the number of a published case")
        }
        guard text.count <= 200_000 else { throw InvalidValue(field: "text", "at most 200,000 characters") }
        var query = SimilarCaseQuery(text: text, cause: cause, partyNames: parties, caseNumber: number, originCourtCode: originCourt, issues: issues)
        query.parts = parts
        return query
    }
}
