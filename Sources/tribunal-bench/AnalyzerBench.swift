import ArgumentParser
import Foundation
import TribunalCore
import TribunalSearch

/// How fast the analyzer turns generated judgments into index tokens, on one thread.
struct AnalyzerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Times the index analyzer over N generated judgments (one thread).")

    @Option(help: "How many judgments to generate and analyze.") var judgments: Int = 10_000
    @Option(help: "Passes over the corpus; the fastest counts, since a virtual machine's speed wanders.") var rounds: Int = 3

    func run() async throws {
        let documents = await GeneratedCorpus(judgments: judgments).documents()
        let analyzer = Analyzer(mode: .index)
        var tokens = 0, bytes = 0
        var seconds = Double.infinity
        for _ in 0..<max(1, rounds) {
            tokens = 0
            bytes = 0
            let started = DispatchTime.now().uptimeNanoseconds
            for document in documents {
                for field in SearchDocument.Field.allCases {
                    let text = document.text(of: field)
                    bytes += text.utf8.count
                    tokens += analyzer.tokens(text).count
                }
            }
            seconds = min(seconds, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        }
        let report: [String: Any] = [
            "judgments": judgments, "rounds": rounds, "documents": documents.count, "tokens": tokens, "textBytes": bytes,
            "seconds": (seconds * 100).rounded() / 100,
            "judgmentsPerSecond": Int(Double(judgments) / seconds),
            "tokensPerSecond": Int(Double(tokens) / seconds),
        ]
        let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}
