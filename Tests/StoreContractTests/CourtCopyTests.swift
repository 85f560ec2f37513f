import Foundation
import Testing
import StoreRecords
import StoreSQLite
import StorePostgres
import TribunalKernel
import Docket
import Judgments
import SearchEngine
import JudgmentSearch
import TribunalDemo

@Suite("Copying a court between engines")
struct CourtCopyTests {
    /// A small demo court: every table but the mailbox's has rows.
    static func demoCourt() async throws -> SQLiteStore {
        let store = try SQLiteStore.temporary()
        try await DemoCourt(seed: 11, caseCount: 60, today: CalendarDate(iso: "2026-11-26")!).load(into: store)
        _ = try await store.sharedSecret(named: "mailbox-form-key", at: Date(timeIntervalSince1970: 1_700_000_000))
        return store
    }

    /// Chinese terms and phrases, English, case-number and field queries, exclusions, alternatives.
    static let searchContractQueries = [
        "专利", "侵权", "保护范围", "技术特征", "\"发明专利\"", "侵权 -实用新型", "专利 OR 商标", "patent", "infringement",
        "\"scope of protection\"", "year:2021", "type:知民终", "cause:inventionPatentInfringement 赔偿", "court:粤73",
    ]

    @Test("SQLite → the other engine → SQLite keeps every row of every table, and the copies search alike",
          arguments: StoreBackend.allCases)
    func roundTrip(through backend: StoreBackend) async throws {
        // setup
        let original = try await Self.demoCourt()
        let middle = try await backend.makeStore()
        let back = try SQLiteStore.temporary()
        // MUT
        // Small batches there, so that paging by key crosses many pages of every table, composite keys included.
        var smallBatches = CourtCopy(from: original, to: try #require(middle as? any CourtTables))
        smallBatches.batchSize = 37
        let there = try await smallBatches.run()
        let again = try await CourtCopy(from: try #require(middle as? any CourtTables), to: back).run()
        // validate
        let differing = (there + again).filter { !$0.matches }.map(\.table)
        #expect(differing.isEmpty)
        #expect(there.map(\.sourceChecksum) == again.map(\.destinationChecksum), "the court came back as it left")
        #expect(there.first { $0.table == "courtCase" }?.rows == 100, "60 of history and the current caseload of 40")
        // The demo's preservation matters and damages assessment travel too.
        #expect(there.first { $0.table == "preservationMatter" }?.rows == 2)
        #expect(there.first { $0.table == "preservationRuling" }?.rows == 1)
        #expect(there.first { $0.table == "damagesAssessment" }?.rows == 1)
        #expect(there.first { $0.table == "judgmentIndex" }?.rows ?? 0 > 0)
        // The search contract: one corpus, one set of queries, the same hits, totals and facets on every engine.
        for text in Self.searchContractQueries {
            let request = SearchRequest(query: try SearchQuery(parsing: text), limit: 50)
            let expected = try await original.search(request)
            #expect(expected.total > 0 || text.contains("-"), "the query \(text) finds something in the demo court")
            for copy in [middle, back] as [any JudgmentSearchRepository] {
                let found = try await copy.search(request)
                #expect(found.hits.map(\.judgmentId) == expected.hits.map(\.judgmentId), "\(text)")
                #expect(found.total == expected.total && found.facets == expected.facets, "\(text)")
            }
        }
        // Docketing goes on after the copied numbers, and new rows take new ids.
        let next = try await docketService(middle).docket(StoreContractTests.draft(docketedOn: "2026-11-20"), actor: "clerk", at: Date())
        #expect(try await original.find(number: next.number) == nil, "a number the original never gave")
        #expect(next.id > 60)
    }

    @Test("A copy into a database that holds a court is refused, and writes nothing")
    func refusesFullDestination() async throws {
        let original = try await Self.demoCourt()
        let destination = try await Self.demoCourt()
        let before = try await CourtCopy.checksum(of: TableSchema.court[4], in: destination)
        await #expect(throws: DestinationNotEmpty.self) { _ = try await CourtCopy(from: original, to: destination).run() }
        #expect(try await CourtCopy.checksum(of: TableSchema.court[4], in: destination) == before)
    }
}
