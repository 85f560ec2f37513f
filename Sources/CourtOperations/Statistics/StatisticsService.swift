import Foundation
import TribunalKernel
import Accounts
import Docket

/// The court's figures for a period, with the year before's beside them.
public struct StatisticsService: Sendable {
    public let tallies: any StatisticsRepository
    public let staff: any StaffRepository

    public init(tallies: any StatisticsRepository, staff: any StaffRepository) {
        self.tallies = tallies
        self.staff = staff
    }

    /// The figures of `period` and of the same span a year earlier.
    public func comparison(for period: StatisticsPeriod) async throws -> StatisticsComparison {
        async let current = tallies.tally(from: period.from, through: period.through)
        async let previous = tallies.tally(from: period.yearBefore.from, through: period.yearBefore.through)
        let members = try await staff.allStaff()
        return StatisticsComparison(current: JudicialStatistics(period: period, tally: try await current, staff: members),
                                    previous: JudicialStatistics(period: period.yearBefore, tally: try await previous, staff: members))
    }

    /// Each year's caseload from the Tribunal's first year through `today`'s (that one to
    /// `today`), oldest first: received, closed, pending, clearance and closed per judge (the
    /// figures by cause, court, outcome and trial days are the chosen year's, in `comparison`).
    public func yearByYear(through today: CalendarDate) async throws -> [JudicialStatistics] {
        let members = try await staff.allStaff()
        var years: [JudicialStatistics] = []
        for year in StatisticsPeriod.firstYear...today.year {
            let period = try StatisticsPeriod.yearSoFar(year, today: today)
            let tally = try await tallies.tally(from: period.from, through: period.through, measures: [.newByCause, .closedByCause])
            years.append(JudicialStatistics(period: period, tally: tally, staff: members))
        }
        return years
    }

    /// The whole report of a year as the dashboard shows it: the year beside the year before,
    /// and every year's caseload.
    public func report(year: Int, today: CalendarDate) async throws -> (comparison: StatisticsComparison, years: [JudicialStatistics]) {
        async let comparison = comparison(for: try .yearSoFar(year, today: today))
        async let years = yearByYear(through: today)
        return (try await comparison, try await years)
    }
}
