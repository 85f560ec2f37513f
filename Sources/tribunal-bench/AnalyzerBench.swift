import ArgumentParser
import Foundation
import TribunalCore
import TribunalSearch

/// How fast the analyzer turns generated judgments into index tokens, on one thread.
struct AnalyzerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Times the index analyzer over N generated judgments (one thread).")

    @Option(help: "How many judgments to generate and analyze.") var judgments: Int = 10_000

    func run() async throws {
        let documents = GeneratedCorpus(judgments: judgments).documents()
        let analyzer = Analyzer(mode: .index)
        var tokens = 0, bytes = 0
        let started = DispatchTime.now().uptimeNanoseconds
        for document in documents {
            for field in SearchDocument.Field.allCases {
                let text = document.text(of: field)
                bytes += text.utf8.count
                tokens += analyzer.tokens(text).count
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let report: [String: Any] = [
            "judgments": judgments, "documents": documents.count, "tokens": tokens, "textBytes": bytes,
            "seconds": (seconds * 100).rounded() / 100,
            "judgmentsPerSecond": Int(Double(judgments) / seconds),
            "tokensPerSecond": Int(Double(tokens) / seconds),
        ]
        let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}

/// The benchmark corpus: `JudgmentGenerator`'s judgments for the demo court's archive cases.
struct GeneratedCorpus {
    let judgments: Int

    /// The archive cases with their publications, in batches as they are generated.
    func forEachBatch(size: Int = 1000, _ body: ([(CourtCase, PublishedJudgment)]) throws -> Void) rethrows {
        let demo = DemoCourt(seed: 20190101, caseCount: judgments, today: CalendarDate(year: 2026, month: 11, day: 26)!)
        let writer = JudgmentGenerator(seed: 562, translatedPercent: 30)
        var numbering: [String: Int] = [:]
        var judgmentId: Int64 = 0
        for offset in stride(from: 0, to: judgments, by: size) {
            let cases = demo.archiveCases(offset: offset, count: min(size, judgments - offset), numbering: &numbering)
            try body(cases.map { courtCase in
                let draft = writer.judgment(for: courtCase, judges: ["张明", "李华", "王静"])
                judgmentId += 1
                var publication = Judgment(id: judgmentId, caseId: courtCase.id, draft: draft).publication(
                    of: courtCase, at: Date(timeIntervalSince1970: 1_764_000_000), correctionNotice: nil)
                publication.judgmentId = judgmentId
                publication.version = 1
                return (courtCase, publication)
            })
        }
    }

    /// Every search document of the corpus.
    func documents() -> [SearchDocument] {
        var documents: [SearchDocument] = []
        forEachBatch { batch in documents += batch.flatMap { SearchDocument.documents(of: $0.1) } }
        return documents
    }
}
