import Foundation
import Hummingbird
import TribunalKernel
import CourtOperations

extension StatisticsReport {
    /// The report of the year a request asks for (`?year=`, this year when absent), as of `today`.
    static func load(for request: Request, statistics: StatisticsService, today: CalendarDate, path: String, wording: Wording) async throws -> StatisticsReport {
        let year = try request.queryFields().nonEmpty.number("year", in: StatisticsPeriod.firstYear...today.year) ?? today.year
        let report = try await statistics.report(year: year, today: today)
        return StatisticsReport(comparison: report.comparison, series: report.years, year: year, firstYear: StatisticsPeriod.firstYear, lastYear: today.year,
                                path: path, wording: wording)
    }

    /// One of the report's tables (`?table=`, the headline figures when absent) as a CSV download.
    func csvResponse(for request: Request) throws -> Response {
        let table = try request.queryText("table") ?? "figures"
        guard let csv = csv(table: table) else {
            throw MalformedInput(field: "table", "'\(table.prefix(40))' is not one of figures, \(tables.map(\.id).joined(separator: ", "))")
        }
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"statistics-\(year)-\(table).csv\""],
                        body: .init(byteBuffer: ByteBuffer(string: "\u{FEFF}" + csv)))
    }
}
