import ArgumentParser
import Foundation
import GRDB
import StorePostgres
import StoreRecords
import StoreSQLite
import TribunalKernel
import Accounts
import Docket
import CourtOperations
import TribunalDemo
import ProcessTuning

/// The leaders' dashboard over a large docket: the figures of a year and of the year to date,
/// each beside the same span a year earlier, with every year's caseload, from the engines' tally,
/// beside the chosen span's tally counted from the cases with SQL.
struct StatisticsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statistics",
        abstract: "Times the statistics dashboard's queries over N generated cases on SQLite and PostgreSQL.")

    @Option(help: "How many cases the court holds.") var cases: Int = 1_000_000
    @Option(help: "The SQLite court: made with N generated cases when it does not exist, else used as it is.") var sqlite: String
    @Option(help: "An empty PostgreSQL database to copy the court into, or one holding the same court (none: SQLite only).") var postgres: String?
    @Option(help: "Timed dashboards per engine and span.") var rounds: Int = 20
    @Option(help: "Timed counts from the cases per engine and span (they are slow).") var countingRounds: Int = 3

    static let today = CalendarDate(year: 2026, month: 11, day: 26)!

    func run() async throws {
        Allocator.keepFreedPages()
        var report: [String: Any] = [:]
        if !FileManager.default.fileExists(atPath: sqlite) {
            report["generate"] = try await Self.generate(cases: cases, path: sqlite)
        }
        let lite = try SQLiteStore(writer: try DatabasePool(path: sqlite), searchIndexSnapshot: nil)
        report["cases"] = try await lite.caseCount()
        report["sqlite"] = try await Self.measure(lite, staff: lite, rounds: rounds, countingRounds: countingRounds) {
            try await lite.tallyCountingCases(from: $0, through: $1)
        }
        if let postgres {
            // No statement timeout: counting a year from the cases can take longer than a server allows.
            let pg = try await PostgresStore.connect(try PostgresStoreConfiguration(url: postgres, poolSize: 8, statementTimeout: nil))
            if try await pg.caseCount() == 0 {
                let started = Date()
                let results = try await CourtCopy(from: lite, to: pg).run { table, done, total in
                    FileHandle.standardError.write(Data("\r\(table) \(done)/\(total)        ".utf8))
                }
                guard results.allSatisfy(\.matches) else { throw ValidationError("the copy differs from its source") }
                report["copySqliteToPostgresSeconds"] = (Date().timeIntervalSince(started) * 10).rounded() / 10
            }
            do {
                report["postgres"] = try await Self.measure(pg, staff: pg, rounds: rounds, countingRounds: countingRounds) {
                    try await pg.tallyCountingCases(from: $0, through: $1)
                }
            } catch {
                // PostgresNIO's own description hides the server's message.
                throw ValidationError("PostgreSQL: \(String(reflecting: error))")
            }
        }
        try printReport(report)
    }

    /// Generates the court: judges, and the demo court's archive cases, a tenth of them still open
    /// and a ninth with an excluded interval, written as the docket writes them (the tally's
    /// triggers count each).
    static func generate(cases: Int, path: String) async throws -> [String: Any] {
        let store = try SQLiteStore(path: path)
        for index in 0..<60 {
            _ = try await store.add(NewStaffMember(nameZh: "法官\(index)", nameEn: "Judge \(index)", role: index < 15 ? .presidingJudge : .judge,
                                                   inPostFrom: CalendarDate(year: 2019 + index % 4, month: 1 + index % 12, day: 1)!,
                                                   inPostUntil: index % 10 == 9 ? CalendarDate(year: 2024, month: 6, day: 30)! : nil))
        }
        let demo = DemoCourt(seed: 20190101, caseCount: cases, currentCaseload: 0, today: today)
        var numbering: [String: Int] = [:]
        var writeSeconds = 0.0
        for offset in stride(from: 0, to: cases, by: 10_000) {
            var batch = demo.archiveCases(offset: offset, count: min(10_000, cases - offset), numbering: &numbering)
            for index in batch.indices {
                if (offset + index) % 10 == 3 {
                    batch[index].status = .assigned
                    batch[index].disposition = nil
                    batch[index].decidedOn = nil
                    batch[index].closedOn = nil
                } else if (offset + index) % 9 == 4 {
                    let docketed = batch[index].docketedOn
                    batch[index].exclusions = [TrialPeriodExclusion(kind: .appraisal, from: docketed.adding(days: 5), to: docketed.adding(days: 19),
                                                                    reason: "鉴定", approvedBy: "庭长")]
                }
            }
            let started = Date()
            let written = batch
            try await store.writer.write { db in
                for courtCase in written {
                    var record = CaseRecord(courtCase)
                    record.id = nil
                    try record.insert(db)
                }
            }
            writeSeconds += Date().timeIntervalSince(started)
            FileHandle.standardError.write(Data("\rgenerated \(offset + batch.count)/\(cases)   ".utf8))
        }
        try await store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return ["writeSeconds": (writeSeconds * 10).rounded() / 10, "casesPerSecond": Int(Double(cases) / writeSeconds)]
    }

    /// The dashboard (a span and the span a year before, with the staff) timed on one engine,
    /// for a whole year and for the year to date, beside the same tallies counted from the cases.
    static func measure(_ tallies: any StatisticsRepository, staff: any StaffRepository, rounds: Int, countingRounds: Int,
                        countingCases: (CalendarDate, CalendarDate) async throws -> DocketTally) async throws -> [String: Any] {
        let service = StatisticsService(tallies: tallies, staff: staff)
        let spans: [(String, StatisticsPeriod)] = [
            ("year2025", try .year(2025)),
            ("yearToDate2026", try StatisticsPeriod(from: CalendarDate(year: 2026, month: 1, day: 1)!, through: today)),
        ]
        var figures: [String: Any] = [:]
        for (name, period) in spans {
            var dashboard: [Double] = []
            var comparison: StatisticsComparison?
            for _ in 0..<(rounds + 2) {
                // The whole dashboard: the year beside the year before, and every year's caseload.
                let started = Date()
                comparison = try await service.report(year: period.from.year, today: today).comparison
                dashboard.append(Date().timeIntervalSince(started) * 1000)
            }
            var counting: [Double] = []
            var counted: DocketTally?
            for _ in 0..<countingRounds {
                let started = Date()
                counted = try await countingCases(period.from, period.through)
                counting.append(Date().timeIntervalSince(started) * 1000)
            }
            // The tally must say what counting the cases says, or its speed is worth nothing.
            let stored = try await tallies.tally(from: period.from, through: period.through)
            if let counted, counted != stored { throw ValidationError("\(name): the stored tally differs from counting the cases") }
            figures[name] = [
                "dashboardMs": Percentiles(Array(dashboard.dropFirst(2))).json,
                "countingCasesMs": Percentiles(counting).json,
                "received": comparison?.current.received ?? 0, "closed": comparison?.current.closed ?? 0,
                "medianTrialDays": "\(comparison?.current.medianTrialDays ?? 0)",
            ]
        }
        return figures
    }
}
