import Foundation
import TribunalKernel

/// The last day for the applicant to sue after an order made before litigation.
public struct SuitDeadline: Hashable, Sendable {
    /// The day after the ruling plus thirty days, moved off a rest day.
    public let lastDay: CalendarDate
    /// The holiday calendar does not cover the last day's year yet: it is moved off weekends only.
    public let provisional: Bool

    /// Past its last day, the order is to be lifted.
    public func overdue(asOf today: CalendarDate) -> Bool { today > lastDay }
}

extension PreservationMatter {
    /// CPL 2023 Art. 104 para. 3: when the applicant does not sue (or apply for arbitration)
    /// within thirty days after the court takes a preservation measure before litigation, the
    /// court lifts it. The thirty days run from the day after the ruling and a last day on a
    /// rest day moves to the next working day (CPL 2023 Art. 85). Nil for a matter during
    /// litigation, one refused, or one no longer binding; a refusal revoked on reconsideration
    /// counts from the decision that took the measure.
    public var suitDeadline: SuitDeadline? {
        guard stage == .beforeLitigation, let ruling, status == .inForce, endsOn == nil else { return nil }
        // The measure is taken by the ruling, or by the reconsideration that revoked a refusal.
        let takenOn = ruling.outcome == .refused ? reconsideration?.decidedOn : CalendarDate(ruling.ruledAt)
        guard let takenOn else { return nil }
        let (lastDay, provisional) = HolidayCalendar.official.lastDayOfPeriod(takenOn.adding(days: Self.daysToSue))
        return SuitDeadline(lastDay: lastDay, provisional: provisional)
    }

    /// CPL 2023 Art. 104 para. 3.
    public static let daysToSue = 30
}
