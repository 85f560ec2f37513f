import ArgumentParser
import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Writes the corpus and the query mix, analysed, for another engine to index and run
/// (scripts/bench-tantivy.py): the same tokens at the same positions, the same queries.
struct ExportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Writes N generated judgments' tokens and the analysed query mix to a directory.")

    @Option(help: "How many judgments to generate.") var judgments: Int = 100_000
    @Option(help: "The directory to write documents.jsonl and queries.json to.") var output: String

    func run() async throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let path = URL(fileURLWithPath: output).appendingPathComponent("documents.jsonl").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        var samples: [CaseNumber] = []
        try await GeneratedCorpus(judgments: judgments).forEachBatch(size: 10_000) { offset, batch in
            samples += GeneratedCorpus.samples(offset: offset, of: judgments, batch)
            var lines = Data()
            for facts in batch.flatMap({ SearchDocument.documents(of: $0.1) }) {
                var tokens: [String] = [], steps: [UInt32] = []
                var previous: Int64 = -1
                AnalyzedDocument.forEachPositionedToken(in: AnalyzedDocument.tokens(of: facts)) { token, position, _ in
                    tokens.append(token.text)
                    steps.append(UInt32(Int64(position) - previous))
                    previous = Int64(position)
                }
                let record: [String: Any] = [
                    "judgment": facts.judgmentId, "language": facts.language, "year": facts.caseNumber.year,
                    "type": facts.type.rawValue, "cause": facts.cause.rawValue, "court": facts.courtCode ?? "",
                    "case": facts.caseNumber.canonical, "tokens": tokens.joined(separator: " "), "steps": steps,
                ]
                lines.append(try JSONSerialization.data(withJSONObject: record))
                lines.append(0x0A)
            }
            file.write(lines)
        }
        let queries = try QueryMix(caseNumbers: samples).queries.map { kind, text in
            try Self.export(kind: kind, try SearchQuery(parsing: text))
        }
        try JSONSerialization.data(withJSONObject: queries, options: [.prettyPrinted])
            .write(to: URL(fileURLWithPath: output).appendingPathComponent("queries.json"))
    }

    /// A query of the mix as token lists that must (or must not) match, and field filters.
    static func export(kind: String, _ query: SearchQuery) throws -> [String: Any] {
        var must: [[String]] = [], mustNot: [[String]] = [], filters: [String: Any] = [:]
        let clauses: [SearchQuery]
        if case let .all(all) = query { clauses = all } else { clauses = [query] }
        let analyzer = Analyzer(mode: .query)
        for clause in clauses {
            switch clause {
            case let .text(text), let .phrase(text): must.append(analyzer.tokens(text).map(\.text))
            case let .not(.text(text)), let .not(.phrase(text)): mustNot.append(analyzer.tokens(text).map(\.text))
            case let .field(.caseNumber, value): filters["case"] = try CaseNumber(parsing: value).canonical
            case let .field(.year, value): filters["year"] = Int(value) ?? 0
            case let .field(.type, value): filters["type"] = value
            case let .field(.cause, value): filters["cause"] = value
            case let .field(.court, value): filters["court"] = value
            default: throw ValidationError("the query mix has a clause the export does not know: \(clause)")
            }
        }
        return ["kind": kind, "must": must, "mustNot": mustNot, "filters": filters]
    }
}
