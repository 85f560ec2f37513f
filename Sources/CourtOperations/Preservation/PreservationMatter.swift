import Foundation
import TribunalKernel

/// An application for action preservation (行为保全) and everything that follows it: the ruling,
/// a reconsideration, the respondent's compliance and the applicant's reports of breach, lifting.
///
/// An application during litigation belongs to one or more cases on the docket, heard together
/// (Huawei v. Conversant: 732, 733 and 734), and its ruling is their next 之N ruling; an application
/// before litigation has a number of its own (（2026）最高法行保1号), which its ruling carries.
public struct PreservationMatter: Codable, Hashable, Sendable, Identifiable {
    public enum Stage: String, Codable, CaseIterable, Hashable, Sendable {
        /// 诉前: CPL 2023 amendment, Art. 104.
        case beforeLitigation
        /// 诉中: CPL 2023 amendment, Art. 103.
        case duringLitigation
    }

    public enum Status: String, Codable, CaseIterable, Hashable, Sendable {
        /// Waiting for the panel's ruling.
        case pending
        /// Granted in whole or in part: the order binds the respondent.
        case inForce
        /// Refused, or revoked on reconsideration.
        case refused
        /// Lifted (解除) after it was in force.
        case lifted
    }

    public var id: Int64
    public var stage: Stage
    /// The cases the application is made in (during litigation); empty before litigation.
    public var caseIds: [Int64]
    /// The number of the cases heard together, or the matter's own number before litigation.
    public var caseNumber: CaseNumber
    public var application: PreservationApplication
    public var status: Status
    public var ruling: PreservationRuling?
    public var reconsideration: Reconsideration?
    public var reports: [ComplianceReport]
    public var liftedOn: CalendarDate?
    public var liftingReason: String?
    public var history: [PreservationEvent]
    /// Bumped by every change. Moves are applied to the matter as stored, inside the store's
    /// transaction, so none is lost; a form does not yet carry the version it was shown.
    public var version: Int

    public init(id: Int64, stage: Stage, caseIds: [Int64], caseNumber: CaseNumber, application: PreservationApplication,
                history: [PreservationEvent], version: Int = 1) {
        self.id = id
        self.stage = stage
        self.caseIds = caseIds
        self.caseNumber = caseNumber
        self.application = application
        self.status = .pending
        self.reports = []
        self.history = history
        self.version = version
    }

    /// The first day the order no longer binds: lifted, or revoked on reconsideration (the
    /// revocation of a refusal makes an order instead).
    public var endsOn: CalendarDate? {
        if let liftedOn { return liftedOn }
        if let reconsideration, reconsideration.outcome == .revoked, ruling?.outcome != .refused { return reconsideration.decidedOn }
        return nil
    }

    /// The fine statement on `asOf`, when the ruling set a daily fine.
    public func fineStatement(asOf: CalendarDate) -> FineStatement? {
        guard let fine = ruling?.dailyFine else { return nil }
        return FineStatement(fine: fine, reports: reports, endsOn: endsOn, asOf: asOf)
    }

    /// The panel's clock: the moment by which the ruling is due, when the law sets one (48 hours
    /// from receipt for every application before litigation and an urgent one during it).
    public var rulingDueAt: Date? {
        guard stage == .beforeLitigation || application.urgent else { return nil }
        return application.receivedAt.addingTimeInterval(PreservationApplication.urgentRulingHours * 3600)
    }
}

/// What the applicant asks: who against whom, the measures, the security offered.
public struct PreservationApplication: Codable, Hashable, Sendable {
    /// CPL 2023 amendment, Art. 103 para. 3 (during litigation, when urgent) and Art. 104 para. 2
    /// (before litigation): the court rules within 48 hours of accepting the application.
    public static let urgentRulingHours: Double = 48

    public var applicant: String
    public var respondent: String
    public var respondentKind: RespondentKind
    /// The acts the respondent should be ordered to do or to stop.
    public var measures: String
    /// Security offered, in yuan, and its form (deposit, guarantee, insurance).
    public var securityAmount: Decimal?
    public var securityForm: String?
    /// The applicant says the matter is urgent (法释〔2018〕21号 Art. 6: a trade secret about to be
    /// disclosed, a right about to be lost, a trade fair about to open…).
    public var urgent: Bool
    public var reasons: String
    /// When the court received it: the 48-hour clock runs from here.
    public var receivedAt: Date

    public init(applicant: String, respondent: String, respondentKind: RespondentKind, measures: String,
                securityAmount: Decimal? = nil, securityForm: String? = nil, urgent: Bool, reasons: String, receivedAt: Date) {
        self.applicant = applicant
        self.respondent = respondent
        self.respondentKind = respondentKind
        self.measures = measures
        self.securityAmount = securityAmount
        self.securityForm = securityForm
        self.urgent = urgent
        self.reasons = reasons
        self.receivedAt = receivedAt
    }
}

/// The panel's ruling on the application.
public struct PreservationRuling: Codable, Hashable, Sendable {
    public enum Outcome: String, Codable, CaseIterable, Hashable, Sendable {
        case granted
        case grantedInPart
        case refused
    }

    /// The case's next 之N number, or the matter's own number before litigation.
    public var number: CaseNumber
    public var outcome: Outcome
    /// The measures ordered, in the ruling's words (empty when refused).
    public var ordered: String
    public var dailyFine: DailyFine?
    public var ruledAt: Date
    public var ruledBy: String

    public init(number: CaseNumber, outcome: Outcome, ordered: String, dailyFine: DailyFine?, ruledAt: Date, ruledBy: String) {
        self.number = number
        self.outcome = outcome
        self.ordered = ordered
        self.dailyFine = dailyFine
        self.ruledAt = ruledAt
        self.ruledBy = ruledBy
    }
}

/// A party's application to reconsider the ruling (复议), once, the ruling binding meanwhile (CPL
/// 2023 amendment, Art. 111), within five days of receiving it (CPL Interpretation Art. 171), and
/// the court's decision on it, due within ten days of receiving the application (法释〔2018〕21号
/// Art. 14). During litigation the decision is the cases' next 之N
/// ruling, as the Tribunal numbered Huawei v. Conversant's (…732、733、734号之二, 2020-09-11); before
/// litigation it takes a number of type 行保复 (非诉行为保全复议 in the SPC's case-type standard).
public struct Reconsideration: Codable, Hashable, Sendable {
    public enum Outcome: String, Codable, CaseIterable, Hashable, Sendable {
        /// The application is dismissed and the ruling stands (驳回复议申请).
        case dismissed
        /// The ruling is revoked (撤销原裁定): an order ends; a refusal revoked grants the
        /// application (the measures asked for, or those stated).
        case revoked
        /// The ruling is changed (变更); a refusal changed grants the measures stated.
        case varied
    }

    public var applicant: String
    public var appliedOn: CalendarDate
    /// The day the applicant received the ruling, when its service is on record: the five days
    /// run from it (else from the day of the ruling).
    public var rulingReceivedOn: CalendarDate?
    public var grounds: String
    public var number: CaseNumber?
    public var outcome: Outcome?
    public var decidedOn: CalendarDate?
    /// For a variation: the measures as varied.
    public var variedOrder: String?

    public init(applicant: String, appliedOn: CalendarDate, rulingReceivedOn: CalendarDate? = nil, grounds: String) {
        self.applicant = applicant
        self.appliedOn = appliedOn
        self.rulingReceivedOn = rulingReceivedOn
        self.grounds = grounds
    }
}

/// One entry of a matter's history: who did what, and when.
public struct PreservationEvent: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        case applied, ruled, reconsiderationApplied, reconsiderationDecided, complianceReported, breachReported, lifted
    }

    public var kind: Kind
    public var actor: String
    public var at: Date
    public var summary: String

    public init(kind: Kind, actor: String, at: Date, summary: String) {
        self.kind = kind
        self.actor = actor
        self.at = at
        self.summary = summary
    }
}
