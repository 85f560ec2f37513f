import Foundation
import TribunalKernel
import Accounts

/// A case on the Tribunal's docket.
public struct CourtCase: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var number: CaseNumber
    public var type: TribunalCaseType
    public var cause: CauseOfAction
    public var technicalField: String?
    public var origin: OriginDecision?
    public var parties: [Party]
    /// A case with a foreign party (涉外案件): no statutory trial-period limit (CPL Art. 287).
    public var foreignRelated: Bool
    public var panel: Panel?
    public var status: CaseStatus
    public var disposition: Disposition?
    public var receivedOn: CalendarDate
    public var docketedOn: CalendarDate
    public var hearingOn: CalendarDate?
    public var decidedOn: CalendarDate?
    public var closedOn: CalendarDate?
    public var exclusions: [TrialPeriodExclusion]
    public var extensions: [TrialPeriodExtension]
    /// A request to extend the trial period, until it is approved or refused.
    public var extensionRequest: TrialPeriodExtensionRequest?
    /// Bumped by every change; the store refuses a change made to an older version.
    public var version: Int

    public init(id: Int64, number: CaseNumber, draft: NewCase, version: Int = 1) {
        self.id = id
        self.number = number
        self.type = draft.type
        self.cause = draft.cause
        self.technicalField = draft.technicalField
        self.origin = draft.origin
        self.parties = draft.parties
        self.foreignRelated = draft.isForeignRelated
        self.panel = nil
        self.status = .docketed
        self.disposition = nil
        self.receivedOn = draft.receivedOn
        self.docketedOn = draft.docketedOn
        self.exclusions = []
        self.extensions = []
        self.version = version
    }
}

/// What a clerk enters to docket a case; the store allocates the number.
public struct NewCase: Codable, Hashable, Sendable {
    public var type: TribunalCaseType
    public var cause: CauseOfAction
    public var technicalField: String?
    public var origin: OriginDecision?
    public var parties: [Party]
    /// Set by the clerk, or implied by a party without domicile in China.
    public var foreignRelated: Bool?
    public var receivedOn: CalendarDate
    public var docketedOn: CalendarDate

    public init(type: TribunalCaseType, cause: CauseOfAction, technicalField: String? = nil,
                origin: OriginDecision? = nil, parties: [Party], foreignRelated: Bool? = nil,
                receivedOn: CalendarDate, docketedOn: CalendarDate) {
        self.type = type
        self.cause = cause
        self.technicalField = technicalField
        self.origin = origin
        self.parties = parties
        self.foreignRelated = foreignRelated
        self.receivedOn = receivedOn
        self.docketedOn = docketedOn
    }

    public var isForeignRelated: Bool {
        foreignRelated ?? parties.contains { !$0.domiciledInChina }
    }

    /// The year of the case number: the year of docketing.
    public var docketYear: Int { docketedOn.year }

    /// Checks the draft against the court's rules before any number is allocated.
    public func validate(courts: CourtDirectory = .official) throws(InvalidValue) {
        guard docketedOn >= .tribunalOpened else {
            throw InvalidValue(field: "docketedOn", "the Tribunal was established on 2019-01-01; \(docketedOn) is before it")
        }
        try docketedOn.require(in: CalendarDate.docketRange, field: "docketedOn")
        try receivedOn.require(in: CalendarDate.storedRange, field: "receivedOn")
        try TextField.check(technicalField, field: "technicalField", maxLength: 200)
        guard receivedOn <= docketedOn else {
            throw InvalidValue(field: "receivedOn", "a case is received (\(receivedOn)) on or before it is docketed (\(docketedOn))")
        }
        guard cause.isAdministrative == type.isAdministrative else {
            throw InvalidValue(field: "cause", "'\(cause.rawValue)' is \(cause.isAdministrative ? "an administrative" : "a civil") cause and cannot be docketed as \(type.rawValue)")
        }
        try Self.validate(parties: parties, for: type)
        if let origin {
            try origin.decidedOn.require(in: CalendarDate.storedRange, field: "origin.decidedOn")
            try origin.validate(courts: courts, for: type)
            guard origin.decidedOn <= receivedOn else {
                throw InvalidValue(field: "origin.decidedOn", "the decision under appeal (\(origin.decidedOn)) must precede receipt of the appeal (\(receivedOn))")
            }
            if type == .jurisdictionAppeal, origin.kind != .ruling {
                throw InvalidValue(field: "origin.kind", "a jurisdiction appeal is against a ruling (裁定)")
            }
        } else if [.civilAppeal, .administrativeAppeal, .jurisdictionAppeal].contains(type) {
            throw InvalidValue(field: "origin", "an appeal needs the first-instance decision under appeal")
        }
    }

    /// Every party has a name, and the case has a party in the role that starts it.
    public static func validate(parties: [Party], for type: TribunalCaseType) throws(InvalidValue) {
        guard parties.count <= 200 else { throw InvalidValue(field: "parties", "a case has at most 200 parties") }
        for (index, party) in parties.enumerated() {
            if party.name.isBlank { throw InvalidValue(field: "parties[\(index)].name", "a party needs a name") }
            try party.validate(field: "parties[\(index)]")
        }
        let leading: Party.Role
        switch type {
        case .civilAppeal, .administrativeAppeal, .jurisdictionAppeal: leading = .appellant
        case .civilRetrialReview, .administrativeRetrialReview, .civilRetrial, .administrativeRetrial: leading = .retrialApplicant
        }
        guard parties.contains(where: { $0.role == leading }) else {
            throw InvalidValue(field: "parties", "a \(type.rawValue) case needs at least one party as \(leading.rawValue)")
        }
    }
}
