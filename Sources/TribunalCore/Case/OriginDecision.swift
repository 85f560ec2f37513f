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

    /// The court must be one whose appeals the Tribunal hears, and the number must be that court's.
    func validate(courts: CourtDirectory) throws(InvalidValue) {
        guard let court = courts.court(code: courtCode), court.kind != .tribunal else {
            throw InvalidValue(field: "origin.courtCode", "'\(courtCode)' is not a court whose appeals the Tribunal hears")
        }
        guard caseNumber.courtCode == court.code else {
            throw InvalidValue(field: "origin.caseNumber", "\(caseNumber.canonical) is not a number of \(court.zh) (\(court.code))")
        }
        guard caseNumber.year <= decidedOn.year else {
            throw InvalidValue(field: "origin.decidedOn", "the decision (\(decidedOn)) cannot precede the year its case was docketed (\(caseNumber.year))")
        }
    }
}
