import Foundation
import Testing
import TribunalKernel
import Docket
import CourtOperations
import TribunalDemo

/// The docket's statistics tally, the same on every engine and the same as counting the cases
/// one by one, over whole years, spans with partial months at both ends, and spans inside a month,
/// before and after cases are closed, reopened and re-docketed.
@Suite("Statistics tally store contract")
struct StatisticsStoreTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static let spans: [(String, String)] = [
        ("2021-01-01", "2021-12-31"), ("2022-03-15", "2023-02-10"), ("2021-05-10", "2021-05-20"),
        ("2020-02-01", "2020-02-29"), ("2023-01-01", "2023-06-17"), ("2019-01-01", "2024-06-30"), ("2022-07-31", "2022-08-01"),
    ]

    /// Dockets the demo court's archive cases; a fifth stay open, a seventh have an excluded
    /// interval (an appraisal) that shortens their trial period.
    static func docketCourt(_ store: any StoreUnderContract) async throws -> [Int64] {
        var numbering: [String: Int] = [:]
        let archive = DemoCourt(seed: 7, caseCount: 160, currentCaseload: 0, today: day("2024-06-30"))
            .archiveCases(offset: 0, count: 160, numbering: &numbering)
        var ids: [Int64] = []
        for (index, archived) in archive.enumerated() {
            let draft = NewCase(type: archived.type, cause: archived.cause, technicalField: archived.technicalField, origin: archived.origin,
                                parties: archived.parties, foreignRelated: archived.foreignRelated,
                                receivedOn: archived.receivedOn, docketedOn: archived.docketedOn)
            let docketed = try await store.docket(draft, actor: "clerk", at: StoreContractTests.now)
            ids.append(docketed.id)
            guard !index.isMultiple(of: 5) else { continue }
            _ = try await store.update(id: docketed.id) { courtCase in
                courtCase.status = .closed
                courtCase.disposition = archived.disposition
                courtCase.decidedOn = archived.decidedOn
                courtCase.closedOn = archived.closedOn
                if index.isMultiple(of: 7) {
                    courtCase.exclusions = [TrialPeriodExclusion(kind: .appraisal, from: archived.docketedOn.adding(days: 5),
                                                                 to: archived.docketedOn.adding(days: 15), reason: "鉴定", approvedBy: "庭长")]
                }
                return CaseEvent(kind: .closed, actor: "clerk", at: StoreContractTests.now, summary: "closed")
            }
        }
        return ids
    }

    static func expectTalliesMatchTheCases(_ store: any StoreUnderContract, _ comment: String) async throws {
        let cases = try await store.all(matching: CaseQuery(limit: 200))
        for (from, through) in spans {
            let stored = try await store.tally(from: day(from), through: day(through))
            let counted = DocketTally(from: day(from), through: day(through), cases: cases)
            #expect(stored == counted, "\(comment): \(from) to \(through)")
            let caseload = try await store.tally(from: day(from), through: day(through), measures: [.newByCause, .closedByCause])
            #expect(caseload == DocketTally(carriedOver: counted.carriedOver, counts: counted.counts.filter { [.newByCause, .closedByCause].contains($0.key) }),
                    "\(comment): the caseload alone, \(from) to \(through)")
        }
    }

    @Test("the stored tally equals counting the cases, for every span, as cases close, reopen and change", arguments: StoreBackend.allCases)
    func tallyMatchesTheCases(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let ids = try await Self.docketCourt(store)
        let year2021 = try await store.tally(from: Self.day("2021-01-01"), through: Self.day("2021-12-31"))
        #expect(year2021.total(.closedByCause) > 10 && year2021.carriedOver > 0 && !year2021.trialDaysByType.isEmpty,
                "the court has closed and carried-over cases in 2021, with trial days")
        try await Self.expectTalliesMatchTheCases(store, "as docketed")

        // Reopen a closed case (a retrial order), change another's cause, close an open one.
        _ = try await store.update(id: ids[1]) { courtCase in
            courtCase.status = .assigned
            courtCase.closedOn = nil
            courtCase.decidedOn = nil
            courtCase.disposition = nil
            return CaseEvent(kind: .panelAssigned, actor: "clerk", at: StoreContractTests.now, summary: "reopened")
        }
        _ = try await store.update(id: ids[2]) { courtCase in
            courtCase.cause = .technicalSecret
            courtCase.foreignRelated.toggle()
            return CaseEvent(kind: .partiesChanged, actor: "clerk", at: StoreContractTests.now, summary: "cause")
        }
        _ = try await store.update(id: ids[0]) { courtCase in
            courtCase.status = .closed
            courtCase.disposition = .withdrawn
            courtCase.decidedOn = courtCase.docketedOn.adding(days: 40)
            courtCase.closedOn = courtCase.docketedOn.adding(days: 45)
            return CaseEvent(kind: .closed, actor: "clerk", at: StoreContractTests.now, summary: "withdrawn")
        }
        try await Self.expectTalliesMatchTheCases(store, "after the changes")
    }
}
