import ArgumentParser
import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

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
        var digest = TokenDigest()
        var seconds = Double.infinity
        for _ in 0..<max(1, rounds) {
            tokens = 0
            bytes = 0
            let started = DispatchTime.now().uptimeNanoseconds
            for document in documents {
                for field in SearchDocument.Field.allCases {
                    let text = document.text(of: field)
                    bytes += text.utf8.count
                    let analyzed = analyzer.tokens(text)
                    tokens += analyzed.count
                    if digest.isOpen { digest.add(analyzed) }
                }
            }
            seconds = min(seconds, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            digest.isOpen = false
        }
        let report: [String: Any] = [
            "judgments": judgments, "rounds": rounds, "documents": documents.count, "tokens": tokens, "textBytes": bytes,
            "seconds": (seconds * 100).rounded() / 100,
            "judgmentsPerSecond": Int(Double(judgments) / seconds),
            "tokensPerSecond": Int(Double(tokens) / seconds),
            "tokenDigest": String(digest.value, radix: 16),
        ]
        try printReport(report)
    }
}

/// A checksum of every token's text, kind, byte range and colocation (FNV-1a, the same on every
/// run and machine), to show that a change to the analyzer's speed left its output alone.
struct TokenDigest {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Taken over the first pass only: the later ones analyse the same text again.
    var isOpen = true

    mutating func add(_ tokens: [Token]) {
        for token in tokens {
            for byte in token.text.utf8 { mix(UInt64(byte)) }
            for byte in token.kind.rawValue.utf8 { mix(UInt64(byte)) }
            mix(UInt64(token.utf8Range.lowerBound))
            mix(UInt64(token.utf8Range.upperBound))
            mix(token.colocated ? 1 : 2)
        }
    }

    private mutating func mix(_ value: UInt64) {
        self.value = (self.value ^ value) &* 0x100_0000_01b3
    }
}
