import ArgumentParser
import Foundation
import StoreRecords

extension Tribunal {
    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a whole court from one database to another, SQLite or PostgreSQL, then compare every table.",
            discussion: """
                The destination is migrated and must be empty. After the copy, each table's row count and a checksum \
                of its rows are compared on both sides; any difference is an error. Search index snapshots are not \
                copied: the destination's servers build their index from the copied judgments.
                """)

        @Option(help: ArgumentHelp("The court to copy: a SQLite file or a postgres:// URL.", valueName: "path-or-url"))
        var from: String
        @Option(help: ArgumentHelp("Where to copy it: a new SQLite file or an empty PostgreSQL database.", valueName: "path-or-url"))
        var to: String

        func run() async throws {
            let source = try await OpenedStore.open(try DatabaseOptions.location(of: from, option: "--from"), option: "--from")
            let destination = try await OpenedStore.open(try DatabaseOptions.location(of: to, option: "--to"), option: "--to")
            let started = Date()
            let results: [CourtCopy.TableResult]
            do {
                results = try await CourtCopy(from: source.tables, to: destination.tables).run { table, copied, total in
                    ProgressBar.show(table, copied, total)
                }
            } catch let refusal as DestinationNotEmpty {
                throw CommandFailure(description: "--to: \(refusal)")
            }
            ProgressBar.finish()
            for result in results where result.rows > 0 || !result.matches {
                print("\(result.table.padding(toLength: 20, withPad: " ", startingAt: 0)) \(String(result.rows).leftPadded(9)) rows  "
                      + (result.matches ? "checksum \(result.sourceChecksum.prefix(16)) matches" : "DIFFERS: \(result.destinationChecksum.prefix(16))"))
            }
            let rows = results.reduce(0) { $0 + $1.rows }
            guard results.allSatisfy(\.matches) else {
                throw CommandFailure(description: "the copy differs from its source in " + results.filter { !$0.matches }.map(\.table).joined(separator: ", "))
            }
            print("Copied \(rows) rows in \(results.count) tables in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; every table matches.")
        }
    }
}

/// A one-line progress bar on standard error, redrawn in place.
enum ProgressBar {
    static func show(_ label: String, _ done: Int, _ total: Int) {
        let width = 30
        let filled = total == 0 ? width : min(width, done * width / max(total, 1))
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label.padding(toLength: 20, withPad: " ", startingAt: 0)) \(bar) \(done)/\(total)   ".utf8))
    }

    static func finish() {
        FileHandle.standardError.write(Data("\r\(String(repeating: " ", count: 80))\r".utf8))
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
