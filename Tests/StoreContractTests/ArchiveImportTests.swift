import Foundation
import Testing
import StoreSQLite
import TribunalKernel
import Accounts
import Docket
import Judgments
import SearchEngine
import JudgmentSearch
import TribunalDemo

/// The court's archive, imported on either engine.
@Suite("Archive import")
struct ArchiveImportTests {
    @Test("Archived cases keep their numbers, their judgments are searchable, and docketing continues after them",
          arguments: StoreBackend.allCases)
    func importArchive(backend: StoreBackend) async throws {
        // setup
        let store = try await backend.makeStore()
        let importer = ArchiveImporter(archives: try #require(store as? any ArchiveRepository))
        let follower = try #require((store as? any SearchesThroughIndex)?.judgmentSearch.follower)
        let demo = DemoCourt(seed: 3, caseCount: 40, today: CalendarDate(iso: "2026-11-26")!)
        var numbering: [String: Int] = [:]
        let cases = demo.archiveCases(offset: 0, count: 40, numbering: &numbering)
        let writer = JudgmentGenerator(seed: 1)
        let archive = cases.map { courtCase in
            ArchivedCase(courtCase: courtCase, publication: Judgment(id: 0, caseId: courtCase.id,
                draft: writer.judgment(for: courtCase, judges: ["张明"])).publication(of: courtCase, at: Date(timeIntervalSince1970: 0)))
        }
        // MUT: half into a store that has not loaded its index, half after a search has loaded it
        try await importer.importArchive(Array(archive.prefix(20)), batchSize: 16)
        #expect(await !follower.isLoaded, "an import does not load the index, nor analyse for it")
        let early = try await store.search(SearchRequest(query: .field(.caseNumber, cases[3].number.canonical)))
        #expect(early.hits.map(\.caseNumber) == [cases[3].number.canonical])
        try await importer.importArchive(Array(archive.dropFirst(20)), batchSize: 16)
        // validate
        #expect(try await store.caseCount() == 40)
        let late = try await store.search(SearchRequest(query: .field(.caseNumber, cases[33].number.canonical)))
        #expect(late.hits.map(\.caseNumber) == [cases[33].number.canonical], "a loaded index follows the import")
        let first = try #require(cases.first)
        #expect(try await store.find(number: first.number)?.cause == first.cause)
        #expect(try await store.publications(caseNumber: first.number).count == 1)
        let results = try await store.search(SearchRequest(query: .field(.caseNumber, first.number.canonical)))
        #expect(results.hits.map(\.caseNumber) == [first.number.canonical])
        let archived2024 = try #require(cases.first { $0.number.year == 2024 && $0.type == .civilAppeal })
        #expect(try await store.find(number: archived2024.number) != nil)
        let docketed = try await docketService(store).docket(StoreContractTests.draft(docketedOn: "2024-06-01"), actor: "clerk", at: Date(timeIntervalSince1970: 0))
        #expect(docketed.number.sequences[0] == numbering["2024知民终"]! + 1)
    }

    @Test("An archive with a case the docket could not hold is refused whole: nothing is written", arguments: StoreBackend.allCases)
    func archiveRefusedWhole(backend: StoreBackend) async throws {
        // setup: twelve good cases, then one with a number of another court
        let store = try await backend.makeStore()
        let demo = DemoCourt(seed: 3, caseCount: 40, today: CalendarDate(iso: "2026-11-26")!)
        var numbering: [String: Int] = [:]
        let writer = JudgmentGenerator(seed: 1)
        var archive = demo.archiveCases(offset: 0, count: 13, numbering: &numbering).map { courtCase in
            ArchivedCase(courtCase: courtCase, publication: Judgment(id: 0, caseId: courtCase.id,
                draft: writer.judgment(for: courtCase, judges: ["张明"])).publication(of: courtCase, at: Date(timeIntervalSince1970: 0)))
        }
        archive[12].courtCase.number = try CaseNumber(parsing: "（2019）京73民初1号")
        // MUT
        let importer = ArchiveImporter(archives: try #require(store as? any ArchiveRepository))
        await #expect(throws: InvalidValue.self) { try await importer.importArchive(archive, batchSize: 5) }
        // validate
        #expect(try await store.caseCount() == 0)
    }
}

