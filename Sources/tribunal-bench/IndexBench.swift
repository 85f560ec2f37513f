import ArgumentParser
import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
import ProcessTuning

/// Tribunal's own in-memory index (`SearchIndex`): build rate, memory and query latency.
struct IndexBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index", abstract: "Builds Tribunal's SearchIndex over N generated judgments and times the query mix.")

    @Option(help: "How many judgments to generate and index.") var judgments: Int = 100_000
    @Option(help: "Rounds of the query mix.") var rounds: Int = 5
    @Option(help: "Time only this kind of query (zh2, zh4, en, caseNumber, filtered), for profiling.") var kind: String?
    @Option(help: "A snapshot file: read if it exists (no build), else written after the build, to time queries again without rebuilding.")
    var snapshot: String?
    @Option(help: "Bytes the index may spend on frequent phrases kept ready, as a share of its postings' bytes (0: none).")
    var phraseBudget: Double?

    func run() async throws {
        // As the server does.
        Allocator.keepFreedPages()
        var index = SearchIndex()
        if let phraseBudget { index.frequentPhraseBudget = phraseBudget }
        var indexSeconds = 0.0
        var indexProcessorSeconds = 0.0
        var sampleNumbers: [CaseNumber] = []
        var textBytes = 0
        let residentBefore = Self.residentBytes()
        var snapshotSeconds: Double?
        var phraseSeconds = 0.0
        if let snapshot, FileManager.default.fileExists(atPath: snapshot) {
            let started = DispatchTime.now().uptimeNanoseconds
            let (read, stamp) = try SearchIndex.readSnapshot(from: URL(fileURLWithPath: snapshot))
            index = read
            snapshotSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            // The stamp keeps the sampled case numbers of the corpus the snapshot was built from.
            sampleNumbers = try stamp.split(separator: "\n").map { try CaseNumber(parsing: String($0)) }
        } else {
            // Batches of 10,000, as the other benches generate them: each batch is one pipelined
            // build, whose first chunk's analysis and last chunk's insertion overlap nothing.
            await GeneratedCorpus(judgments: judgments).forEachBatch(size: 10_000) { offset, batch in
                let documents = batch.map { SearchDocument.documents(of: $0.1) }
                sampleNumbers += GeneratedCorpus.samples(offset: offset, of: judgments, batch)
                textBytes += documents.joined().reduce(0) { sum, document in
                    sum + SearchDocument.Field.allCases.reduce(0) { $0 + document.text(of: $1).utf8.count }
                }
                let started = DispatchTime.now().uptimeNanoseconds, cpuStarted = Self.processorSeconds()
                index.replace(analyzing: documents.flatMap { $0 })
                indexSeconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                indexProcessorSeconds += Self.processorSeconds() - cpuStarted
            }
            // Part of the build, as in the store's.
            let started = DispatchTime.now().uptimeNanoseconds, cpuStarted = Self.processorSeconds()
            index.indexFrequentPhrases()
            phraseSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            indexSeconds += phraseSeconds
            indexProcessorSeconds += Self.processorSeconds() - cpuStarted
            if let snapshot {
                try index.writeSnapshot(to: URL(fileURLWithPath: snapshot), stamp: sampleNumbers.map(\.canonical).joined(separator: "\n"))
            }
        }
        let residentAfter = Self.residentBytes()

        let built = index
        let latencies = try await QueryMix(caseNumbers: sampleNumbers, only: kind).time(rounds: rounds) { _ = try built.search($0) }
        // A case number finds exactly its judgment's documents.
        var found = 0
        for number in sampleNumbers {
            if try index.search(SearchRequest(query: try SearchQuery(parsing: QueryMix.typed(number)), limit: 1)).total == 1 { found += 1 }
        }
        let all = latencies.values.flatMap { $0 }
        let report: [String: Any] = [
            "judgments": judgments, "documents": index.documentCount, "rounds": rounds, "queries": all.count,
            "indexSeconds": (indexSeconds * 10).rounded() / 10,
            "snapshotReadSeconds": snapshotSeconds.map { ($0 * 10).rounded() / 10 } ?? NSNull(),
            "indexProcessorSeconds": (indexProcessorSeconds * 10).rounded() / 10,
            "frequentPhraseSeconds": (phraseSeconds * 10).rounded() / 10,
            "indexRatePerSecond": indexSeconds > 0 ? Int(Double(judgments) / indexSeconds) : NSNull(),
            "indexedTextBytes": textBytes,
            "residentBytesGrowth": residentAfter - residentBefore,
            "latencyMs": Percentiles(all).json,
            "latencyMsByKind": latencies.mapValues { Percentiles($0).json },
            "caseNumbersFound": "\(found)/\(sampleNumbers.count)",
            "statistics": try JSONSerialization.jsonObject(with: JSONEncoder().encode(index.statistics)),
        ]
        try printReport(report)
    }

    /// Processor time of every thread of the process (user and system), to see how well indexing uses the cores.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's resident set, from /proc (Linux).
    static func residentBytes() -> Int { processStatus("VmRSS") }

    /// The process's peak resident set so far, from /proc (Linux).
    static func peakResidentBytes() -> Int { processStatus("VmHWM") }

    /// A memory figure of /proc/self/status (given there in kB), in bytes; 0 where there is none.
    private static func processStatus(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
}
