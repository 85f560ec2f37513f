import Foundation
import TribunalKernel
import Docket
import CourtOperations

/// The court's judicial statistics as the leaders' dashboard and the public portal both show
/// them: a year's headline figures beside the year before's, charts drawn on the server with the
/// same figures in a table beside each, the years side by side, and every table as CSV.
struct StatisticsReport {
    struct Figure { let label: String; let value: String; let change: String? }
    struct Row { let cells: [String] }
    struct Table {
        let id: String
        let title: String
        let header: [String]
        let rows: [Row]
        let csvURL: String
        let chart: BarChart?

        init(id: String, title: String, header: [String], rows: [[String]], csvURL: String, chart: BarChart?) {
            self.id = id
            self.title = title
            self.header = header
            self.rows = rows.map(Row.init)
            self.csvURL = csvURL
            self.chart = chart
        }
    }

    let year: Int
    /// Where the year chooser sends its choice.
    let formAction: String
    /// The headline figures as CSV.
    let figuresCSVURL: String
    /// The days the figures cover, and those of the year before they are compared with.
    let periodText: String
    let years: [Choice]
    let figures: [Figure]
    let tables: [Table]
    let definitions: [String]

    /// The report of `comparison` (the chosen year) with `series` (each year's figures, oldest
    /// first); `path` is the page's address, its CSV at `path.csv`.
    init(comparison: StatisticsComparison, series: [JudicialStatistics], year: Int, firstYear: Int, lastYear: Int, path: String, wording: Wording) {
        let language = wording.language
        let now = comparison.current
        self.year = year
        formAction = path
        figuresCSVURL = "\(path).csv?year=\(year)&table=figures"
        periodText = "\(now.period.from) – \(now.period.through) · " + wording("comparedWith", "period", "\(comparison.previous.period.from) – \(comparison.previous.period.through)")
        years = (firstYear...lastYear).reversed().map { Choice(value: String($0), label: String($0), selected: $0 == year) }
        func number(_ value: Decimal?) -> String { value.map { "\($0)" } ?? "—" }
        func percent(_ value: Decimal?) -> String { value.map { "\(($0 * 100).rounded(scale: 1))%" } ?? "—" }
        func change(_ value: Decimal?) -> String? {
            value.map { wording("yearOnYear", "change", ($0 >= 0 ? "+" : "") + "\(($0 * 100).rounded(scale: 1))%") }
        }
        figures = [
            Figure(label: wording("received"), value: String(now.received), change: nil),
            Figure(label: wording("carriedOver"), value: String(now.carriedOver), change: nil),
            Figure(label: wording("newCases"), value: String(now.new), change: nil),
            Figure(label: wording("closed"), value: String(now.closed), change: change(comparison.closedChange)),
            Figure(label: wording("pendingCases"), value: String(now.pending), change: nil),
            Figure(label: wording("clearanceRate"), value: percent(now.clearanceRate), change: nil),
            Figure(label: wording("closedPerJudge"), value: number(now.closedPerJudge), change: change(comparison.closedPerJudgeChange)),
            Figure(label: wording("judgesInPost"), value: number(now.judgesInPost), change: nil),
            Figure(label: wording("averageTrialDays"), value: number(now.averageTrialDays), change: change(comparison.averageTrialDaysChange)),
            Figure(label: wording("medianTrialDays"), value: number(now.medianTrialDays), change: nil),
            Figure(label: wording("foreignRelatedShare"), value: percent(now.foreignRelatedShare), change: nil),
        ]
        let csv = { (table: String) in "\(path).csv?year=\(year)&table=\(table)" }
        let described = wording("chartDescription", "year", String(year))
        let outcomes = now.outcomes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { key, count in
            (label: Disposition(rawValue: key).map(language.label) ?? key, value: Decimal(count), text: String(count))
        }
        let causes = now.byCause.map { count in
            (label: CauseOfAction(rawValue: count.key).map(language.label) ?? count.key, count: count)
        }
        let courts = now.byOriginCourt.map { count in (label: count.key == DocketTally.noOriginCourt ? wording("noOriginCourt") : language.courtLabel(count.key), count: count) }
        let types = now.trialDaysByType.map { days in (label: TribunalCaseType(rawValue: days.key).map(language.label) ?? days.key, days: days) }
        let yearly = series.reversed().map { figures in (label: String(figures.period.from.year), figures: figures) }
        tables = [
            Table(id: "outcomes", title: wording("closedByOutcome"), header: [wording("disposition"), wording("closed")],
                  rows: outcomes.map { [$0.label, $0.text] }, csvURL: csv("outcomes"),
                  chart: BarChart(id: "chart-outcomes", title: wording("closedByOutcome"), description: described, data: outcomes)),
            Table(id: "trial-days", title: wording("trialDaysByType"), header: [wording("caseType"), wording("closed"), wording("averageTrialDays"), wording("medianTrialDays")],
                  rows: types.map { [$0.label, String($0.days.cases), number($0.days.average), number($0.days.median)] }, csvURL: csv("trial-days"),
                  chart: BarChart(id: "chart-trial-days", title: wording("trialDaysByType"), description: described,
                                  data: types.map { (label: $0.label, value: $0.days.average ?? 0, text: number($0.days.average)) })),
            Table(id: "causes", title: wording("byCause"), header: [wording("cause"), wording("newCases"), wording("closed")],
                  rows: causes.map { [$0.label, String($0.count.new), String($0.count.closed)] }, csvURL: csv("causes"),
                  chart: BarChart(id: "chart-causes", title: wording("closedByCause"), description: described,
                                  data: causes.prefix(10).map { (label: $0.label, value: Decimal($0.count.closed), text: String($0.count.closed)) })),
            Table(id: "courts", title: wording("byOriginCourt"), header: [wording("court_"), wording("newCases"), wording("closed")],
                  rows: courts.map { [$0.label, String($0.count.new), String($0.count.closed)] }, csvURL: csv("courts"), chart: nil),
            Table(id: "years", title: wording("yearByYear"),
                  header: [wording("year"), wording("received"), wording("closed"), wording("pendingCases"), wording("clearanceRate"), wording("closedPerJudge")],
                  rows: yearly.map { [$0.label, String($0.figures.received), String($0.figures.closed), String($0.figures.pending),
                                      percent($0.figures.clearanceRate), number($0.figures.closedPerJudge)] },
                  csvURL: csv("years"),
                  chart: BarChart(id: "chart-years", title: wording("closedByYear"), description: wording("chartDescriptionYears"),
                                  data: yearly.map { (label: $0.label, value: Decimal($0.figures.closed), text: String($0.figures.closed)) })),
        ]
        definitions = ["definitionReceived", "definitionClearance", "definitionPerJudge", "definitionTrialDays"].map { wording($0) }
    }

    /// A table as CSV (RFC 4180), header first; `figures` is the headline figures.
    func csv(table id: String) -> String? {
        let rows: [[String]]
        if id == "figures" {
            rows = [["", String(year), ""]] + figures.map { [$0.label, $0.value, $0.change ?? ""] }
        } else {
            guard let table = tables.first(where: { $0.id == id }) else { return nil }
            rows = [table.header] + table.rows.map(\.cells)
        }
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
