import Foundation
import GRDB
import StoreRecords
import TribunalKernel
import Docket
import CourtOperations

extension SQLiteStore: StatisticsRepository {
    public func tally(from: CalendarDate, through: CalendarDate, measures: Set<DocketTally.Measure>) async throws -> DocketTally {
        try await tally(DocketTallySQL(.sqlite).statement(from: from, through: through, measures: measures))
    }

    /// The same tally counted from the cases alone (`DocketTallySQL.statementCountingCases`),
    /// for the benchmark.
    public func tallyCountingCases(from: CalendarDate, through: CalendarDate) async throws -> DocketTally {
        try await tally(DocketTallySQL(.sqlite).statementCountingCases(from: from, through: through))
    }

    private func tally(_ statement: String) async throws -> DocketTally {
        let rows = try await writer.read { db in
            try Row.fetchAll(db, sql: statement).map { row in
                DocketTallySQL.Row(before: try Self.column(row, "earlier") as Int == 1, measure: try Self.column(row, "measure"),
                                   key: try Self.column(row, "key"), cases: try Self.column(row, "cases"))
            }
        }
        return try DocketTallySQL.tally(rows)
    }

    /// Works out the trial days of the closed cases stored before the column held them; the
    /// tally's triggers count each as it is written. A row that cannot be read is left as it is.
    static func workOutTrialDays(_ db: Database) throws {
        var lastId: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM courtCase WHERE \(DocketTallySQL.trialDaysToWorkOut) AND id > ? ORDER BY id LIMIT 1000",
                                        arguments: [lastId])
            guard let last = rows.last else { return }
            lastId = try column(last, "id")
            for row in rows {
                guard let courtCase = try? decodeCase(row), let days = courtCase.trialDaysToDecision else { continue }
                try db.execute(sql: "UPDATE courtCase SET trialDays = ? WHERE id = ?", arguments: [days, courtCase.id])
            }
        }
    }
}
