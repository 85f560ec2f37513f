import TribunalKernel
import Accounts

/// The first-instance decision under appeal: the court below, its case number and its date.
public struct OriginDecision: Codable, Hashable, Sendable {
    /// Judgment (判决) or ruling (裁定): it sets the appeal period and the trial-period limit.
    public enum Kind: String, Codable, Sendable {
        case judgment
        case ruling
    }

    public var courtCode: String
    public var caseNumber: CaseNumber
    public var decidedOn: CalendarDate
    public var kind: Kind

    public init(courtCode: String, caseNumber: CaseNumber, decidedOn: CalendarDate, kind: Kind = .judgment) {
        self.courtCode = courtCode
        self.caseNumber = caseNumber
        self.decidedOn = decidedOn
        self.kind = kind
    }

    private enum CodingKeys: String, CodingKey { case courtCode, caseNumber, decidedOn, kind }

    /// `kind` may be left out: most decisions under appeal are judgments.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        courtCode = try container.decode(String.self, forKey: .courtCode)
        caseNumber = try container.decode(CaseNumber.self, forKey: .caseNumber)
        decidedOn = try container.decode(CalendarDate.self, forKey: .decidedOn)
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .judgment
    }

    /// The decision of an appeal is a first-instance decision of a court whose appeals the
    /// Tribunal hears (one of the directory's, or a high court, which tries some technical IP
    /// cases at first instance); the decision under retrial review or retrial may also be a final
    /// one, the Tribunal's own included. The number must be that court's.
    func validate(courts: CourtDirectory, for type: TribunalCaseType) throws(InvalidValue) {
        guard caseNumber.courtCode == courtCode else {
            throw InvalidValue(field: "origin.caseNumber", "\(caseNumber.canonical) is not a number of the court \(courtCode)")
        }
        let court = courts.court(code: courtCode)
        switch caseNumber.courtLevel {
        case .supreme:
            guard type.reviewsFinalDecision else {
                throw InvalidValue(field: "origin.courtCode", "a decision of the Supreme People's Court is not appealed; it may be reviewed on a retrial application")
            }
        case .high:
            break
        case .intermediate:
            guard court != nil else {
                throw InvalidValue(field: "origin.courtCode", "'\(courtCode)' is not a court whose appeals the Tribunal hears")
            }
            // A final decision of an intermediate court is reviewed by its high court (CPL Art.
            // 210: the court one level up); the Tribunal reviews such a court's first-instance ones.
            if type.reviewsFinalDecision, !caseNumber.typeCode.hasSuffix("初") {
                throw InvalidValue(field: "origin.caseNumber", "\(caseNumber.canonical) is an intermediate court's final decision; a retrial of it is applied for at its high court (CPL Art. 210)")
            }
        case .basic:
            throw InvalidValue(field: "origin.courtCode", "'\(courtCode)' is a basic court, whose appeals go to its intermediate court, not to the Tribunal")
        }
        guard caseNumber.year <= decidedOn.year else {
            throw InvalidValue(field: "origin.decidedOn", "the decision (\(decidedOn)) cannot precede the year its case was docketed (\(caseNumber.year))")
        }
    }
}
