import Foundation
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
import TribunalDemo

@Suite("Demo court")
struct DemoCourtTests {
    @Test("The demo court has every type and cause, real lifecycles, and is reproducible", arguments: StoreBackend.allCases)
    func demoCourt(backend: StoreBackend) async throws {
        // setup
        let store = try await backend.makeStore()
        let demo = DemoCourt(seed: 7, caseCount: 300, today: CalendarDate(iso: "2026-11-26")!)
        // MUT
        let count = try await demo.load(into: store)
        // validate
        #expect(count == 340, "300 of history and a current caseload of 40")
        var cases: [CourtCase] = []
        var query = CaseQuery(limit: 200)
        repeat {
            let page = try await store.list(query)
            cases += page.cases
            query.after = page.next
        } while query.after != nil
        #expect(cases.count == 340)
        #expect(Set(cases.map(\.type)) == Set(TribunalCaseType.allCases))
        #expect(Set(cases.map(\.cause)) == Set(CauseOfAction.allCases))
        #expect(Set(cases.map(\.number.year)) == Set(2019...2026))
        #expect(Set(cases.map(\.status)).count >= 4)
        #expect(cases.filter { $0.status == .closed }.count > 200)
        #expect(cases.contains { $0.foreignRelated })
        // Numbers per (year, type) run from 1 with no gap.
        for (_, group) in Dictionary(grouping: cases, by: { "\($0.number.year)\($0.type.rawValue)" }) {
            #expect(group.map { $0.number.sequences[0] }.sorted() == Array(1...group.count))
        }
        let closed = try #require(cases.first { $0.status == .closed })
        #expect(try await store.events(caseId: closed.id).last?.kind == .closed)

        // Closed cases have published judgments, some translated, none naming a natural person in full.
        let published = try await store.latestPublications(limit: 200, offset: 0)
        #expect(published.count == 200)
        #expect(published.contains { $0.en != nil })
        let persons = cases.flatMap(\.parties).filter { $0.kind == .person }.map(\.name)
        #expect(!persons.isEmpty)
        let publicText = String(decoding: try JSONEncoder().encode(published), as: UTF8.self)
        let leaked = persons.filter { publicText.contains($0) }
        #expect(leaked.isEmpty, "natural persons named in full in published text: \(leaked)")
        let hits = try await store.search(SearchRequest(query: try SearchQuery(parsing: "专利 保护范围")))
        #expect(hits.total > 100)

        let again = try await backend.makeStore()
        try await demo.load(into: again)
        #expect(try await again.find(id: closed.id) == closed)
    }
}
