import TribunalKernel
import Docket

/// A case as the `courtCase` table holds it, one property per column: what every engine writes
/// and reads by column name. Lists and structured values are JSON text.
public struct CaseRecord: Codable, Sendable, Equatable {
    public var id: Int64?
    public var number: String
    public var year: Int
    public var typeCode: String
    public var sequence: Int
    public var cause: String
    public var technicalField: String?
    public var originCourtCode: String?
    public var originNumber: String?
    public var originDecidedOn: CalendarDate?
    public var originKind: String?
    public var foreignRelated: Bool
    public var parties: String
    public var panel: String?
    public var status: String
    public var disposition: String?
    public var receivedOn: CalendarDate
    public var docketedOn: CalendarDate
    public var hearingOn: CalendarDate?
    public var decidedOn: CalendarDate?
    public var closedOn: CalendarDate?
    public var exclusions: String
    public var extensions: String
    public var extensionRequest: String?
    public var version: Int
    /// The trial days of a closed case (`CourtCase.trialDaysToDecision`), kept for the statistics
    /// tally; worked out from the case on every write, never read back into it.
    public var trialDays: Int?

    /// A row as an engine reads it, column by column.
    public init(id: Int64?, number: String, year: Int, typeCode: String, sequence: Int, cause: String, technicalField: String?,
                originCourtCode: String?, originNumber: String?, originDecidedOn: CalendarDate?, originKind: String?,
                foreignRelated: Bool, parties: String, panel: String?, status: String, disposition: String?,
                receivedOn: CalendarDate, docketedOn: CalendarDate, hearingOn: CalendarDate?, decidedOn: CalendarDate?,
                closedOn: CalendarDate?, exclusions: String, extensions: String, extensionRequest: String?, version: Int, trialDays: Int? = nil) {
        self.id = id; self.number = number; self.year = year; self.typeCode = typeCode; self.sequence = sequence
        self.cause = cause; self.technicalField = technicalField; self.originCourtCode = originCourtCode
        self.originNumber = originNumber; self.originDecidedOn = originDecidedOn; self.originKind = originKind
        self.foreignRelated = foreignRelated; self.parties = parties; self.panel = panel; self.status = status
        self.disposition = disposition; self.receivedOn = receivedOn; self.docketedOn = docketedOn; self.hearingOn = hearingOn
        self.decidedOn = decidedOn; self.closedOn = closedOn; self.exclusions = exclusions; self.extensions = extensions
        self.extensionRequest = extensionRequest; self.version = version; self.trialDays = trialDays
    }

    /// The row of `courtCase`; its id stays nil for a case not stored yet.
    public init(_ c: CourtCase) {
        id = c.id == 0 ? nil : c.id
        number = c.number.canonical
        year = c.number.year
        typeCode = c.type.rawValue
        sequence = c.number.sequences[0]
        cause = c.cause.rawValue
        technicalField = c.technicalField
        originCourtCode = c.origin?.courtCode
        originNumber = c.origin?.caseNumber.canonical
        originDecidedOn = c.origin?.decidedOn
        originKind = c.origin?.kind.rawValue
        foreignRelated = c.foreignRelated
        parties = StoredJSON.text(c.parties)
        panel = c.panel.map(StoredJSON.text)
        status = c.status.rawValue
        disposition = c.disposition?.rawValue
        receivedOn = c.receivedOn
        docketedOn = c.docketedOn
        hearingOn = c.hearingOn
        decidedOn = c.decidedOn
        closedOn = c.closedOn
        exclusions = StoredJSON.text(c.exclusions)
        extensions = StoredJSON.text(c.extensions)
        extensionRequest = c.extensionRequest.map(StoredJSON.text)
        version = c.version
        trialDays = c.trialDaysToDecision
    }

    /// The case this row holds; an unknown code or unreadable JSON is an error naming its column.
    public func courtCase() throws -> CourtCase {
        guard let id else { throw StoredRowError(column: "id", value: nil) }
        let parsedNumber: CaseNumber
        do { parsedNumber = try CaseNumber(parsing: number) } catch { throw StoredRowError(column: "number", value: number) }
        let origin: OriginDecision? = try originNumber.map { text in
            guard let originCourtCode, let originDecidedOn else { throw StoredRowError(column: "originCourtCode", value: nil) }
            let originCaseNumber: CaseNumber
            do { originCaseNumber = try CaseNumber(parsing: text) } catch { throw StoredRowError(column: "originNumber", value: text) }
            return OriginDecision(courtCode: originCourtCode, caseNumber: originCaseNumber, decidedOn: originDecidedOn,
                                  kind: try StoredRowError.code(originKind ?? "", column: "originKind", OriginDecision.Kind.init(rawValue:)))
        }
        let draft = NewCase(
            type: try StoredRowError.code(typeCode, column: "typeCode", TribunalCaseType.init(rawValue:)),
            cause: try StoredRowError.code(cause, column: "cause", CauseOfAction.init(rawValue:)),
            technicalField: technicalField, origin: origin,
            parties: try StoredJSON.value([Party].self, parties, column: "parties"),
            foreignRelated: foreignRelated, receivedOn: receivedOn, docketedOn: docketedOn)
        var courtCase = CourtCase(id: id, number: parsedNumber, draft: draft, version: version)
        courtCase.panel = try panel.map { try StoredJSON.value(Panel.self, $0, column: "panel") }
        courtCase.status = try StoredRowError.code(status, column: "status", CaseStatus.init(rawValue:))
        courtCase.disposition = try StoredRowError.optionalCode(disposition, column: "disposition", Disposition.init(rawValue:))
        courtCase.hearingOn = hearingOn
        courtCase.decidedOn = decidedOn
        courtCase.closedOn = closedOn
        courtCase.exclusions = try StoredJSON.value([TrialPeriodExclusion].self, exclusions, column: "exclusions")
        courtCase.extensions = try StoredJSON.value([TrialPeriodExtension].self, extensions, column: "extensions")
        courtCase.extensionRequest = try extensionRequest.map { try StoredJSON.value(TrialPeriodExtensionRequest.self, $0, column: "extensionRequest") }
        return courtCase
    }
}
