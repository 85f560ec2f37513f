import Foundation
import TribunalKernel

/// A change to a preservation matter that its history records, checked against the matter's
/// present state by `PreservationMatter.apply(_:numbers:actor:at:)`.
public enum PreservationMove: Sendable, Hashable {
    case rule(PreservationRuling.Outcome, ordered: String, dailyFine: DailyFine?)
    case applyForReconsideration(Reconsideration)
    case decideReconsideration(Reconsideration.Outcome, on: CalendarDate, variedOrder: String?)
    case report(ComplianceReport.Kind, on: CalendarDate, details: String, reportedBy: String)
    case lift(on: CalendarDate, reason: String)

    /// The name used in the API's path and in error messages.
    public var name: String {
        switch self {
        case .rule: return "rule"
        case .applyForReconsideration: return "apply-for-reconsideration"
        case .decideReconsideration: return "decide-reconsideration"
        case .report(.compliance, _, _, _): return "report-compliance"
        case .report(.breach, _, _, _): return "report-breach"
        case .lift: return "lift"
        }
    }
}

/// The numbers a ruling on the matter may take, worked out by the store inside the transaction
/// that writes it: the next 之N of the matter's cases, and the next number of type 行保复.
public struct RulingNumbers: Sendable {
    public let nextSuffix: Int
    public let nextReconsiderationNumber: CaseNumber

    public init(nextSuffix: Int, nextReconsiderationNumber: CaseNumber) {
        self.nextSuffix = nextSuffix
        self.nextReconsiderationNumber = nextReconsiderationNumber
    }
}

/// A move the matter's present state does not allow.
public struct PreservationMoveRefused: DomainFailure, Equatable {
    public let field: String?
    public let reason: String
    public var failureKind: DomainFailureKind { .illegalMove }

    public init(field: String = "status", _ reason: String) {
        self.field = field
        self.reason = reason
    }
}

extension PreservationMatter {
    /// The days within which a party may apply to reconsider, from receipt of the ruling (CPL
    /// Interpretation, 法释〔2022〕11号, Art. 171): from `Reconsideration.rulingReceivedOn` when
    /// the service is on record, else from the day of the ruling, the earliest it can be received.
    public static let reconsiderationWindowDays = 5
    /// The days within which the court decides a reconsideration, from the application
    /// (法释〔2018〕21号 Art. 14).
    public static let reconsiderationDecisionDays = 10
    /// The last 之N a case-number suffix can carry (之九十九).
    public static let lastSuffix = 99

    /// Applies `move` if the law and the matter's state allow it, and returns the history entry
    /// that records it. On error the matter is left unchanged.
    public mutating func apply(_ move: PreservationMove, numbers: RulingNumbers, actor: String, at instant: Date) throws -> PreservationEvent {
        var next = self
        let today = CalendarDate(instant)
        guard numbers.nextSuffix <= Self.lastSuffix else {
            throw PreservationMoveRefused(field: "caseNumber", "the cases' rulings have reached 之九十九, the last suffix a case number carries")
        }
        let summary: (PreservationEvent.Kind, String)
        switch move {
        case let .rule(outcome, ordered, dailyFine):
            guard next.status == .pending else { throw PreservationMoveRefused("the application was ruled on already (\(next.ruling?.number.canonical ?? ""))") }
            try TextField.check(ordered, field: "ordered", maxLength: 4000, multiline: true)
            if outcome == .refused {
                guard dailyFine == nil else { throw InvalidValue(field: "dailyFine", "a refused application orders nothing to fine") }
            } else if ordered.isBlank {
                throw InvalidValue(field: "ordered", "a ruling that grants the application states the measures ordered")
            }
            try dailyFine?.validate(respondent: application.respondentKind, ruledOn: today)
            let number = stage == .beforeLitigation ? caseNumber : caseNumber.with(suffix: numbers.nextSuffix)
            next.ruling = PreservationRuling(number: number, outcome: outcome, ordered: ordered, dailyFine: dailyFine, ruledAt: instant, ruledBy: actor)
            next.status = outcome == .refused ? .refused : .inForce
            let late = rulingDueAt.map { instant > $0 ? " — after the 48-hour limit" : " — within 48 hours" } ?? ""
            let fine = dailyFine.map { "; daily fine \($0.perDay.yuanText) yuan from \($0.startsOn)" } ?? ""
            summary = (.ruled, "Ruling \(number.canonical): \(outcome.rawValue)\(fine)\(late)")

        case let .applyForReconsideration(request):
            guard let ruling = next.ruling else { throw PreservationMoveRefused("there is no ruling yet to reconsider") }
            guard next.reconsideration == nil else { throw PreservationMoveRefused("a ruling is reconsidered once (CPL Art. 111); \(next.reconsideration!.applicant) applied on \(next.reconsideration!.appliedOn)") }
            try TextField.check(request.applicant, field: "applicant", maxLength: 200)
            try TextField.check(request.grounds, field: "grounds", maxLength: 4000, multiline: true)
            guard !request.applicant.isBlank else { throw InvalidValue(field: "applicant", "name the party applying") }
            let ruledOn = CalendarDate(ruling.ruledAt)
            guard request.appliedOn >= ruledOn, request.appliedOn <= today else {
                throw InvalidValue(field: "appliedOn", "an application to reconsider falls between the ruling (\(ruledOn)) and today (\(today)); \(request.appliedOn) does not")
            }
            // A last day on a rest day moves to the next working day (CPL 2023 Art. 85 para. 3).
            let receivedOn = request.rulingReceivedOn ?? ruledOn
            guard receivedOn >= ruledOn, receivedOn <= request.appliedOn else {
                throw InvalidValue(field: "rulingReceivedOn", "the ruling is received between its day (\(ruledOn)) and the application (\(request.appliedOn)); \(receivedOn) is not")
            }
            let lastDay = HolidayCalendar.official.lastDayOfPeriod(receivedOn.adding(days: Self.reconsiderationWindowDays)).day
            guard request.appliedOn <= lastDay else {
                let from = request.rulingReceivedOn == nil ? "the ruling (\(ruledOn); give the day it was received if later)" : "receipt of the ruling (\(receivedOn))"
                throw InvalidValue(field: "appliedOn", "reconsideration is applied for within \(Self.reconsiderationWindowDays) days of \(from) (CPL Interpretation Art. 171), by \(lastDay); \(request.appliedOn) is late")
            }
            next.reconsideration = Reconsideration(applicant: request.applicant, appliedOn: request.appliedOn, rulingReceivedOn: request.rulingReceivedOn,
                                                   grounds: request.grounds)
            summary = (.reconsiderationApplied, "Reconsideration applied for by \(request.applicant) on \(request.appliedOn); the ruling binds meanwhile")

        case let .decideReconsideration(outcome, on, variedOrder):
            guard var reconsideration = next.reconsideration, reconsideration.outcome == nil else {
                throw PreservationMoveRefused("there is no pending application to reconsider")
            }
            let lastReport = next.reports.map(\.on).max()
            if outcome == .revoked, let lastReport, on < lastReport {
                throw InvalidValue(field: "decidedOn", "a revocation cannot precede the last recorded report (\(lastReport)): the fines it would erase were owed")
            }
            guard on >= reconsideration.appliedOn, on <= today else {
                throw InvalidValue(field: "decidedOn", "the decision falls between the application (\(reconsideration.appliedOn)) and today (\(today)); \(on) does not")
            }
            // Revoking a refusal grants the application: the measures asked for, unless stated.
            let refusalRevoked = outcome == .revoked && next.ruling?.outcome == .refused
            if outcome == .varied {
                guard let variedOrder, !variedOrder.isBlank else { throw InvalidValue(field: "variedOrder", "a variation states the measures as varied") }
                try TextField.check(variedOrder, field: "variedOrder", maxLength: 4000, multiline: true)
            } else if refusalRevoked, let variedOrder {
                try TextField.check(variedOrder, field: "variedOrder", maxLength: 4000, multiline: true)
            } else if variedOrder != nil {
                throw InvalidValue(field: "variedOrder", "only a variation, or the revocation of a refusal, states the measures ordered")
            }
            let number = stage == .beforeLitigation ? numbers.nextReconsiderationNumber : caseNumber.with(suffix: numbers.nextSuffix)
            reconsideration.number = number
            reconsideration.outcome = outcome
            reconsideration.decidedOn = on
            reconsideration.variedOrder = refusalRevoked ? (variedOrder.flatMap { $0.isBlank ? nil : $0 } ?? next.application.measures) : variedOrder
            next.reconsideration = reconsideration
            if refusalRevoked {
                next.status = .inForce
            } else if outcome == .revoked {
                next.status = .refused
            } else if outcome == .varied, next.ruling?.outcome == .refused {
                next.status = .inForce
            }
            let due = reconsideration.appliedOn.adding(days: Self.reconsiderationDecisionDays)
            let late = on > due ? " — after the ten days of 法释〔2018〕21号 Art. 14 (due \(due))" : ""
            summary = (.reconsiderationDecided, "Reconsideration \(number.canonical): \(outcome.rawValue) on \(on)\(late)")

        case let .report(kind, on, details, reportedBy):
            guard next.status == .inForce, let ruling = next.ruling else { throw PreservationMoveRefused("compliance is reported only while an order is in force; the matter is \(next.status.rawValue)") }
            try TextField.check(details, field: "details", maxLength: 4000, multiline: true)
            try TextField.check(reportedBy, field: "reportedBy", maxLength: 200)
            guard !reportedBy.isBlank else { throw InvalidValue(field: "reportedBy", "name the party reporting") }
            let ruledOn = CalendarDate(ruling.ruledAt)
            guard on >= ruledOn, on <= today else {
                throw InvalidValue(field: "on", "a report is of a day between the ruling (\(ruledOn)) and today (\(today)); \(on) is not")
            }
            if let last = next.reports.map(\.on).max(), on < last {
                throw InvalidValue(field: "on", "reports are recorded in order; the last one is of \(last)")
            }
            let inBreach = next.isInBreach
            // A compliance report is recorded whenever the respondent makes one; a breach only
            // opens a stretch of non-compliance when none is open.
            if kind == .breach, inBreach { throw PreservationMoveRefused(field: "kind", "the respondent is already recorded as not complying; record compliance first") }
            next.reports.append(ComplianceReport(kind: kind, on: on, details: details, reportedBy: reportedBy, recordedBy: actor, recordedAt: instant))
            summary = kind == .breach
                ? (.breachReported, "Breach reported by \(reportedBy), from \(on)")
                : (.complianceReported, "Compliance reported by \(reportedBy), from \(on)")

        case let .lift(on, reason):
            guard next.status == .inForce, let ruling = next.ruling else { throw PreservationMoveRefused("only an order in force is lifted; the matter is \(next.status.rawValue)") }
            try TextField.check(reason, field: "reason", maxLength: 4000, multiline: true)
            guard !reason.isBlank else { throw InvalidValue(field: "reason", "state why the order is lifted") }
            let ruledOn = CalendarDate(ruling.ruledAt)
            let earliest = max(ruledOn, next.reports.map(\.on).max() ?? ruledOn)
            guard on >= earliest, on <= today else {
                throw InvalidValue(field: "liftedOn", "an order is lifted between the ruling or the last report (\(earliest)) and today (\(today)); \(on) is not")
            }
            next.liftedOn = on
            next.liftingReason = reason
            next.status = .lifted
            summary = (.lifted, "Order lifted from \(on): \(reason)")
        }
        let event = PreservationEvent(kind: summary.0, actor: actor, at: instant, summary: summary.1)
        next.history.append(event)
        next.version += 1
        self = next
        return event
    }

    /// Whether, after the last report, the respondent stands recorded as not complying: from the
    /// fine's first day for an order to act, from a breach for an order to refrain.
    public var isInBreach: Bool {
        if let last = reports.last { return last.kind == .breach }
        return ruling?.dailyFine?.trigger == .untilCompliance
    }
}

extension CaseNumber {
    /// The same number with the 之N suffix of a later ruling.
    public func with(suffix: Int) -> CaseNumber {
        CaseNumber(year: year, courtCode: courtCode, typeCode: typeCode, sequences: sequences, suffix: suffix)
    }
}
