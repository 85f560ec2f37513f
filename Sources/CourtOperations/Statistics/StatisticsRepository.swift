import TribunalKernel

/// Where the docket's tallies are read: each engine keeps them as the cases are written, so that
/// a year's figures over a million cases need not read the cases.
public protocol StatisticsRepository: Sendable {
    /// The tally of every case from `from` through `through`, both days included, of `measures`
    /// (and the cases carried over): the same counts as `DocketTally(from:through:cases:)` over
    /// all the cases stored.
    func tally(from: CalendarDate, through: CalendarDate, measures: Set<DocketTally.Measure>) async throws -> DocketTally
}

extension StatisticsRepository {
    /// The tally of every measure.
    public func tally(from: CalendarDate, through: CalendarDate) async throws -> DocketTally {
        try await tally(from: from, through: through, measures: Set(DocketTally.Measure.allCases))
    }
}
