import Foundation
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The behaviour every store must have, whatever its engine.
@Suite("Store contract")
struct StoreContractTests {
    static let now = Date(timeIntervalSince1970: 1_709_600_000)  // 2024-03-05 in Beijing

    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func draft(type: TribunalCaseType = .civilAppeal, docketedOn: String = "2024-03-01",
                      cause: CauseOfAction = .inventionPatentInfringement, court: String = "粤73") -> NewCase {
        let isRuling = type == .jurisdictionAppeal
        return NewCase(
            type: type, cause: cause, technicalField: "半导体",
            origin: OriginDecision(courtCode: court, caseNumber: try! CaseNumber(parsing: "（2023）\(court)知民初7号"),
                                   decidedOn: date("2023-12-01"), kind: isRuling ? .ruling : .judgment),
            parties: [Party(role: .appellant, kind: .organisation, name: "某科技股份有限公司",
                            counsel: [Counsel(name: "张律师", firm: "某律师事务所")]),
                      Party(role: .appellee, kind: .person, name: "刘某")],
            receivedOn: date("2024-01-05"), docketedOn: date(docketedOn))
    }

    /// Three judges, an assistant and a clerk, and a valid panel of them.
    static func seedStaff(_ store: any StoreUnderContract) async throws -> Panel {
        let from = date("2019-01-01")
        let presiding = try await staffService(store).add(NewStaffMember(nameZh: "张审判长", nameEn: "Zhang", role: .presidingJudge, inPostFrom: from))
        let second = try await staffService(store).add(NewStaffMember(nameZh: "李法官", nameEn: "Li", role: .judge, inPostFrom: from))
        let third = try await staffService(store).add(NewStaffMember(nameZh: "王法官", nameEn: "Wang", role: .judge, inPostFrom: from))
        let assistant = try await staffService(store).add(NewStaffMember(nameZh: "赵助理", nameEn: "Zhao", role: .judicialAssistant, inPostFrom: from))
        let clerk = try await staffService(store).add(NewStaffMember(nameZh: "钱书记员", nameEn: "Qian", role: .clerk, inPostFrom: from))
        return Panel(presidingJudgeId: presiding.id, judgeIds: [second.id, third.id], assistantId: assistant.id, clerkId: clerk.id)
    }

    @Test("Docketing allocates numbers per year and type, starting at 1", arguments: StoreBackend.allCases)
    func allocation(backend: StoreBackend) async throws {
        // setup
        let store = try await backend.makeStore()
        // MUT
        let first = try await docketService(store).docket(Self.draft(), actor: "clerk", at: Self.now)
        let second = try await docketService(store).docket(Self.draft(), actor: "clerk", at: Self.now)
        let otherType = try await docketService(store).docket(Self.draft(type: .jurisdictionAppeal), actor: "clerk", at: Self.now)
        let otherYear = try await docketService(store).docket(Self.draft(docketedOn: "2025-01-02"), actor: "clerk", at: Self.now)
        // validate
        #expect(first.number.canonical == "（2024）最高法知民终1号")
        #expect(second.number.canonical == "（2024）最高法知民终2号")
        #expect(otherType.number.canonical == "（2024）最高法知民辖终1号")
        #expect(otherYear.number.canonical == "（2025）最高法知民终1号")
        #expect(first.status == .docketed)
        #expect(try await store.caseCount() == 4)
    }

    @Test("Concurrent docketing gives every case its own number, with no gap", arguments: StoreBackend.allCases)
    func concurrentAllocation(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let count = 40
        let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<count {
                group.addTask { try await docketService(store).docket(Self.draft(), actor: "clerk", at: Self.now).number.sequences[0] }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(numbers.sorted() == Array(1...count))
    }

    @Test("A rejected draft writes nothing and consumes no number", arguments: StoreBackend.allCases)
    func rejectedDraft(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        var bad = Self.draft()
        bad.parties = []
        await #expect(throws: InvalidValue.self) { try await docketService(store).docket(bad, actor: "clerk", at: Self.now) }
        #expect(try await store.caseCount() == 0)
        let next = try await docketService(store).docket(Self.draft(), actor: "clerk", at: Self.now)
        #expect(next.number.sequences == [1])
    }

    @Test("A case is found by id and by number, and round-trips whole", arguments: StoreBackend.allCases)
    func findAndRoundTrip(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let docketed = try await docketService(store).docket(Self.draft(), actor: "clerk", at: Self.now)
        #expect(try await store.find(id: docketed.id) == docketed)
        #expect(try await store.find(number: CaseNumber(parsing: "(2024)最高法知民终1号之一")) == docketed)
        #expect(try await store.find(number: CaseNumber(parsing: "（2024）最高法知民终2号")) == nil)
        #expect(try await store.find(id: 999) == nil)
        let events = try await store.events(caseId: docketed.id)
        #expect(events.map(\.kind) == [.docketed])
        #expect(events[0].actor == "clerk")
    }

    @Test("A move is stored with its history entry; a refused move writes nothing", arguments: StoreBackend.allCases)
    func updates(backend: StoreBackend) async throws {
        // setup
        let store = try await backend.makeStore()
        let panel = try await Self.seedStaff(store)
        let staff = try await store.directory()
        let docketed = try await docketService(store).docket(Self.draft(), actor: "clerk", at: Self.now)
        // MUT
        let assigned = try await store.update(id: docketed.id) { c in
            try c.apply(.assignPanel(panel), staff: staff, actor: "clerk", at: Self.now)
        }
        // validate
        #expect(assigned.status == .assigned)
        #expect(try await store.find(id: docketed.id) == assigned)
        await #expect(throws: CaseLifecycleError.undecidedCaseCannotClose(.assigned)) {
            try await store.update(id: docketed.id) { c in
                try c.apply(.close(on: Self.date("2024-04-01")), staff: staff, actor: "clerk", at: Self.now)
            }
        }
        #expect(try await store.find(id: docketed.id) == assigned)
        #expect(try await store.events(caseId: docketed.id).map(\.kind) == [.docketed, .panelAssigned])
        await #expect(throws: NotFound.self) {
            try await store.update(id: 4242) { c in
                try c.apply(.close(on: Self.date("2024-04-01")), staff: staff, actor: "clerk", at: Self.now)
            }
        }
    }

    @Test("Listing filters and pages without overlap", arguments: StoreBackend.allCases)
    func listing(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let panel = try await Self.seedStaff(store)
        let staff = try await store.directory()
        for day in 1...7 {
            _ = try await docketService(store).docket(Self.draft(docketedOn: "2024-03-0\(day)"), actor: "c", at: Self.now)
        }
        let administrative = try await docketService(store).docket(Self.draft(type: .administrativeAppeal, cause: .patentInvalidation, court: "京73"), actor: "c", at: Self.now)
        let judged = try await docketService(store).docket(Self.draft(docketedOn: "2025-06-01", court: "苏01"), actor: "c", at: Self.now)
        _ = try await store.update(id: judged.id) { c in try c.apply(.assignPanel(panel), staff: staff, actor: "c", at: Self.now) }

        var seen: [Int64] = []
        var query = CaseQuery(limit: 4)
        repeat {
            let page = try await store.list(query)
            seen += page.cases.map(\.id)
            query.after = page.next
        } while query.after != nil
        #expect(seen.count == 9)
        #expect(Set(seen).count == 9)
        #expect(seen.first == judged.id)

        var oldestFirst: [Int64] = []
        query = CaseQuery(limit: 4)
        query.oldestFirst = true
        repeat {
            let page = try await store.list(query)
            oldestFirst += page.cases.map(\.id)
            query.after = page.next
        } while query.after != nil
        #expect(oldestFirst == seen.reversed(), "oldest first is newest first read backwards, page after page")

        // Trial period ending soonest: the 知行终 counts from receipt (5 January), the 知民终 from
        // docketing (1 to 7 March), the case docketed in 2025 last.
        let docket = docketService(store)
        let asOf = Self.date("2024-03-05")
        let due = try await docket.dueSoonest(CaseQuery(), asOf: asOf, offset: 0, limit: 20)
        #expect(due.cases.first?.id == administrative.id)
        #expect(due.cases.last?.id == judged.id)
        #expect(due.cases.map(\.id) == [administrative.id] + seen.reversed().filter { $0 != administrative.id && $0 != judged.id } + [judged.id],
                "then the civil appeals in docketing order")
        #expect(due.more == false)
        let second = try await docket.dueSoonest(CaseQuery(), asOf: asOf, offset: 4, limit: 4)
        #expect(second.cases.map(\.id) == Array(due.cases.map(\.id)[4..<8]) && second.more)
        await #expect(throws: InvalidValue.self, "a closed case has no deadline") {
            try await docket.dueSoonest(CaseQuery(status: .closed), asOf: asOf, offset: 0, limit: 20)
        }
        #expect(try await docket.dueSoonest(CaseQuery(status: .assigned), asOf: asOf, offset: 0, limit: 20).cases.map(\.id) == [judged.id])

        #expect(try await store.list(CaseQuery(year: 2025)).cases.map(\.id) == [judged.id])
        #expect(try await store.list(CaseQuery(type: .administrativeAppeal)).cases.count == 1)
        #expect(try await store.list(CaseQuery(cause: .patentInvalidation)).cases.count == 1)
        #expect(try await store.list(CaseQuery(status: .assigned)).cases.map(\.id) == [judged.id])
        #expect(try await store.list(CaseQuery(judgeId: panel.judgeIds[1])).cases.map(\.id) == [judged.id])
        #expect(try await store.list(CaseQuery(originCourtCode: "京73")).cases.count == 1)
    }

    @Test("Staff are stored and validated", arguments: StoreBackend.allCases)
    func staff(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let added = try await staffService(store).add(NewStaffMember(nameZh: "周法官", nameEn: "Zhou", role: .judge,
                                                       inPostFrom: Self.date("2019-01-01"), inPostUntil: Self.date("2022-12-31")))
        #expect(try await store.staffMember(id: added.id) == added)
        let error = await #expect(throws: InvalidValue.self) {
            try await staffService(store).add(NewStaffMember(nameZh: " ", nameEn: "X", role: .clerk, inPostFrom: Self.date("2019-01-01")))
        }
        #expect(error?.field == "nameZh")
        #expect(try await store.allStaff().count == 1)
    }

    @Test("Accounts have unique names; tokens expire", arguments: StoreBackend.allCases)
    func accounts(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let account = try await store.create(username: "admin", role: .admin, passwordHash: "$2b$hash")
        let error = await #expect(throws: InvalidValue.self) {
            try await store.create(username: "admin", role: .clerk, passwordHash: "$2b$other")
        }
        #expect(error?.field == "username")
        #expect(try await store.accountCount() == 1)
        #expect(try await store.find(username: "admin") == account)

        try await store.storeToken(digest: "abc", accountId: account.id, expiresAt: Self.now.addingTimeInterval(3600))
        #expect(try await store.account(tokenDigest: "abc", at: Self.now) == account)
        #expect(try await store.account(tokenDigest: "abc", at: Self.now.addingTimeInterval(7200)) == nil)
        #expect(try await store.account(tokenDigest: "nope", at: Self.now) == nil)
    }
}

@Suite("Saved search store")
struct SavedSearchStoreTests {
    @Test("Saved searches belong to their account and are found by feed token", arguments: StoreBackend.allCases)
    func savedSearches(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let owner = try await store.create(username: "judge", role: .judge, passwordHash: "$2b$x")
        let other = try await store.create(username: "clerk", role: .clerk, passwordHash: "$2b$y")
        let saved = try await store.save(SavedSearch(id: 0, accountId: owner.id, name: "等同", query: "等同", feedToken: "t0k3n",
                                                     createdAt: StoreContractTests.now))
        #expect(try await store.savedSearches(accountId: owner.id) == [saved])
        #expect(try await store.savedSearches(accountId: other.id).isEmpty)
        #expect(try await store.savedSearch(feedToken: "t0k3n") == saved)
        #expect(try await store.deleteSavedSearch(id: saved.id, accountId: other.id) == false)
        #expect(try await store.deleteSavedSearch(id: saved.id, accountId: owner.id))
        #expect(try await store.savedSearch(feedToken: "t0k3n") == nil)
    }
}
