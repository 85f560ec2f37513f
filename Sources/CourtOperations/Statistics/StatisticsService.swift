import Foundation
import TribunalKernel
import Accounts
import Docket

/// The court's figures for a period, with the year before's beside them.
public struct StatisticsService: Sendable {
    public let cases: any CaseRepository
    public let staff: any StaffRepository

    public init(cases: any CaseRepository, staff: any StaffRepository) {
        self.cases = cases
        self.staff = staff
    }

    /// The figures of `period` and of the same span a year earlier.
    public func comparison(for period: StatisticsPeriod) async throws -> StatisticsComparison {
        let all = try await cases.all(matching: CaseQuery(limit: 200))
        let members = try await staff.allStaff()
        return StatisticsComparison(current: JudicialStatistics(period: period, cases: all, staff: members),
                                    previous: JudicialStatistics(period: period.yearBefore, cases: all, staff: members))
    }
}
