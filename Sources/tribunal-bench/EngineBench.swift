import ArgumentParser
import Foundation
import GRDB
import StorePostgres
import StoreRecords
import StoreSQLite
import TribunalKernel
import Accounts
import Docket
import Judgments
import SearchEngine
import JudgmentSearch
import ProcessTuning

/// SQLite and PostgreSQL side by side on one court: the copy between them, the index load, the
/// query mix, the docket's list and write paths, and the lag from a publication through one
/// process's store to a hit through another's.
struct EngineBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engines",
        abstract: "Times the store on SQLite and on PostgreSQL over the same court (made with `search --import-only`).")

    @Option(help: "The SQLite court (made with `tribunal-bench search --import-only --database …`).") var sqlite: String
    @Option(help: "An empty PostgreSQL database to copy the court into, or one holding the same court.") var postgres: String
    @Option(help: "Rounds of the query mix.") var rounds: Int = 3
    @Option(help: "Operations per docket path.") var operations: Int = 200
    @Flag(help: "Only load the PostgreSQL court's search index, as an app server does at start, and print the process's resident memory.")
    var residentOnly = false

    func run() async throws {
        Allocator.keepFreedPages()
        guard FileManager.default.fileExists(atPath: sqlite) else { throw ValidationError("--sqlite \(sqlite) does not exist") }
        if residentOnly {
            let pg = try await PostgresStore.connect(try PostgresStoreConfiguration(url: postgres, poolSize: 8))
            let before = IndexBench.residentBytes()
            let started = Date()
            let statistics = try await pg.judgmentSearch.statistics()
            return try printReport([
                "documents": statistics.documents, "loadSeconds": (Date().timeIntervalSince(started) * 10).rounded() / 10,
                "residentBeforeMB": before / 1_000_000, "residentAfterMB": IndexBench.residentBytes() / 1_000_000,
                "peakResidentMB": IndexBench.peakResidentBytes() / 1_000_000,
            ])
        }
        let lite = try SQLiteStore(writer: try DatabasePool(path: sqlite), searchIndexSnapshot: nil)
        let pg = try await PostgresStore.connect(try PostgresStoreConfiguration(url: postgres, poolSize: 8))
        var report: [String: Any] = [:]
        if try await pg.caseCount() == 0 {
            let started = Date()
            let results = try await CourtCopy(from: lite, to: pg).run { table, done, total in
                FileHandle.standardError.write(Data("\r\(table) \(done)/\(total)        ".utf8))
            }
            guard results.allSatisfy(\.matches) else { throw ValidationError("the copy differs from its source") }
            report["copySqliteToPostgresSeconds"] = (Date().timeIntervalSince(started) * 10).rounded() / 10
            report["copiedRows"] = results.reduce(0) { $0 + $1.rows }
        }
        let numbers = try await lite.writer.read { db in
            try String.fetchAll(db, sql: "SELECT caseNumber FROM judgmentIndex WHERE language = 'zh' AND id % 997 = 0 LIMIT 20")
        }.map { try CaseNumber(parsing: $0) }
        report["judgments"] = try await lite.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM judgment") ?? 0 }
        report["sqlite"] = try await Self.measure(lite, numbers: numbers, rounds: rounds, operations: operations)
        report["postgres"] = try await Self.measure(pg, numbers: numbers, rounds: rounds, operations: operations)
        report["lagMs"] = [
            "postgres": try await Self.lag(publisher: pg, follower: try await PostgresStore.connect(try PostgresStoreConfiguration(url: postgres, poolSize: 4))),
            "sqlite": try await Self.lag(publisher: lite, follower: try SQLiteStore(writer: try DatabasePool(path: sqlite), searchIndexSnapshot: nil)),
        ]
        try printReport(report)
    }

    typealias Store = CaseRepository & StaffRepository & JudgmentRepository & SearchesThroughIndex

    /// One engine's figures.
    static func measure(_ store: some Store, numbers: [CaseNumber], rounds: Int, operations: Int) async throws -> [String: Any] {
        var figures: [String: Any] = [:]
        let started = Date()
        let statistics = try await store.judgmentSearch.statistics()
        figures["indexLoadSeconds"] = (Date().timeIntervalSince(started) * 10).rounded() / 10
        figures["indexDocuments"] = statistics.documents
        figures["search"] = try await SearchBench.timeQueryMix(store, caseNumbers: numbers, rounds: rounds)
        // The docket's list path: a clerk's first pages, filtered and not, and paging on.
        let staffId = try await store.allStaff().first?.id
        var lists: [Double] = []
        for index in 0..<operations {
            var query = CaseQuery(limit: 50)
            switch index % 4 {
            case 0: break
            case 1: query.status = .closed
            case 2: query.year = 2021 + index % 5; query.type = .civilAppeal
            default: query.judgeId = staffId
            }
            let begin = Date()
            var page = try await store.list(query)
            if index % 4 == 0, let next = page.next {
                query.after = next
                page = try await store.list(query)
            }
            lists.append(Date().timeIntervalSince(begin) * 1000)
        }
        figures["docketListMs"] = Percentiles(lists).json
        // The docket's write path: docketing (number allocation, case, history) and a move.
        let docket = DocketService(cases: store, staff: store)
        var writes: [Double] = [], moves: [Double] = []
        for index in 0..<operations {
            let draft = NewCase(type: .civilAppeal, cause: .inventionPatentInfringement, technicalField: "通信",
                                origin: OriginDecision(courtCode: "粤73", caseNumber: try CaseNumber(parsing: "(2025)粤73知民初\(index + 1)号"),
                                                       decidedOn: CalendarDate(iso: "2025-11-10")!),
                                parties: [Party(role: .appellant, kind: .organisation, name: "深圳某通信技术有限公司"),
                                          Party(role: .appellee, kind: .organisation, name: "北京某科技有限公司")],
                                receivedOn: CalendarDate(iso: "2026-02-27")!, docketedOn: CalendarDate(iso: "2026-03-02")!)
            var begin = Date()
            let docketed = try await docket.docket(draft, actor: "bench", at: Date())
            writes.append(Date().timeIntervalSince(begin) * 1000)
            begin = Date()
            _ = try await docket.apply(.changeParties(draft.parties + [Party(role: .originalThirdParty, kind: .organisation, name: "上海某电子有限公司")]),
                                       toCase: docketed.id, actor: "bench", at: Date())
            moves.append(Date().timeIntervalSince(begin) * 1000)
        }
        figures["docketWriteMs"] = Percentiles(writes).json
        figures["caseMoveMs"] = Percentiles(moves).json
        return figures
    }

    /// Milliseconds from a publication committed through `publisher` to its first hit through
    /// `follower`, a store of its own (another process's, in production) whose follower runs as
    /// the server runs it: woken by the store, or polling.
    static func lag(publisher: some Store, follower: some Store, samples: Int = 20) async throws -> [String: Double] {
        _ = try await follower.judgmentSearch.follower.loaded
        let following = Task {
            while !Task.isCancelled {
                try? await follower.judgmentSearch.source.waitForChanges(timeout: .milliseconds(500))
                try? await follower.judgmentSearch.follower.catchUp()
            }
        }
        defer { following.cancel() }
        let published = try await publisher.latestPublications(limit: samples, offset: 0)
        var lags: [Double] = []
        for (index, original) in published.enumerated() {
            var next = original
            next.version += 1
            let marker = "lagprobe" + UUID().uuidString.lowercased().filter { "abcdef".contains($0) }
            next.zh.title = marker
            next.correctionNotice = "benchmark"
            let begin = Date()
            let correction = next
            _ = try await publisher.publish(judgmentId: correction.judgmentId) { _, _ in correction }
            let query = SearchRequest(query: try SearchQuery(parsing: marker), limit: 1)
            while try await follower.search(query).total == 0 {
                guard Date().timeIntervalSince(begin) < 10 else { throw ValidationError("no hit within 10 s") }
                try await Task.sleep(for: .milliseconds(1))
            }
            lags.append(Date().timeIntervalSince(begin) * 1000)
        }
        return Percentiles(lags).json
    }
}
