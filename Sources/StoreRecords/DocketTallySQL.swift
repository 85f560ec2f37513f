import TribunalKernel
import Docket
import CourtOperations

/// The docket's statistics tally as both engines keep it: the table `caseTally` holds, per
/// period, measure and key, how many cases count there (`DocketTally.Measure`). A period is a
/// month (`yyyymm`) or a day (`yyyymmdd`): each case counts in both, so that a span adds up its
/// whole months and the days of its partial months, a few thousand rows whatever the docket's
/// size. Triggers on `courtCase` keep it as the cases are written, whatever writes them (the
/// docket, an archive import, `tribunal copy`).
public struct DocketTallySQL: Sendable {
    public enum Dialect: Sendable { case sqlite, postgres }

    public let dialect: Dialect

    public init(_ dialect: Dialect) { self.dialect = dialect }

    /// One row of a tally's statement: whether it counts before the span or in it, a measure, a
    /// key and how many cases count there.
    public struct Row: Sendable {
        public let before: Bool
        public let measure: String
        public let key: String
        public let cases: Int

        public init(before: Bool, measure: String, key: String, cases: Int) {
            self.before = before
            self.measure = measure
            self.key = key
            self.cases = cases
        }
    }

    // MARK: - What each measure counts, in SQL over a row of `courtCase`

    private func dateColumn(_ measure: DocketTally.Measure, _ row: String) -> String {
        measure.datedByClosing ? "\(row).closedOn" : "\(row).docketedOn"
    }

    private func key(_ measure: DocketTally.Measure, _ row: String) -> String {
        switch measure {
        case .newByCause, .closedByCause: "\(row).cause"
        case .newByOriginCourt, .closedByOriginCourt: "COALESCE(\(row).originCourtCode, '\(DocketTally.noOriginCourt)')"
        case .closedByOutcome: "\(row).disposition"
        case .closedForeignRelated: "''"
        case .closedTrialDays: "\(row).typeCode || ':' || \(row).trialDays"
        }
    }

    private func counts(_ measure: DocketTally.Measure, _ row: String) -> String {
        switch measure {
        case .newByCause, .newByOriginCourt: "\(row).docketedOn IS NOT NULL"
        case .closedByCause, .closedByOriginCourt: "\(row).closedOn IS NOT NULL"
        case .closedByOutcome: "\(row).closedOn IS NOT NULL AND \(row).disposition IS NOT NULL"
        case .closedForeignRelated: "\(row).closedOn IS NOT NULL AND \(row).foreignRelated"
        case .closedTrialDays: "\(row).closedOn IS NOT NULL AND \(row).trialDays IS NOT NULL"
        }
    }

    /// The `yyyymm` month and the `yyyymmdd` day of a date expression: the periods a case counts in.
    private func periods(_ date: String) -> [String] {
        switch dialect {
        case .sqlite: ["CAST(substr(\(date), 1, 4) || substr(\(date), 6, 2) AS INTEGER)", "CAST(replace(\(date), '-', '') AS INTEGER)"]
        case .postgres: ["(EXTRACT(YEAR FROM \(date)) * 100 + EXTRACT(MONTH FROM \(date)))::integer", "to_char(\(date), 'YYYYMMDD')::integer"]
        }
    }

    private static func month(of day: CalendarDate) -> Int { day.year * 100 + day.month }
    private static func day(of day: CalendarDate) -> Int { day.year * 10_000 + day.month * 100 + day.day }

    // MARK: - Schema

    /// The table of counts, ordered by measure and period so that a span reads, for each
    /// measure, one run of rows: SQLite keeps the rows in that order (`WITHOUT ROWID`);
    /// PostgreSQL keeps the counts in the key's index, which a span reads alone once vacuum has
    /// marked the table's pages visible. A month (six digits) sorts before every day (eight).
    public var createTable: String {
        switch dialect {
        case .sqlite:
            """
            CREATE TABLE caseTally (measure text NOT NULL, period integer NOT NULL, key text NOT NULL, cases integer NOT NULL,
              PRIMARY KEY (measure, period, key)) WITHOUT ROWID
            """
        case .postgres:
            """
            CREATE TABLE caseTally (measure text NOT NULL, period integer NOT NULL, key text NOT NULL, cases integer NOT NULL,
              PRIMARY KEY (measure, period, key) INCLUDE (cases))
            """
        }
    }

    /// Statements that count (`sign` 1) or uncount (−1) the row `row` (`NEW` or `OLD` in a trigger).
    public func countStatements(row: String, sign: Int) -> [String] {
        DocketTally.Measure.allCases.flatMap { measure in
            periods(dateColumn(measure, row)).map { period in
                """
                INSERT INTO caseTally (measure, period, key, cases)
                SELECT '\(measure.rawValue)', \(period), \(key(measure, row)), \(sign)
                WHERE \(counts(measure, row))
                ON CONFLICT (measure, period, key) DO UPDATE SET cases = caseTally.cases + excluded.cases
                """
            }
        }
    }

    /// The columns a change of which changes the row's counts.
    public static let countedColumns = ["docketedOn", "closedOn", "cause", "originCourtCode", "disposition", "foreignRelated",
                                        "typeCode", "trialDays"]

    /// The triggers that keep `caseTally` as `courtCase` is written: a new row counts, a deleted
    /// one uncounts, a changed one uncounts its old values and counts its new ones.
    public var triggerStatements: [String] {
        let uncountOld = countStatements(row: "OLD", sign: -1).map { $0 + ";" }.joined(separator: "\n")
        let countNew = countStatements(row: "NEW", sign: 1).map { $0 + ";" }.joined(separator: "\n")
        switch dialect {
        case .sqlite:
            let changed = Self.countedColumns.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
            return [
                "CREATE TRIGGER courtCase_tally_insert AFTER INSERT ON courtCase BEGIN\n\(countNew)\nEND",
                "CREATE TRIGGER courtCase_tally_delete AFTER DELETE ON courtCase BEGIN\n\(uncountOld)\nEND",
                "CREATE TRIGGER courtCase_tally_update AFTER UPDATE ON courtCase WHEN \(changed) BEGIN\n\(uncountOld)\n\(countNew)\nEND",
            ]
        case .postgres:
            let changed = Self.countedColumns.map { "OLD.\($0) IS DISTINCT FROM NEW.\($0)" }.joined(separator: " OR ")
            return [
                """
                CREATE OR REPLACE FUNCTION courtCase_tally() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                IF TG_OP <> 'INSERT' THEN
                \(uncountOld)
                END IF;
                IF TG_OP <> 'DELETE' THEN
                \(countNew)
                END IF;
                RETURN NULL;
                END
                $$
                """,
                "CREATE TRIGGER courtCase_tally_write AFTER INSERT OR DELETE ON courtCase FOR EACH ROW EXECUTE FUNCTION courtCase_tally()",
                "CREATE TRIGGER courtCase_tally_change AFTER UPDATE ON courtCase FOR EACH ROW WHEN (\(changed)) EXECUTE FUNCTION courtCase_tally()",
            ]
        }
    }

    /// The index that finds closed cases whose trial days an upgrade has still to work out.
    public static let createTrialDaysToWorkOutIndex = "CREATE INDEX courtCase_trialDaysToWorkOut ON courtCase (id) WHERE \(trialDaysToWorkOut)"

    /// The cases whose trial days are still to be worked out (stored before the column was).
    public static let trialDaysToWorkOut = "closedOn IS NOT NULL AND decidedOn IS NOT NULL AND trialDays IS NULL"

    /// The statements of the migration that brings in the tally: the column, the table, its
    /// triggers, and the counts of the cases already stored. The trial days of those cases are
    /// worked out in Swift afterwards (`trialDaysToWorkOut`); the triggers count them as they are.
    public var migrationStatements: [String] {
        ["ALTER TABLE courtCase ADD COLUMN trialDays integer", createTable, Self.createTrialDaysToWorkOutIndex]
            + triggerStatements + countAllStatements
    }

    /// Statements that count every case stored, into an empty `caseTally`.
    public var countAllStatements: [String] {
        DocketTally.Measure.allCases.flatMap { measure in
            periods(dateColumn(measure, "c")).map { period in
                """
                INSERT INTO caseTally (measure, period, key, cases)
                SELECT '\(measure.rawValue)', \(period), \(key(measure, "c")), COUNT(*)
                FROM courtCase c WHERE \(counts(measure, "c")) GROUP BY 2, 3
                """
            }
        }
    }

    // MARK: - Reading a span

    /// The tally from the rows of `statement(from:through:)`; an unknown measure or an
    /// unreadable trial-days key is an error naming it.
    public static func tally(_ rows: [Row]) throws(StoredRowError) -> DocketTally {
        var counts: [DocketTally.Measure: [String: Int]] = [:]
        var carriedOver = 0
        for row in rows {
            let measure = try StoredRowError.code(row.measure, column: "caseTally.measure", DocketTally.Measure.init(rawValue:))
            if row.before {
                // Cases docketed before the span less those closed before it.
                carriedOver += measure == .newByCause ? row.cases : measure == .closedByCause ? -row.cases : 0
                continue
            }
            if measure == .closedTrialDays, DocketTally.TrialDaysKey(stored: row.key) == nil {
                throw StoredRowError(column: "caseTally.key", value: row.key)
            }
            counts[measure, default: [:]][row.key, default: 0] += row.cases
        }
        return DocketTally(carriedOver: carriedOver, counts: counts)
    }

    /// The statement of the tally from `from` through `through`, one statement so that every
    /// part sees the same docket: whole months from their month rows, the days of partial months
    /// from their day rows. Its columns are `earlier` (1 for the counts before the span),
    /// `measure`, `key` and `cases`.
    public func statement(from: CalendarDate, through: CalendarDate, measures: Set<DocketTally.Measure> = Set(DocketTally.Measure.allCases)) -> String {
        let firstOfFromMonth = CalendarDate(year: from.year, month: from.month, day: 1)!
        // Carried over: every month before the span's first, then its first month's days before it.
        let carried = "measure IN ('\(DocketTally.Measure.newByCause.rawValue)', '\(DocketTally.Measure.closedByCause.rawValue)')"
        var before = ["\(carried) AND period < \(Self.month(of: from))"]
        if from > firstOfFromMonth {
            before.append("\(carried) AND period BETWEEN \(Self.day(of: firstOfFromMonth)) AND \(Self.day(of: from.adding(days: -1)))")
        }
        // The span: its partial first month, its whole months, its partial last month, each
        // measure's run of rows (the key's order).
        let every = "measure IN (\(DocketTally.Measure.allCases.filter(measures.contains).map { "'\($0.rawValue)'" }.joined(separator: ", ")))"
        var within: [String] = []
        var firstWholeMonth = firstOfFromMonth
        if from > firstOfFromMonth {
            let endOfMonth = firstOfFromMonth.adding(months: 1).adding(days: -1)
            within.append("\(every) AND period BETWEEN \(Self.day(of: from)) AND \(Self.day(of: min(endOfMonth, through)))")
            firstWholeMonth = firstOfFromMonth.adding(months: 1)
        }
        let firstOfThroughMonth = CalendarDate(year: through.year, month: through.month, day: 1)!
        let throughIsMonthEnd = through.adding(days: 1).day == 1
        let lastWholeMonth = throughIsMonthEnd ? firstOfThroughMonth : firstOfThroughMonth.adding(months: -1)
        if firstWholeMonth <= lastWholeMonth {
            within.append("\(every) AND period BETWEEN \(Self.month(of: firstWholeMonth)) AND \(Self.month(of: lastWholeMonth))")
        }
        if !throughIsMonthEnd && firstOfThroughMonth >= firstWholeMonth && from <= through {
            within.append("\(every) AND period BETWEEN \(Self.day(of: firstOfThroughMonth)) AND \(Self.day(of: through))")
        }
        return Self.union(before.map { (1, tallyQuery($0)) } + within.map { (0, tallyQuery($0)) })
    }

    /// The same tally counted from `courtCase` alone, every day of the span and before it: what
    /// the tally saves, for the benchmark to set beside it and to check it against.
    public func statementCountingCases(from: CalendarDate, through: CalendarDate) -> String {
        let before = daysQuery(from: CalendarDate(year: 1900, month: 1, day: 1)!, through: from.adding(days: -1), measures: [.newByCause, .closedByCause])
        let within = daysQuery(from: from, through: through, measures: DocketTally.Measure.allCases)
        return Self.union([(1, before), (0, within)])
    }

    private static func union(_ parts: [(earlier: Int, query: String)]) -> String {
        parts.enumerated().map { index, part in
            "SELECT \(part.earlier) AS earlier, part\(index).measure, part\(index).key, part\(index).cases FROM (\(part.query)) part\(index)"
        }.joined(separator: "\nUNION ALL\n")
    }

    private func tallyQuery(_ condition: String) -> String {
        "SELECT measure, key, SUM(cases) AS cases FROM caseTally WHERE \(condition) GROUP BY measure, key"
    }

    /// The counts of the days from `from` through `through`, from the cases themselves (the
    /// benchmark's baseline). Dates are `CalendarDate`s, digits and hyphens only, so they are
    /// written into the SQL as literals.
    private func daysQuery(from: CalendarDate, through: CalendarDate, measures: [DocketTally.Measure]) -> String {
        measures.map { measure in
            """
            SELECT '\(measure.rawValue)' AS measure, \(key(measure, "c")) AS key, COUNT(*) AS cases FROM courtCase c
            WHERE \(dateColumn(measure, "c")) BETWEEN '\(from)' AND '\(through)' AND \(counts(measure, "c")) GROUP BY 2
            """
        }.joined(separator: "\nUNION ALL\n")
    }
}
