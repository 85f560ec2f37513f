import Foundation
import Testing
import TribunalKernel
import Docket
import CourtOperations

/// Preservation matters and damages assessments, the same on every engine.
@Suite("Court operations store contract")
struct CourtOperationsStoreTests {
    static let now = StoreContractTests.now

    static func application(receivedAt: Date = now, urgent: Bool = true) -> PreservationApplication {
        PreservationApplication(applicant: "某科技股份有限公司", respondent: "刘某", respondentKind: .person,
                                measures: "停止在展会上展示被诉产品", securityAmount: 1_000_000, securityForm: "银行保函",
                                urgent: urgent, reasons: "展会三日后开幕", receivedAt: receivedAt)
    }

    @Test("cases heard together make one number; rulings take the next 之N across matters", arguments: StoreBackend.allCases)
    func rulingNumbers(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let service = preservationService(store)
        let first = try await docketService(store).docket(StoreContractTests.draft(), actor: "clerk", at: Self.now)
        let second = try await docketService(store).docket(StoreContractTests.draft(), actor: "clerk", at: Self.now)
        let joint = try await service.file(NewPreservationMatter(stage: .duringLitigation, caseIds: [second.id, first.id], application: Self.application()),
                                           actor: "clerk", at: Self.now)
        #expect(joint.caseNumber.canonical == "（2024）最高法知民终1、2号")
        let ruled = try await service.apply(.rule(.granted, ordered: "禁止展示", dailyFine: DailyFine(perDay: 10_000, startsOn: StoreContractTests.date("2024-03-05"), trigger: .fromBreach)),
                                            toMatter: joint.id, actor: "judge", at: Self.now)
        #expect(ruled.ruling?.number.canonical == "（2024）最高法知民终1、2号之一")
        // A later application in the first case alone: its ruling is that case's next 之N.
        let alone = try await service.file(NewPreservationMatter(stage: .duringLitigation, caseIds: [first.id], application: Self.application(urgent: false)),
                                           actor: "clerk", at: Self.now)
        let refused = try await service.apply(.rule(.refused, ordered: "", dailyFine: nil), toMatter: alone.id, actor: "judge", at: Self.now)
        #expect(refused.ruling?.number.canonical == "（2024）最高法知民终1号之二")
        let reconsidering = try await service.apply(.applyForReconsideration(Reconsideration(applicant: "刘某", appliedOn: StoreContractTests.date("2024-03-05"), grounds: "展会已取消")),
                                                    toMatter: joint.id, actor: "clerk", at: Self.now)
        #expect(reconsidering.status == .inForce)
        let decided = try await service.apply(.decideReconsideration(.dismissed, on: StoreContractTests.date("2024-03-05"), variedOrder: nil),
                                              toMatter: joint.id, actor: "judge", at: Self.now)
        #expect(decided.reconsideration?.number?.canonical == "（2024）最高法知民终1、2号之三")

        #expect(try await store.matters(caseId: first.id).map(\.id) == [joint.id, alone.id])
        #expect(try await store.matters(caseId: second.id).map(\.id) == [joint.id])
        let stored = try #require(try await store.matter(id: joint.id))
        #expect(stored == decided)
        #expect(stored.history.map(\.kind) == [.applied, .ruled, .reconsiderationApplied, .reconsiderationDecided])
        #expect(try await store.matters(status: .inForce).map(\.id) == [joint.id])
    }

    @Test("before litigation a matter takes a 行保 number, its reconsideration a 行保复 one", arguments: StoreBackend.allCases)
    func ownNumbers(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let service = preservationService(store)
        let matter = try await service.file(NewPreservationMatter(stage: .beforeLitigation, caseIds: [], application: Self.application()), actor: "clerk", at: Self.now)
        #expect(matter.caseNumber.canonical == "（2024）最高法行保1号")
        let second = try await service.file(NewPreservationMatter(stage: .beforeLitigation, caseIds: [], application: Self.application()), actor: "clerk", at: Self.now)
        #expect(second.caseNumber.canonical == "（2024）最高法行保2号")
        let ruled = try await service.apply(.rule(.grantedInPart, ordered: "禁止展示", dailyFine: nil), toMatter: matter.id, actor: "judge", at: Self.now)
        #expect(ruled.ruling?.number.canonical == "（2024）最高法行保1号")
        _ = try await service.apply(.applyForReconsideration(Reconsideration(applicant: "刘某", appliedOn: StoreContractTests.date("2024-03-05"), grounds: "…")),
                                    toMatter: matter.id, actor: "clerk", at: Self.now)
        let decided = try await service.apply(.decideReconsideration(.revoked, on: StoreContractTests.date("2024-03-05"), variedOrder: nil),
                                              toMatter: matter.id, actor: "judge", at: Self.now)
        #expect(decided.reconsideration?.number?.canonical == "（2024）最高法行保复1号")
        #expect(decided.status == .refused)
    }

    @Test("a refused move or application writes nothing", arguments: StoreBackend.allCases)
    func refusals(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let service = preservationService(store)
        let courtCase = try await docketService(store).docket(StoreContractTests.draft(), actor: "clerk", at: Self.now)
        await #expect(throws: NotFound.self) {
            try await service.file(NewPreservationMatter(stage: .duringLitigation, caseIds: [courtCase.id + 100], application: Self.application()), actor: "clerk", at: Self.now)
        }
        let matter = try await service.file(NewPreservationMatter(stage: .duringLitigation, caseIds: [courtCase.id], application: Self.application()), actor: "clerk", at: Self.now)
        // A person is fined at most 100,000 yuan a day.
        await #expect(throws: InvalidValue.self) {
            try await service.apply(.rule(.granted, ordered: "禁止", dailyFine: DailyFine(perDay: 200_000, startsOn: StoreContractTests.date("2024-03-05"), trigger: .fromBreach)),
                                    toMatter: matter.id, actor: "judge", at: Self.now)
        }
        let unchanged = try #require(try await store.matter(id: matter.id))
        #expect(unchanged == matter)
        // The refused ruling took no number: the next one is still 之一.
        let ruled = try await service.apply(.rule(.refused, ordered: "", dailyFine: nil), toMatter: matter.id, actor: "judge", at: Self.now)
        #expect(ruled.ruling?.number.suffix == 1)
        await #expect(throws: NotFound.self) { try await service.apply(.lift(on: StoreContractTests.date("2024-03-05"), reason: "…"), toMatter: 999, actor: "judge", at: Self.now) }
    }

    @Test("a recorded assessment is read back whole, on its case only", arguments: StoreBackend.allCases)
    func assessments(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let service = damagesService(store)
        let courtCase = try await docketService(store).docket(StoreContractTests.draft(), actor: "clerk", at: Self.now)
        let other = try await docketService(store).docket(StoreContractTests.draft(), actor: "clerk", at: Self.now)
        let claim = DamagesClaim(law: .patent, basis: .licenceFee, amount: Decimal(string: "123456.78")!, licenceMultiple: Decimal(string: "2.5")!,
                                 punitiveMultiple: 3, punitiveFormula: .additive, expenses: Decimal(string: "9999.99")!)
        let recorded = try await service.record(claim, caseId: courtCase.id, actor: "judge", at: Self.now)
        #expect(recorded.assessment.total == Decimal(string: "1244567.79")!)
        let read = try await service.assessments(caseId: courtCase.id)
        #expect(read == [recorded])
        #expect(try await service.assessments(caseId: other.id).isEmpty)
        await #expect(throws: InvalidValue.self) {
            try await service.record(DamagesClaim(law: .patent, basis: .statutory, amount: 10), caseId: courtCase.id, actor: "judge", at: Self.now)
        }
        await #expect(throws: NotFound.self) { try await service.record(claim, caseId: 999, actor: "judge", at: Self.now) }
        #expect(try await service.assessments(caseId: courtCase.id).count == 1)
    }
}
