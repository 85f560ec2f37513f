import Foundation
import TribunalKernel

/// An assessment recorded on a case: what the judge put to the calculator and its answer, kept as
/// it was computed (a later change of the law leaves it as it stood).
public struct RecordedAssessment: Codable, Hashable, Sendable, Identifiable {
    public let id: Int64
    public let caseId: Int64
    public let recordedBy: String
    public let recordedAt: Date
    public let assessment: DamagesAssessment

    public init(id: Int64, caseId: Int64, recordedBy: String, recordedAt: Date, assessment: DamagesAssessment) {
        self.id = id
        self.caseId = caseId
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.assessment = assessment
    }
}

/// Where assessments recorded on cases are kept; SQLiteStore and PostgresStore implement it.
public protocol DamagesRepository: Sendable {
    /// Stores the assessment on the case and returns it with its id.
    func record(_ assessment: DamagesAssessment, caseId: Int64, actor: String, at instant: Date) async throws -> RecordedAssessment

    /// The assessments recorded on a case, oldest first.
    func assessments(caseId: Int64) async throws -> [RecordedAssessment]
}
