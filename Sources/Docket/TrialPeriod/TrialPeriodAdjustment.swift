import Foundation
import TribunalKernel
import Accounts

/// An interval that does not count towards the trial period.
public struct TrialPeriodExclusion: Codable, Hashable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// 公告期间 (CPL Interpretation Art. 243)
        case publicNotice
        /// 鉴定期间 (CPL Interpretation Art. 243)
        case appraisal
        /// 双方当事人和解期间 (CPL Interpretation Art. 243)
        case settlement
        /// 审理当事人提出的管辖异议期间 (CPL Interpretation Art. 243)
        case jurisdictionObjection
        /// 处理人民法院之间的管辖争议期间 (CPL Interpretation Art. 243)
        case interCourtJurisdictionDispute
        /// 中止诉讼（审理）至恢复诉讼（审理）的期间 (法释〔2000〕29号 Art. 9(9))
        case suspension
        /// 由有关专业机构进行审计、评估、资产清理的期间 (法释〔2000〕29号 Art. 9(8))
        case auditValuation
        /// 因当事人申请通知新的证人到庭、调取新的证据、申请重新鉴定或者勘验，法院决定延期审理一个月之内的期间
        /// (法释〔2000〕29号 Art. 9(5))
        case postponementForEvidence

        /// The rule that excludes the interval: for civil cases the CPL Interpretation where it
        /// lists it, for administrative cases 法释〔2000〕29号 Art. 9, which covers both.
        public func source(administrative: Bool) -> String {
            switch self {
            case .publicNotice, .appraisal:
                return administrative ? "法释〔2000〕29号 Art. 9(6)" : "CPL Interpretation Art. 243"
            case .jurisdictionObjection, .interCourtJurisdictionDispute:
                return administrative ? "法释〔2000〕29号 Art. 9(7)" : "CPL Interpretation Art. 243"
            case .settlement: return administrative ? "CPL Interpretation Art. 243, through ALL Art. 101" : "CPL Interpretation Art. 243"
            case .suspension: return "法释〔2000〕29号 Art. 9(9)"
            case .auditValuation: return "法释〔2000〕29号 Art. 9(8)"
            case .postponementForEvidence: return "法释〔2000〕29号 Art. 9(5)"
            }
        }

        /// How long the interval may be excluded at most, in months (nil: as long as it lasts).
        public var maximumMonths: Int? { self == .postponementForEvidence ? 1 : nil }
    }

    public var kind: Kind
    public var from: CalendarDate
    /// The last day excluded; nil while the interval is still running.
    public var to: CalendarDate?
    public var reason: String
    public var approvedBy: String

    public init(kind: Kind, from: CalendarDate, to: CalendarDate? = nil, reason: String, approvedBy: String) {
        self.kind = kind
        self.from = from
        self.to = to
        self.reason = reason
        self.approvedBy = approvedBy
    }

    func validate() throws(InvalidValue) {
        if let to, to < from { throw InvalidValue(field: "to", "the excluded interval cannot end (\(to)) before it starts (\(from))") }
        try to?.require(in: CalendarDate.docketRange, field: "to")
        try TextField.check(reason, field: "reason", maxLength: 2000, multiline: true)
        try TextField.check(approvedBy, field: "approvedBy", maxLength: 100)
        if reason.isBlank { throw InvalidValue(field: "reason", "an excluded interval needs its reason") }
        if approvedBy.isBlank { throw InvalidValue(field: "approvedBy", "an excluded interval needs its approver") }
    }
}

/// An approved extension of the trial period, with the day it was requested and the day it was
/// decided: 法释〔2018〕9号 Art. 1 (as amended 2019) asks that the request reach the president at
/// least 15 days before the period expires and be decided at least 5 days before.
public struct TrialPeriodExtension: Codable, Hashable, Sendable {
    public var months: Int
    public var days: Int
    /// The day the request reached the approver; nil only for extensions recorded before the
    /// request was recorded.
    public var requestedOn: CalendarDate?
    public var approvedOn: CalendarDate
    public var reason: String
    public var approvedBy: String
    /// The last day of the period before this extension, as it stood when it was approved; set
    /// by `CourtCase.apply`, never taken from a request.
    public var extendedPeriodEndedOn: CalendarDate?
    /// The day the extension runs from: that last day before it was moved off a rest day.
    public var extendedFrom: CalendarDate?

    public init(months: Int = 0, days: Int = 0, requestedOn: CalendarDate? = nil, approvedOn: CalendarDate,
                reason: String, approvedBy: String) {
        self.months = months
        self.days = days
        self.requestedOn = requestedOn
        self.approvedOn = approvedOn
        self.reason = reason
        self.approvedBy = approvedBy
    }

    private enum CodingKeys: String, CodingKey { case months, days, requestedOn, approvedOn, reason, approvedBy, extendedPeriodEndedOn, extendedFrom }

    /// `months` and `days` may each be left out, meaning 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        months = try container.decodeIfPresent(Int.self, forKey: .months) ?? 0
        days = try container.decodeIfPresent(Int.self, forKey: .days) ?? 0
        requestedOn = try container.decodeIfPresent(CalendarDate.self, forKey: .requestedOn)
        approvedOn = try container.decode(CalendarDate.self, forKey: .approvedOn)
        reason = try container.decode(String.self, forKey: .reason)
        approvedBy = try container.decode(String.self, forKey: .approvedBy)
        extendedPeriodEndedOn = try container.decodeIfPresent(CalendarDate.self, forKey: .extendedPeriodEndedOn)
        extendedFrom = try container.decodeIfPresent(CalendarDate.self, forKey: .extendedFrom)
    }

    /// The length asked for: a positive number of months (at most 12) and/or days (at most 366).
    static func checkLength(months: Int, days: Int) throws(InvalidValue) {
        if months < 0 || days < 0 || (months == 0 && days == 0) || months > 12 || days > 366 {
            throw InvalidValue(field: "months", "an extension is a positive number of months (at most 12) and/or days (at most 366)")
        }
    }

    /// The reason and the person who asked or decided, named by `personField`.
    static func checkWords(reason: String, person: String, personField: String) throws(InvalidValue) {
        try TextField.check(reason, field: "reason", maxLength: 2000, multiline: true)
        try TextField.check(person, field: personField, maxLength: 100)
        if reason.isBlank { throw InvalidValue(field: "reason", "an extension needs its reason") }
        if person.isBlank { throw InvalidValue(field: personField, "an extension names who asked for or decided it") }
    }

    func validate() throws(InvalidValue) {
        try Self.checkLength(months: months, days: days)
        guard let requestedOn else { throw InvalidValue(field: "requestedOn", "the day the request reached the approver is required (法释〔2018〕9号 Art. 1)") }
        try requestedOn.require(in: CalendarDate.docketRange, field: "requestedOn")
        try approvedOn.require(in: CalendarDate.docketRange, field: "approvedOn")
        if approvedOn < requestedOn {
            throw InvalidValue(field: "approvedOn", "an extension is decided (\(approvedOn)) on or after it is requested (\(requestedOn))")
        }
        try Self.checkWords(reason: reason, person: approvedBy, personField: "approvedBy")
    }
}


/// Why an extension of the trial period is refused.
public enum TrialPeriodExtensionRefusal: DomainFailure, Equatable {
    /// A foreign-related civil appeal has no limit to extend (CPL 2023 Art. 287).
    case noLimitApplies
    /// Decided after the period expired: it cannot make an overdue case timely.
    case decidedAfterExpiry(expiredOn: CalendarDate, decidedOn: CalendarDate)
    /// Decided by the account that asked for it: the president approves what the panel asks.
    case decidedByRequester(account: String)

    public var failureKind: DomainFailureKind {
        if case .decidedByRequester = self { return .forbidden }
        return .illegalMove
    }
    public var field: String? {
        switch self {
        case .noLimitApplies: return "foreignRelated"
        case .decidedAfterExpiry: return "approvedOn"
        case .decidedByRequester: return "approvedBy"
        }
    }

    public var reason: String {
        switch self {
        case .noLimitApplies:
            return "no statutory trial-period limit applies to this case (CPL 2023 Art. 287), so there is nothing to extend"
        case let .decidedAfterExpiry(expiredOn, decidedOn):
            return "the trial period expired on \(expiredOn); an extension decided on \(decidedOn), after it expired, cannot make the overdue case timely (法释〔2018〕9号 Art. 1 asks for the decision at least 5 days before expiry)"
        case let .decidedByRequester(account):
            return "\(account) asked for this extension and may not decide it: the court's president decides what the panel asks (CPL 2023 Art. 183; 法释〔2018〕9号 Art. 1)"
        }
    }
}

/// A request to extend the trial period, waiting for the approver's decision; the court's
/// leaders see it on the list of periods due soon (法释〔2018〕9号 Art. 1: the request reaches the
/// president at least 15 days before expiry, who decides at least 5 days before).
public struct TrialPeriodExtensionRequest: Codable, Hashable, Sendable {
    public var months: Int
    public var days: Int
    public var requestedOn: CalendarDate
    public var reason: String
    public var requestedBy: String
    /// The account that filed the request, recorded by the docket (never read from input): the
    /// same account may not decide it.
    public var filedBy: String?

    public init(months: Int = 0, days: Int = 0, requestedOn: CalendarDate, reason: String, requestedBy: String) {
        self.months = months
        self.days = days
        self.requestedOn = requestedOn
        self.reason = reason
        self.requestedBy = requestedBy
    }

    private enum CodingKeys: String, CodingKey { case months, days, requestedOn, reason, requestedBy, filedBy }

    /// `months` and `days` may each be left out, meaning 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        months = try container.decodeIfPresent(Int.self, forKey: .months) ?? 0
        days = try container.decodeIfPresent(Int.self, forKey: .days) ?? 0
        requestedOn = try container.decode(CalendarDate.self, forKey: .requestedOn)
        reason = try container.decode(String.self, forKey: .reason)
        requestedBy = try container.decode(String.self, forKey: .requestedBy)
        filedBy = try container.decodeIfPresent(String.self, forKey: .filedBy)
    }

    func validate() throws(InvalidValue) {
        try TrialPeriodExtension.checkLength(months: months, days: days)
        try requestedOn.require(in: CalendarDate.docketRange, field: "requestedOn")
        try TrialPeriodExtension.checkWords(reason: reason, person: requestedBy, personField: "requestedBy")
    }
}
