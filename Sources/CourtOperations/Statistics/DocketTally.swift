import Foundation
import TribunalKernel
import Docket

/// What the docket counted over a span of days: the raw material of the judicial statistics.
///
/// Each case counts once under each measure, keyed by the value it is counted under (its cause,
/// origin court, disposition, or its type and trial days), on the day the measure dates it by:
/// the docketing day for the `new…` measures, the closing day for the `closed…` ones. An engine
/// may keep these counts month by month and add them up; the figures are the same as counting
/// the cases one by one (`init(from:through:cases:)`, the oracle of the storage tests).
public struct DocketTally: Hashable, Sendable {
    /// A count the tally keeps; the raw value is its stored name.
    public enum Measure: String, CaseIterable, Sendable {
        /// Cases docketed, by cause.
        case newByCause = "new.cause"
        /// Cases docketed, by origin court (`—` for none).
        case newByOriginCourt = "new.origin"
        /// Cases closed, by cause.
        case closedByCause = "closed.cause"
        /// Cases closed, by origin court (`—` for none).
        case closedByOriginCourt = "closed.origin"
        /// Cases closed with a disposition, by disposition.
        case closedByOutcome = "closed.outcome"
        /// Foreign-related cases closed (one key, empty).
        case closedForeignRelated = "closed.foreign"
        /// Cases closed with a decision date, by `type:trialDays` (`TrialDaysKey`).
        case closedTrialDays = "closed.trialDays"

        /// Whether the measure dates a case by its closing day (else by its docketing day).
        public var datedByClosing: Bool { self != .newByCause && self != .newByOriginCourt }

        /// The key a case counts under, or nil when the measure does not count it.
        public func key(of courtCase: CourtCase) -> String? {
            switch self {
            case .newByCause, .closedByCause: courtCase.cause.rawValue
            case .newByOriginCourt, .closedByOriginCourt: courtCase.origin?.courtCode ?? DocketTally.noOriginCourt
            case .closedByOutcome: courtCase.disposition?.rawValue
            case .closedForeignRelated: courtCase.foreignRelated ? "" : nil
            case .closedTrialDays: courtCase.trialDaysToDecision.map { TrialDaysKey(type: courtCase.type.rawValue, days: $0).stored }
            }
        }

        /// The day the measure dates a case by, or nil when it does not count it.
        public func day(of courtCase: CourtCase) -> CalendarDate? {
            datedByClosing ? courtCase.closedOn : courtCase.docketedOn
        }
    }

    /// The key of `closedTrialDays`: a case type's code and a whole number of days, as `知民终:134`.
    public struct TrialDaysKey: Hashable, Sendable {
        public let type: String
        public let days: Int

        public init(type: String, days: Int) {
            self.type = type
            self.days = days
        }

        /// Reads a stored key; nil for one that is not `type:days`.
        public init?(stored: String) {
            guard let colon = stored.lastIndex(of: ":"), let days = Int(stored[stored.index(after: colon)...]) else { return nil }
            self.init(type: String(stored[..<colon]), days: days)
        }

        public var stored: String { "\(type):\(days)" }
    }

    /// The key cases without an origin court count under.
    public static let noOriginCourt = "—"

    /// Cases docketed before the span and not closed before it.
    public var carriedOver: Int
    /// Cases by measure and key; keys with no case are absent.
    public var counts: [Measure: [String: Int]]

    public init(carriedOver: Int, counts: [Measure: [String: Int]]) {
        self.carriedOver = carriedOver
        self.counts = counts.compactMapValues { keys in
            let kept = keys.filter { $0.value != 0 }
            return kept.isEmpty ? nil : kept
        }
    }

    /// The tally of `cases` from `from` through `through`, counting the cases one by one.
    public init(from: CalendarDate, through: CalendarDate, cases: [CourtCase]) {
        var counts: [Measure: [String: Int]] = [:]
        var carriedOver = 0
        for courtCase in cases {
            if courtCase.docketedOn < from && (courtCase.closedOn.map { $0 >= from } ?? true) { carriedOver += 1 }
            for measure in Measure.allCases {
                guard let day = measure.day(of: courtCase), from <= day, day <= through, let key = measure.key(of: courtCase) else { continue }
                counts[measure, default: [:]][key, default: 0] += 1
            }
        }
        self.init(carriedOver: carriedOver, counts: counts)
    }

    /// The cases counted under `measure`, all keys together.
    public func total(_ measure: Measure) -> Int { counts[measure]?.values.reduce(0, +) ?? 0 }

    /// The trial days of the cases closed with a decision: days → cases, per case type code.
    public var trialDaysByType: [String: [Int: Int]] {
        var byType: [String: [Int: Int]] = [:]
        for (stored, cases) in counts[.closedTrialDays] ?? [:] {
            guard let key = TrialDaysKey(stored: stored) else { continue }
            byType[key.type, default: [:]][key.days, default: 0] += cases
        }
        return byType
    }
}
