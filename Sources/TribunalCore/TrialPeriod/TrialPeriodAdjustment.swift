import Foundation

/// An interval that does not count towards the trial period (CPL Interpretation Art. 243).
public struct TrialPeriodExclusion: Codable, Hashable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// 公告期间
        case publicNotice
        /// 鉴定期间
        case appraisal
        /// 双方当事人和解期间
        case settlement
        /// 审理管辖异议及处理管辖争议期间
        case jurisdictionObjection
        /// 中止诉讼期间
        case suspension
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

/// An approved extension of the trial period (CPL Art. 183: approved by the president of the court).
public struct TrialPeriodExtension: Codable, Hashable, Sendable {
    public var months: Int
    public var days: Int
    public var approvedOn: CalendarDate
    public var reason: String
    public var approvedBy: String

    public init(months: Int = 0, days: Int = 0, approvedOn: CalendarDate, reason: String, approvedBy: String) {
        self.months = months
        self.days = days
        self.approvedOn = approvedOn
        self.reason = reason
        self.approvedBy = approvedBy
    }

    private enum CodingKeys: String, CodingKey { case months, days, approvedOn, reason, approvedBy }

    /// `months` and `days` may each be left out, meaning 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        months = try container.decodeIfPresent(Int.self, forKey: .months) ?? 0
        days = try container.decodeIfPresent(Int.self, forKey: .days) ?? 0
        approvedOn = try container.decode(CalendarDate.self, forKey: .approvedOn)
        reason = try container.decode(String.self, forKey: .reason)
        approvedBy = try container.decode(String.self, forKey: .approvedBy)
    }

    func validate() throws(InvalidValue) {
        if months < 0 || days < 0 || (months == 0 && days == 0) || months > 12 || days > 366 {
            throw InvalidValue(field: "months", "an extension is a positive number of months (at most 12) and/or days (at most 366)")
        }
        try approvedOn.require(in: CalendarDate.docketRange, field: "approvedOn")
        try TextField.check(reason, field: "reason", maxLength: 2000, multiline: true)
        try TextField.check(approvedBy, field: "approvedBy", maxLength: 100)
        if reason.isBlank { throw InvalidValue(field: "reason", "an extension needs its reason") }
        if approvedBy.isBlank { throw InvalidValue(field: "approvedBy", "an extension needs its approver") }
    }
}

