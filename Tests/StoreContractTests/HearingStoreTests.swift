import Foundation
import Testing
import TribunalKernel
import Docket
import CourtOperations

/// Booking hearings, the same on every engine.
@Suite("Hearings store contract")
struct HearingStoreTests {
    static let now = StoreContractTests.now   // 2024-03-05 in Beijing

    static func at(_ iso: String, _ hour: Int) -> Date {
        CalendarDate(iso: iso)!.startInBeijing.addingTimeInterval(TimeInterval(hour * 3600))
    }

    @Test("a booking moves the case to hearing scheduled; a judge booked twice is refused and nothing is written", arguments: StoreBackend.allCases)
    func booking(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let panel = try await StoreContractTests.seedStaff(store)
        let service = hearingService(store)
        let room = try await service.addCourtroom(Courtroom(id: 0, nameZh: "第一法庭", nameEn: "Courtroom 1"))
        let first = try await docketService(store).docket(StoreContractTests.draft(), actor: "clerk", at: Self.now)
        let second = try await docketService(store).docket(StoreContractTests.draft(), actor: "clerk", at: Self.now)
        for courtCase in [first, second] {
            _ = try await docketService(store).apply(.assignPanel(panel), toCase: courtCase.id, actor: "presiding", at: Self.now)
        }
        let request = HearingService.Request(mode: .inPerson, courtroomId: room.id, startsAt: Self.at("2024-03-12", 9), endsAt: Self.at("2024-03-12", 12), isPublic: true)
        let booked = try await service.schedule(request, caseId: first.id, actor: "clerk", at: Self.now)
        #expect(booked.judgeIds == panel.allJudgeIds)
        #expect(booked.counsel == ["张律师"])
        #expect(try await store.find(id: first.id)?.status == .hearingScheduled)
        #expect(try await store.find(id: first.id)?.hearingOn == CalendarDate(iso: "2024-03-12"))

        // The same panel an hour later, in another mode: the judges are booked.
        let clash = HearingService.Request(mode: .online, courtroomId: nil, startsAt: Self.at("2024-03-12", 11), endsAt: Self.at("2024-03-12", 13), isPublic: false)
        await #expect(throws: HearingConflictRefusal.self) { try await service.schedule(clash, caseId: second.id, actor: "clerk", at: Self.now) }
        #expect(try await store.hearings(caseId: second.id).isEmpty)
        #expect(try await store.find(id: second.id)?.status == .assigned, "the docket was not moved either")

        let afternoon = HearingService.Request(mode: .online, courtroomId: nil, startsAt: Self.at("2024-03-12", 12), endsAt: Self.at("2024-03-12", 14), isPublic: false)
        let later = try await service.schedule(afternoon, caseId: second.id, actor: "clerk", at: Self.now)
        let day = try await service.calendar(from: CalendarDate(iso: "2024-03-12")!, through: CalendarDate(iso: "2024-03-12")!, judgeId: panel.presidingJudgeId)
        #expect(day.map(\.id) == [booked.id, later.id])
        #expect(try await service.calendar(from: CalendarDate(iso: "2024-03-11")!, through: CalendarDate(iso: "2024-03-17")!, courtroomId: room.id).map(\.id) == [booked.id])
        #expect(try await service.announcements(from: CalendarDate(iso: "2024-03-06")!, days: 30).map(\.id) == [booked.id], "only public hearings are announced")

        let cancelled = try await store.setStatus(.cancelled, ofHearing: later.id)
        #expect(cancelled.status == .cancelled)
        #expect(try await store.hearings(caseId: second.id) == [cancelled])
    }
}

/// What became of booked hearings, the same on every engine.
@Suite("Hearing outcomes store contract")
struct HearingOutcomeStoreTests {
    @Test("held once begun moves the case to heard; postponed shows the next booking; a finished hearing changes no more", arguments: StoreBackend.allCases)
    func outcomes(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let panel = try await StoreContractTests.seedStaff(store)
        let service = hearingService(store)
        let room = try await service.addCourtroom(Courtroom(id: 0, nameZh: "第一法庭", nameEn: "Courtroom 1"))
        let courtCase = try await docketService(store).docket(StoreContractTests.draft(), actor: "clerk", at: HearingStoreTests.now)
        _ = try await docketService(store).apply(.assignPanel(panel), toCase: courtCase.id, actor: "presiding", at: HearingStoreTests.now)
        func book(_ day: String) async throws -> Hearing {
            try await service.schedule(HearingService.Request(mode: .inPerson, courtroomId: room.id, startsAt: HearingStoreTests.at(day, 9),
                                                              endsAt: HearingStoreTests.at(day, 11), isPublic: true),
                                       caseId: courtCase.id, actor: "clerk", at: HearingStoreTests.now)
        }
        let first = try await book("2024-03-12")
        let second = try await book("2024-03-26")
        #expect(try await store.find(id: courtCase.id)?.hearingOn == CalendarDate(iso: "2024-03-12"))

        // Not yet begun: it cannot be held; it can be postponed, and the docket shows the next booking.
        await #expect(throws: HearingStatusRefusal.self) { try await service.record(.held, ofHearing: first.id, actor: "clerk", at: HearingStoreTests.now) }
        #expect(try await store.hearing(id: first.id)?.status == .scheduled, "a refusal writes nothing")
        #expect(try await service.record(.postponed, ofHearing: first.id, actor: "clerk", at: HearingStoreTests.now).status == .postponed)
        #expect(try await store.find(id: courtCase.id)?.hearingOn == CalendarDate(iso: "2024-03-26"))
        await #expect(throws: HearingStatusRefusal.self) { try await service.record(.cancelled, ofHearing: first.id, actor: "clerk", at: HearingStoreTests.now) }

        // Once begun it is held, and the case is heard on that day.
        let during = HearingStoreTests.at("2024-03-26", 10)
        #expect(try await service.record(.held, ofHearing: second.id, actor: "clerk", at: during).status == .held)
        let heard = try await store.find(id: courtCase.id)
        #expect(heard?.status == .heard && heard?.hearingOn == CalendarDate(iso: "2024-03-26"))
        await #expect(throws: NotFound.self) { try await service.record(.held, ofHearing: 4242, actor: "clerk", at: during) }
    }

    @Test("recording the hearing on the docket marks the day's booking held", arguments: StoreBackend.allCases)
    func recordHearingMarksHeld(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let panel = try await StoreContractTests.seedStaff(store)
        let service = hearingService(store)
        let courtCase = try await docketService(store).docket(StoreContractTests.draft(), actor: "clerk", at: HearingStoreTests.now)
        _ = try await docketService(store).apply(.assignPanel(panel), toCase: courtCase.id, actor: "presiding", at: HearingStoreTests.now)
        let booked = try await service.schedule(HearingService.Request(mode: .online, courtroomId: nil, startsAt: HearingStoreTests.at("2024-03-12", 9),
                                                                      endsAt: HearingStoreTests.at("2024-03-12", 11), isPublic: false),
                                                caseId: courtCase.id, actor: "clerk", at: HearingStoreTests.now)
        let heard = try await service.apply(.recordHearing(on: CalendarDate(iso: "2024-03-12")!), toCase: courtCase.id, actor: "clerk", at: HearingStoreTests.now)
        #expect(heard.status == .heard)
        #expect(try await store.hearing(id: booked.id)?.status == .held)
    }
}
