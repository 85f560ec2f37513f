import Foundation
import Logging
import PostgresNIO
import StoreRecords
import TribunalKernel
import Docket
import CourtOperations

extension PostgresStore: StatisticsRepository {
    public func tally(from: CalendarDate, through: CalendarDate, measures: Set<DocketTally.Measure>) async throws -> DocketTally {
        try await tally(DocketTallySQL(.postgres).statement(from: from, through: through, measures: measures))
    }

    /// The same tally counted from the cases alone (`DocketTallySQL.statementCountingCases`),
    /// for the benchmark.
    public func tallyCountingCases(from: CalendarDate, through: CalendarDate) async throws -> DocketTally {
        try await tally(DocketTallySQL(.postgres).statementCountingCases(from: from, through: through))
    }

    private func tally(_ statement: String) async throws -> DocketTally {
        let rows = try await rows(PostgresQuery(unsafeSQL: statement)).map { row in
            let r = StoredRow(row)
            return DocketTallySQL.Row(before: try r("earlier", Int.self) == 1, measure: try r("measure"), key: try r("key"), cases: try r("cases"))
        }
        return try DocketTallySQL.tally(rows)
    }

    /// Works out the trial days of the closed cases stored before the column held them; the
    /// tally's triggers count each as it is written. A row that cannot be read is left as it is.
    static func workOutTrialDays(on connection: PostgresConnection, logger: Logger) async throws {
        var lastId: Int64 = 0
        while true {
            let rows = try await connection.query(PostgresQuery(unsafeSQL: """
                SELECT \(caseColumns) FROM courtCase WHERE \(DocketTallySQL.trialDaysToWorkOut) AND id > \(lastId) ORDER BY id LIMIT 1000
                """), logger: logger).collect()
            guard let last = rows.last else { return }
            lastId = try StoredRow(last)("id")
            for row in rows {
                guard let courtCase = try? decodeCase(StoredRow(row)), let days = courtCase.trialDaysToDecision else { continue }
                try await connection.query("UPDATE courtCase SET trialDays = \(days) WHERE id = \(courtCase.id)", logger: logger)
            }
        }
    }
}
