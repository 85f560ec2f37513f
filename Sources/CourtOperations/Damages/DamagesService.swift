import Foundation
import TribunalKernel
import Docket

/// Damages for callers: assess a claim with the court's reading of punitive multiples, record an
/// assessment on a case that exists.
public struct DamagesService: Sendable {
    public let calculator: DamagesCalculator
    public let assessments: any DamagesRepository
    public let cases: any CaseRepository

    public init(calculator: DamagesCalculator, assessments: any DamagesRepository, cases: any CaseRepository) {
        self.calculator = calculator
        self.assessments = assessments
        self.cases = cases
    }

    /// The assessment of `claim`, or the rule it breaks.
    public func assess(_ claim: DamagesClaim) throws(InvalidValue) -> DamagesAssessment {
        try calculator.assess(claim)
    }

    /// Assesses `claim` and records it on the case; a refused claim or an unknown case writes nothing.
    public func record(_ claim: DamagesClaim, caseId: Int64, actor: String, at instant: Date) async throws -> RecordedAssessment {
        let assessment = try calculator.assess(claim)
        guard try await cases.find(id: caseId) != nil else { throw NotFound(field: "caseId", "no case has id \(caseId)") }
        return try await assessments.record(assessment, caseId: caseId, actor: actor, at: instant)
    }

    /// The assessments recorded on a case, oldest first; `NotFound` for an unknown case.
    public func assessments(caseId: Int64) async throws -> [RecordedAssessment] {
        guard try await cases.find(id: caseId) != nil else { throw NotFound(field: "caseId", "no case has id \(caseId)") }
        return try await assessments.assessments(caseId: caseId)
    }
}
