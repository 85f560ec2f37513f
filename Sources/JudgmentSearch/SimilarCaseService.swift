import TribunalKernel
import Docket
import Judgments

/// Similar-case retrieval with what it draws on: the docket and the published judgments, from
/// which a query is filled in when a case number is given, and the similarity finder.
public struct SimilarCaseService: Sendable {
    public let cases: any CaseRepository
    public let publications: any JudgmentRepository
    public let finder: SimilarCaseFinder

    public init(cases: any CaseRepository, publications: any JudgmentRepository, similarCases: any SimilarCaseRepository) {
        self.cases = cases
        self.publications = publications
        self.finder = SimilarCaseFinder(store: similarCases)
    }

    /// The published cases most similar to the query, as of `today`.
    public func find(_ query: SimilarCaseQuery, today: CalendarDate) async throws -> SimilarCaseResult {
        try await finder.find(query, today: today)
    }
}
