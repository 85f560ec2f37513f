import ArgumentParser
import Foundation
import TribunalKernel
import CourtOperations

extension Tribunal {
    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A year's judicial statistics as JSON: received, closed, pending, closedPerJudge, averageTrialDays, clearanceRate, and the rest, with the change on the year before.")

        @Option(help: "The year, e.g. 2021.") var year: Int
        @OptionGroup var database: DatabaseOptions

        /// The year's figures, then the year before's and the change of the headline figures.
        struct Output: Encodable {
            let comparison: StatisticsComparison

            private enum Keys: String, CodingKey { case previousYear, yearOnYear }
            private struct Change: Encodable { let closed: Decimal?; let closedPerJudge: Decimal?; let averageTrialDays: Decimal? }

            func encode(to encoder: any Encoder) throws {
                try comparison.current.encode(to: encoder)
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(comparison.previous, forKey: .previousYear)
                try container.encode(Change(closed: comparison.closedChange, closedPerJudge: comparison.closedPerJudgeChange,
                                            averageTrialDays: comparison.averageTrialDaysChange), forKey: .yearOnYear)
            }
        }

        func run() async throws {
            let period: StatisticsPeriod
            do { period = try .year(year) } catch { throw CommandFailure(description: "--year: \(error.reason)") }
            let store = try await database.openStore()
            let comparison = try await store.services.statistics.comparison(for: period)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(Output(comparison: comparison)), as: UTF8.self))
        }
    }
}
