import Foundation
import Logging
import ServiceLifecycle
import StoreSQLite
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
@testable import TribunalWeb

@Suite("Visit tally")
struct VisitTallyTests {
    static let day = CalendarDate(iso: "2026-11-26")!

    @Test("Counts made in memory are written a batch at a time and add up in the store")
    func batchesAddUp() async throws {
        // setup
        let store = try SQLiteStore.temporary()
        let tally = VisitTally(store: store)
        for _ in 0..<3 { await tally.add(language: "zh", day: Self.day, visitorDigest: "a") }
        await tally.add(language: "en", day: Self.day, visitorDigest: "a")
        // MUT
        await tally.flush()
        await tally.add(language: "zh", day: Self.day, visitorDigest: "b")
        await tally.add(language: "zh", day: Self.day.adding(days: 1), visitorDigest: "a")
        await tally.flush()
        await tally.flush()
        // validate
        let totals = try await store.visitorTotals()
        #expect(totals.first { $0.language == "zh" }.map { [$0.pageViews, $0.dailyVisitors] } == [5, 3])
        #expect(totals.first { $0.language == "en" }.map { [$0.pageViews, $0.dailyVisitors] } == [1, 1])
    }

    @Test("A batch the store refuses is kept and written with the next")
    func refusedBatchIsKept() async throws {
        // setup
        let store = RefusingPortalStore(store: try SQLiteStore.temporary())
        let tally = VisitTally(store: store)
        await tally.add(language: "zh", day: Self.day, visitorDigest: "a")
        // MUT
        await store.refuse(true)
        await tally.flush()
        let whileRefused = try await store.visitorTotals()
        await store.refuse(false)
        await tally.add(language: "zh", day: Self.day, visitorDigest: "b")
        await tally.flush()
        // validate
        #expect(whileRefused.isEmpty)
        #expect(try await store.visitorTotals().first.map { [$0.pageViews, $0.dailyVisitors] } == [2, 2])
    }

    @Test("The service writes the tally when the server shuts down gracefully")
    func writtenOnShutdown() async throws {
        // setup: an interval so long that only the shutdown can write.
        let store = try SQLiteStore.temporary()
        let tally = VisitTally(store: store)
        let group = ServiceGroup(configuration: .init(services: [VisitTallyService(tally: tally, interval: .seconds(3600))],
                                                      logger: Logger(label: "test")))
        await tally.add(language: "en", day: Self.day, visitorDigest: "a")
        // MUT
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        // validate
        #expect(try await store.visitorTotals().first?.pageViews == 1)
    }
}

/// A portal store that refuses visit batches while told to, to test that none is lost.
actor RefusingPortalStore: PortalRepository {
    let store: SQLiteStore
    private var refusing = false

    init(store: SQLiteStore) {
        self.store = store
    }

    func refuse(_ refuse: Bool) { refusing = refuse }

    func recordVisits(_ batch: VisitBatch) async throws {
        if refusing { throw CocoaError(.fileWriteUnknown) }
        try await store.recordVisits(batch)
    }

    func submit(_ message: MailboxMessage, formNonce: String, clientDigest: String?, limit: (count: Int, since: Date)?) async throws -> Int64 {
        try await store.submit(message, formNonce: formNonce, clientDigest: clientDigest, limit: limit)
    }
    func mailbox(limit: Int, offset: Int) async throws -> [StoredMailboxMessage] { try await store.mailbox(limit: limit, offset: offset) }
    func visitorTotals() async throws -> [VisitorTotal] { try await store.visitorTotals() }
    func sharedSecret(named name: String, candidate: [UInt8], at instant: Date,
                      forgetting prefix: String?, before forgettingBefore: Date?) async throws -> [UInt8] {
        try await store.sharedSecret(named: name, candidate: candidate, at: instant, forgetting: prefix, before: forgettingBefore)
    }
}
