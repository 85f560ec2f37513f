import TribunalKernel
import SearchEngine

/// A search document as the `judgmentIndex` table holds it, one property per column: the latest
/// published version of a judgment in one language, public (redacted) text only.
public struct IndexRecord: Codable, Sendable, Equatable {
    public var id: Int64?
    public var judgmentId: Int64
    public var version: Int
    public var language: String
    public var caseNumber: String
    public var caseKey: String
    public var year: Int
    public var typeCode: String
    public var cause: String
    public var courtCode: String?
    public var disposition: String?
    public var designation: String?
    public var decidedOn: CalendarDate
    public var title: String
    public var holding: String
    public var body: String
    public var parties: String
    public var judges: String

    /// A row as an engine reads it, column by column.
    public init(id: Int64?, judgmentId: Int64, version: Int, language: String, caseNumber: String, caseKey: String, year: Int,
                typeCode: String, cause: String, courtCode: String?, disposition: String?, designation: String?,
                decidedOn: CalendarDate, title: String, holding: String, body: String, parties: String, judges: String) {
        self.id = id; self.judgmentId = judgmentId; self.version = version; self.language = language
        self.caseNumber = caseNumber; self.caseKey = caseKey; self.year = year; self.typeCode = typeCode; self.cause = cause
        self.courtCode = courtCode; self.disposition = disposition; self.designation = designation; self.decidedOn = decidedOn
        self.title = title; self.holding = holding; self.body = body; self.parties = parties; self.judges = judges
    }

    public init(_ d: SearchDocument) {
        judgmentId = d.judgmentId
        version = d.version
        language = d.language
        caseNumber = d.caseNumber.canonical
        caseKey = d.caseNumber.withoutSuffix.canonical
        year = d.caseNumber.year
        typeCode = d.type.rawValue
        cause = d.cause.rawValue
        courtCode = d.courtCode
        disposition = d.disposition?.rawValue
        designation = d.designation?.rawValue
        decidedOn = d.decidedOn
        title = d.title
        holding = d.holding
        body = d.body
        parties = d.parties
        judges = d.judges
    }

    /// The search document this row holds; an unknown code is an error naming its column.
    public func document() throws -> SearchDocument {
        let number: CaseNumber
        do { number = try CaseNumber(parsing: caseNumber) } catch { throw StoredRowError(column: "caseNumber", value: caseNumber) }
        return SearchDocument(
            judgmentId: judgmentId, version: version, language: language, caseNumber: number,
            type: try StoredRowError.code(typeCode, column: "typeCode", TribunalCaseType.init(rawValue:)),
            cause: try StoredRowError.code(cause, column: "cause", CauseOfAction.init(rawValue:)),
            courtCode: courtCode,
            disposition: try StoredRowError.optionalCode(disposition, column: "disposition", Disposition.init(rawValue:)),
            designation: try StoredRowError.optionalCode(designation, column: "designation", DesignationKind.init(rawValue:)),
            decidedOn: decidedOn, title: title, holding: holding, body: body, parties: parties, judges: judges)
    }
}
