import ArgumentParser
import Foundation
import GRDB
import StoreSQLite
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
import ProcessTuning

/// Benchmarks of Tribunal, run on a release build: `swift run -c release tribunal-bench search --judgments N`.
@main
struct TribunalBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks of Tribunal; each prints its figures as JSON.", subcommands: [SearchBench.self, IndexBench.self, AnalyzerBench.self, ExportBench.self, SimilarBench.self, EngineBench.self, StatisticsBench.self])
}

struct SearchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Builds the search index over N generated judgments and times a fixed query mix, beside SQLite's trigram tokenizer.")

    @Option(help: "How many judgments to generate and index.") var judgments: Int = 100_000
    @Option(help: "The database file (default: a temporary file, removed afterwards).") var database: String?
    @Option(help: "Rounds of the query mix.") var rounds: Int = 5
    @Flag(help: "Skip the comparison with SQLite's trigram tokenizer.") var noTrigram = false
    @Flag(help: "Only import the judgments into --database, and keep it (for --rebuild-only).") var importOnly = false
    @Flag(help: "Only time the index build from the rows of an existing --database (one made with --import-only).")
    var rebuildOnly = false
    @Flag(help: "Only time the query mix on an existing --database, loading its index as a server does: from its snapshot, else built from the rows and saved.")
    var queriesOnly = false
    @Flag(help: "Only compare SQLite's trigram tokenizer with Tribunal's index on an existing --database (it adds a trigram table to it).")
    var trigramOnly = false

    func run() async throws {
        // As the server does.
        Allocator.keepFreedPages()
        if importOnly || rebuildOnly || queriesOnly || trigramOnly, database == nil {
            throw ValidationError("--import-only, --rebuild-only, --queries-only and --trigram-only need --database")
        }
        let path = database ?? SQLiteStore.temporaryPath()
        defer { if database == nil { SQLiteStore.removeDatabaseFiles(at: path) } }
        if rebuildOnly || queriesOnly || trigramOnly, !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("--database \(path) does not exist: make it with --import-only first")
        }
        if rebuildOnly { return try await Self.timeRebuild(path: path) }
        if queriesOnly { return try await Self.timeQueries(path: path, rounds: rounds) }
        if trigramOnly { return try printReport(["trigram": try await TrigramComparison.run(store: try SQLiteStore(path: path), rounds: rounds)]) }
        let store = try SQLiteStore(path: path)

        // Import: generate in batches (not timed), write the rows (timed).
        var importSeconds = 0.0, generateSeconds = 0.0
        var sampleNumbers: [CaseNumber] = []
        var generationStarted = Date()
        try await GeneratedCorpus(judgments: judgments).forEachBatch(size: 10_000) { offset, batch in
            let archive = batch.map { ArchivedCase(courtCase: $0.0, publication: $0.1) }
            sampleNumbers += GeneratedCorpus.samples(offset: offset, of: judgments, batch)
            let generated = Date()
            generateSeconds += generated.timeIntervalSince(generationStarted)
            try await ArchiveImporter(archives: store).importArchive(archive, batchSize: 1000)
            generationStarted = Date()
            importSeconds += generationStarted.timeIntervalSince(generated)
        }
        try await store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        if importOnly {
            print("imported \(judgments) judgments in \((importSeconds * 10).rounded() / 10) s: \(Int(Double(judgments) / importSeconds)) judgments/s")
            return
        }
        // The import writes rows only (no search has loaded the index): the first search builds
        // the index from the rows and, at this size, saves its snapshot.
        var started = Date()
        _ = try await store.judgmentSearch.statistics()
        let firstLoadSeconds = Date().timeIntervalSince(started)
        try await store.saveSearchIndex()
        let snapshotBytes = (try? FileManager.default.attributesOfItem(atPath: path + ".searchindex")[.size] as? Int) ?? 0
        started = Date()
        // The index loads on first use: a search after reopening reads the snapshot.
        _ = try await SQLiteStore(path: path).judgmentSearch.statistics()
        let reopenSeconds = Date().timeIntervalSince(started)
        let rebuildSeconds = try await Self.rebuildSeconds(path: path)
        defer { if database == nil { try? FileManager.default.removeItem(atPath: path + ".searchindex") } }
        let (databaseBytes, textBytes) = try await store.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT SUM(pgsize) FROM dbstat") ?? 0,
             try Int.fetchOne(db, sql: "SELECT SUM(length(CAST(title AS BLOB)) + length(CAST(holding AS BLOB)) + length(CAST(body AS BLOB)) + length(CAST(parties AS BLOB)) + length(CAST(judges AS BLOB))) FROM judgmentIndex") ?? 0)
        }

        // The query mix.
        let indexStatistics = try await store.judgmentSearch.statistics()
        var report: [String: Any] = [
            "judgments": judgments, "rounds": rounds,
            "generateSeconds": round(generateSeconds * 10) / 10,
            "importSeconds": round(importSeconds * 10) / 10,
            "importRatePerSecond": Int(Double(judgments) / importSeconds),
            "databaseBytes": databaseBytes, "indexedTextBytes": textBytes,
            "firstLoadWithSnapshotWriteSeconds": (firstLoadSeconds * 10).rounded() / 10, "snapshotBytes": snapshotBytes,
            "reopenWithSnapshotSeconds": (reopenSeconds * 10).rounded() / 10,
            "rebuildFromTableSeconds": (rebuildSeconds * 10).rounded() / 10,
            "rebuildRatePerSecond": Int(Double(judgments) / rebuildSeconds),
            "searchIndex": try JSONSerialization.jsonObject(with: JSONEncoder().encode(indexStatistics)),
        ].merging(try await Self.timeQueryMix(store, caseNumbers: sampleNumbers, rounds: rounds)) { $1 }
        if !noTrigram {
            report["trigram"] = try await TrigramComparison.run(store: store, rounds: rounds)
        }
        try printReport(report)
    }
}

extension SearchBench {
    /// The index build alone, as the store does it without a snapshot: reading the index rows,
    /// analysing on every core and inserting (with no snapshot file, none is written after).
    static func rebuildSeconds(path: String) async throws -> Double {
        let started = Date()
        _ = try await SQLiteStore(writer: try DatabasePool(path: path), searchIndexSnapshot: nil).judgmentSearch.statistics()
        return Date().timeIntervalSince(started)
    }

    /// The query mix's latencies on `store`, and how many sampled case numbers come first.
    static func timeQueryMix(_ store: any JudgmentSearchRepository, caseNumbers: [CaseNumber], rounds: Int) async throws -> [String: Any] {
        let mix = QueryMix(caseNumbers: caseNumbers)
        let latencies = try await mix.time(rounds: rounds) { _ = try await store.search($0) }
        let all = latencies.values.flatMap { $0 }
        return [
            "queries": all.count,
            "latencyMs": Percentiles(all).json,
            "latencyMsByKind": latencies.mapValues { Percentiles($0).json },
            "caseNumbersFoundFirst": try await mix.caseNumbersFoundFirst(store),
        ]
    }

    /// Prints the query mix's latencies on an existing database, after loading its index as a
    /// server does, with the case numbers of every twentieth judgment, as the full bench samples them.
    static func timeQueries(path: String, rounds: Int) async throws {
        let store = try SQLiteStore(path: path)
        let started = Date()
        _ = try await store.judgmentSearch.statistics()
        let loadSeconds = Date().timeIntervalSince(started)
        try await store.saveSearchIndex()
        let (judgments, numbers) = try await store.writer.read { db in
            let judgments = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT judgmentId) FROM judgmentIndex") ?? 0
            let numbers = try String.fetchAll(db, sql: """
                SELECT caseNumber FROM (SELECT caseNumber, ROW_NUMBER() OVER (ORDER BY judgmentId) - 1 AS position
                                        FROM judgmentIndex WHERE language = 'zh')
                WHERE position % ? = 0
                """, arguments: [max(1, judgments / 20)])
            return (judgments, numbers)
        }
        guard judgments > 0 else { throw ValidationError("--database \(path) holds no published judgment to search: fill it with --import-only first") }
        let indexStatistics = try await store.judgmentSearch.statistics()
        let report: [String: Any] = [
            "judgments": judgments, "rounds": rounds, "loadSeconds": (loadSeconds * 10).rounded() / 10,
            "searchIndex": try JSONSerialization.jsonObject(with: JSONEncoder().encode(indexStatistics)),
        ].merging(try await timeQueryMix(store, caseNumbers: try numbers.map { try CaseNumber(parsing: $0) }, rounds: rounds)) { $1 }
        try printReport(report)
    }

    /// Prints the rebuild rate of an existing database (over the judgments it holds, whatever
    /// --judgments says), and the process's peak resident memory.
    static func timeRebuild(path: String) async throws {
        let judgments = try await SQLiteStore(path: path).writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT judgmentId) FROM judgmentIndex") ?? 0
        }
        guard judgments > 0 else { throw ValidationError("--database \(path) holds no published judgment to index: fill it with --import-only first") }
        let seconds = try await rebuildSeconds(path: path)
        let peak = Double(IndexBench.peakResidentBytes()) / 1e9
        print("rebuilt \(judgments) judgments in \((seconds * 10).rounded() / 10) s: \(Int(Double(judgments) / seconds)) judgments/s; peak resident \(String(format: "%.2f", peak)) GB")
    }
}

/// p50, p95, p99 and max of a sample, in milliseconds.
struct Percentiles {
    let sorted: [Double]
    init(_ values: [Double]) { sorted = values.sorted() }

    func at(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let index = min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)
        return (sorted[max(0, index)] * 100).rounded() / 100
    }

    var json: [String: Double] { ["p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": at(1.0)] }
}

/// The fixed query mix: 2- and 4-character Chinese terms, English terms and phrases, case numbers in
/// typed spellings, and filters.
struct QueryMix {
    let caseNumbers: [CaseNumber]
    /// One kind of query only, when profiling it.
    var only: String? = nil

    static let twoCharacter = ["专利", "侵权", "赔偿", "上诉", "技术", "合同", "垄断", "等同", "权利", "维持"]
    static let fourCharacter = ["保护范围", "技术特征", "经济损失", "现有技术", "商业秘密", "诉讼请求", "发明专利", "驳回上诉"]
    static let english = ["patent", "infringement", "damages", "equivalent", "\"scope of protection\"", "\"invention patent\""]
    static let filtered = ["专利 year:2021", "侵权 cause:technicalSecret", "赔偿 type:知民终", "patent court:京73", "技术 -垄断"]

    var queries: [(String, String)] {
        Self.twoCharacter.map { ("zh2", $0) } + Self.fourCharacter.map { ("zh4", $0) } + Self.english.map { ("en", $0) }
            + caseNumbers.map { ("caseNumber", Self.typed($0)) }
            + Self.filtered.map { ("filtered", $0) }
    }

    /// A case number as users type it: half-width brackets and a space.
    static func typed(_ number: CaseNumber) -> String {
        number.canonical.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ") ")
    }

    private var timedQueries: [(String, String)] { queries.filter { only == nil || $0.0 == only } }

    /// Milliseconds per search, by kind of query, over `rounds` rounds of the mix.
    func time(rounds: Int, _ search: (SearchRequest) async throws -> Void) async throws -> [String: [Double]] {
        var latencies: [String: [Double]] = [:]
        let traces = ProcessInfo.processInfo.environment["TRIBUNAL_BENCH_TRACE"] != nil
        for _ in 0..<rounds {
            for (kind, text) in timedQueries {
                let request = SearchRequest(query: try SearchQuery(parsing: text), limit: 20)
                let started = DispatchTime.now().uptimeNanoseconds
                try await search(request)
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                latencies[kind, default: []].append(milliseconds)
                if traces {
                    FileHandle.standardError.write(Data("\(kind)\t\(text)\t\(milliseconds)\n".utf8))
                }
            }
        }
        return latencies
    }

    /// How many sampled case numbers, typed with half-width brackets and a space, come back as the first hit.
    func caseNumbersFoundFirst(_ store: any JudgmentSearchRepository) async throws -> String {
        var found = 0
        for number in caseNumbers {
            let results = try await store.search(SearchRequest(query: try SearchQuery(parsing: Self.typed(number)), limit: 1))
            if results.hits.first?.caseNumber == number.canonical { found += 1 }
        }
        return "\(found)/\(caseNumbers.count)"
    }
}

/// Prints a bench's figures as JSON, keys sorted, as every bench reports them.
func printReport(_ report: [String: Any]) throws {
    let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}
