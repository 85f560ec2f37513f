import Foundation
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Judgments, publication and search, on every backend.
@Suite("Judgment store and search")
struct JudgmentStoreTests {
    static let canary = "CANARY-3c9e1f"
    static let now = StoreContractTests.now

    /// A docketed case with a natural person as party, and a drafted judgment with a confidential passage.
    static func draftedJudgment(_ store: any StoreUnderContract, docketedOn: String = "2024-03-01",
                                technical: String = "等同侵权", english: Bool = true) async throws -> (CourtCase, Judgment) {
        var draft = StoreContractTests.draft(docketedOn: docketedOn)
        draft.parties.append(Party(role: .originalThirdParty, kind: .person, name: "刘德明", nameEn: "Liu Deming"))
        let docketed = try await docketService(store).docket(draft, actor: "clerk", at: now)
        // A final judgment is published only after the case is decided.
        let courtCase = try await store.update(id: docketed.id) { courtCase in
            courtCase.status = .decided
            courtCase.disposition = .affirmed
            courtCase.decidedOn = StoreContractTests.date(docketedOn).adding(days: 80)
            return CaseEvent(kind: .decided, actor: "judge", at: now, summary: "affirmed")
        }
        let zh = JudgmentText(title: "某科技股份有限公司与刘德明侵害发明专利权纠纷二审民事判决书", sections: [
            JudgmentSection(kind: .parties, passages: [Passage("上诉人：某科技股份有限公司。原审第三人：刘德明，住广东省深圳市南山区科技园路18号。")]),
            JudgmentSection(kind: .facts, passages: [
                Passage("涉案专利为ZL201510123456.7号发明专利，被诉产品构成\(technical)。"),
                Passage("\(canary) 技术秘密配方：镍钴锰比例8:1:1。", confidential: true),
            ]),
            JudgmentSection(kind: .reasoning, passages: [Passage("依照《中华人民共和国专利法》第六十五条，原审法院确定的赔偿数额并无不当。")]),
            JudgmentSection(kind: .holding, passages: [Passage("驳回上诉，维持原判。")]),
        ])
        let en = english ? JudgmentText(title: "Judgment in the appeal concerning infringement of an invention patent", sections: [
            JudgmentSection(kind: .facts, passages: [Passage("The accused product infringes by equivalents. Liu Deming testified."),
                                                     Passage("\(canary) nickel cobalt ratio", confidential: true)]),
            JudgmentSection(kind: .reasoning, passages: [Passage("Under Patent Law Art. 65 the damages stand.")]),
            JudgmentSection(kind: .holding, passages: [Passage("The appeal is dismissed.")]),
        ]) : nil
        let judgment = try await judgmentService(store).draft(NewJudgment(caseNumber: courtCase.number, kind: .judgment,
                                                         decidedOn: StoreContractTests.date(docketedOn).adding(days: 80),
                                                         judges: ["张审判长", "李法官", "王法官"], zh: zh, en: en), caseId: courtCase.id)
        return (courtCase, judgment)
    }

    static func publish(_ store: any StoreUnderContract, _ judgment: Judgment, notice: String? = nil) async throws -> PublishedJudgment {
        // A published judgment is corrected through an edit that carries the notice, whose
        // redaction is checked again with the text's.
        let courtCase = try #require(try await store.find(id: judgment.caseId))
        _ = try await store.updateJudgment(id: judgment.id) { judgment in
            if judgment.status == .published {
                var corrected = judgment.asDraft
                corrected.correctionNotice = notice
                try judgment.edit(corrected)
            }
            try judgment.markRedacted(of: courtCase)
        }
        return try await publish(store, judgmentId: judgment.id)
    }

    static func publish(_ store: any StoreUnderContract, judgmentId: Int64) async throws -> PublishedJudgment {
        try await judgmentService(store).publish(judgmentId: judgmentId, at: now)
    }

    /// Marks the judgment's current text redacted, for its case's names.
    static func checked(_ store: any StoreUnderContract, _ judgment: Judgment) async throws -> Judgment {
        let courtCase = try #require(try await store.find(id: judgment.caseId))
        return try await store.updateJudgment(id: judgment.id) { try $0.markRedacted(of: courtCase) }
    }

    static func search(_ store: any JudgmentSearchRepository, _ text: String, filters: SearchFilters = SearchFilters()) async throws -> SearchResults {
        try await store.search(SearchRequest(query: SearchQuery(parsing: text), filters: filters))
    }

    @Test("Draft → redacted → published; a draft is not published; corrections keep old versions", arguments: StoreBackend.allCases)
    func workflow(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let (courtCase, judgment) = try await Self.draftedJudgment(store)
        await #expect(throws: JudgmentWorkflowError.notRedacted) {
            try await Self.publish(store, judgmentId: judgment.id)
        }
        let first = try await Self.publish(store, judgmentId: try await Self.checked(store, judgment).id)
        #expect(first.version == 1)
        await #expect(throws: JudgmentWorkflowError.alreadyPublished) {
            try await Self.publish(store, judgmentId: judgment.id)
        }
        // A correction is an edited text with its notice, checked again before it is published.
        var corrected = try #require(try await store.judgment(id: judgment.id)).asDraft
        let edited = try await store.updateJudgment(id: judgment.id) { try $0.edit($0.asDraft) }
        #expect(edited.status == .draft)
        await #expect(throws: JudgmentWorkflowError.notRedacted) {
            try await Self.publish(store, judgmentId: judgment.id)
        }
        _ = try await Self.checked(store, edited)
        await #expect(throws: JudgmentWorkflowError.correctionNeedsNotice) {
            try await Self.publish(store, judgmentId: judgment.id)
        }
        corrected.correctionNotice = "更正第三页笔误"
        let withNotice = corrected
        _ = try await store.updateJudgment(id: judgment.id) { try $0.edit(withNotice) }
        _ = try await Self.checked(store, edited)
        let second = try await Self.publish(store, judgmentId: judgment.id)
        #expect(second.version == 2)
        let versions = try await store.publications(caseNumber: courtCase.number)
        #expect(versions.map(\.version) == [1, 2])
        #expect(versions[1].correctionNotice == "更正第三页笔误")
        #expect(try await store.latestPublications(limit: 10, offset: 0).map(\.version) == [2])
    }

    @Test("A confidential passage's canary appears in no public text, index row or snippet", arguments: StoreBackend.allCases)
    func canaryNeverLeaks(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let (courtCase, judgment) = try await Self.draftedJudgment(store)
        let published = try await Self.publish(store, judgment)
        let publicJSON = String(decoding: try JSONEncoder().encode(try await store.publications(caseNumber: courtCase.number)), as: UTF8.self)
        #expect(!publicJSON.contains(Self.canary))
        #expect(!publicJSON.contains("镍钴锰"))
        #expect(!publicJSON.contains("刘德明"))
        #expect(!publicJSON.contains("科技园路18号"))
        #expect(published.zh.title.contains("刘某"))
        for query in [Self.canary, "镍钴锰", "配方", "nickel", "刘德明"] {
            #expect(try await Self.search(store, query).total == 0, "\(query)")
        }
        let results = try await Self.search(store, "专利")
        #expect(!String(describing: results).contains(Self.canary))
        #expect(try await store.judgment(id: judgment.id)?.zh.sections[1].passages[1].text.contains(Self.canary) == true)
    }

    @Test("Search in both languages, by case number in any spelling, patent and statute", arguments: StoreBackend.allCases)
    func searching(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let (courtCase, judgment) = try await Self.draftedJudgment(store)
        _ = try await Self.publish(store, judgment)
        let (_, other) = try await Self.draftedJudgment(store, docketedOn: "2025-02-01", technical: "字面侵权", english: false)
        _ = try await Self.publish(store, other)

        #expect(try await Self.search(store, "等同侵权").hits.map(\.judgmentId) == [judgment.id])
        #expect(try await Self.search(store, "\"等同侵权\"").total == 1)
        #expect(try await Self.search(store, "侵权").total == 2)
        #expect(try await Self.search(store, "侵权 -等同").hits.map(\.judgmentId) == [other.id])
        #expect(try await Self.search(store, "等同 OR 字面").total == 2)
        #expect(try await Self.search(store, "equivalents").hits.first?.language == "en")
        #expect(try await Self.search(store, "infringing").total == 1)  // stemmed: infringes
        for spelling in ["(2024)最高法知民终1号", "（ 2024 ）最高法知民终1号", courtCase.number.canonical] {
            #expect(try await Self.search(store, spelling).hits.map(\.judgmentId) == [judgment.id], "\(spelling)")
        }
        #expect(try await Self.search(store, "patent:ZL201510123456.7").total == 2)
        #expect(try await Self.search(store, "专利法第65条").total == 2)
        #expect(try await Self.search(store, "Patent Law Art. 65").total == 1)  // only the first has an English text
        #expect(try await Self.search(store, "judge:李法官").total == 2)
        #expect(try await Self.search(store, "year:2025 侵权").hits.map(\.judgmentId) == [other.id])
        #expect(try await Self.search(store, "法").total == 2)  // a single character
        #expect(try await Self.search(store, "侵权", filters: SearchFilters(language: "en")).total == 0)
    }

    @Test("Snippets highlight the match; facets count the matched set", arguments: StoreBackend.allCases)
    func snippetsAndFacets(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let (_, judgment) = try await Self.draftedJudgment(store)
        _ = try await Self.publish(store, judgment)
        let (_, other) = try await Self.draftedJudgment(store, docketedOn: "2025-02-01", english: false)
        _ = try await Self.publish(store, other)

        let results = try await Self.search(store, "等同侵权")
        #expect(results.hits.first?.snippet.contains("<mark>") == true)
        #expect(results.facets["year"]?.map(\.value).sorted() == ["2024", "2025"])
        #expect(results.facets["cause"] == [FacetCount(value: "inventionPatentInfringement", count: 2)])
        #expect(results.facets["language"]?.first(where: { $0.value == "zh" })?.count == 2)
        let filtered = try await Self.search(store, "等同侵权", filters: SearchFilters(year: 2025))
        #expect(filtered.hits.map(\.judgmentId) == [other.id])
        let byDate = try await store.search(SearchRequest(query: SearchQuery(parsing: "侵权"), sort: .date, limit: 1))
        #expect(byDate.hits.map(\.judgmentId) == [other.id])
        #expect(byDate.nextOffset == 1)
    }
}

@Suite("Similar cases")
struct SimilarCaseTests {
    /// Generic, so that an existential store opens into the finder's store type.
    static func find(_ store: some SimilarCaseRepository, _ query: SimilarCaseQuery) async throws -> SimilarCaseResult {
        try await SimilarCaseFinder(store: store).find(query, today: CalendarDate(iso: "2026-11-26")!)
    }

    @Test("Cases sharing the patent rank first; guiding cases form the first group", arguments: StoreBackend.allCases)
    func similarCases(backend: StoreBackend) async throws {
        // setup: three published judgments; the first two concern the same patent, the third is a guiding case.
        let store = try await backend.makeStore()
        var published: [Judgment] = []
        for (index, technical) in ["等同侵权", "字面侵权", "现有技术抗辩"].enumerated() {
            let (_, judgment) = try await JudgmentStoreTests.draftedJudgment(store, docketedOn: "2024-03-0\(index + 1)", technical: technical, english: false)
            published.append(judgment)
        }
        _ = try await store.updateJudgment(id: published[2].id) { judgment in
            judgment.designation = Designation(kind: .guiding, holdingZh: "现有技术抗辩的审查应当以一项现有技术为准。")
        }
        // Only the first two name the patent: the third, on another patent, reasons alike.
        _ = try await store.updateJudgment(id: published[2].id) { judgment in
            judgment.zh.sections[1].passages[0].text = "涉案专利为ZL201799999999.1号发明专利，被诉侵权产品构成等同侵权，应当依照专利法第六十五条确定赔偿数额。"
        }
        for judgment in published { _ = try await JudgmentStoreTests.publish(store, judgment) }
        // MUT
        let query = SimilarCaseQuery(text: "涉案专利为ZL201510123456.7号发明专利，被诉侵权产品构成等同侵权，依照专利法第六十五条确定赔偿。",
                                     cause: .inventionPatentInfringement)
        let result = try await Self.find(store, query)
        // validate
        #expect(result.patents == ["zl201510123456.7"])
        #expect(result.statutes == ["§专利法65"])
        #expect(result.groups.map(\.group) == [.guidingCases, .supremeCourtTypicalCasesAndJudgments])
        let ordinary = try #require(result.groups.last?.cases)
        #expect(ordinary.map(\.judgmentId).sorted() == [published[0].id, published[1].id].sorted())
        #expect(ordinary.first?.judgmentId == published[0].id)  // also shares the term 等同
        #expect(ordinary.allSatisfy { $0.sharedPatents == ["zl201510123456.7"] && $0.sameCause })
        let guiding = try #require(result.groups.first?.cases.first)
        #expect(guiding.judgmentId == published[2].id && guiding.sharedPatents.isEmpty)
        #expect(guiding.textSimilarity >= SimilarCaseScoring.threshold)
        // Key terms are whole words of the pending text, not two-character fragments.
        #expect(guiding.sharedTerms.contains { $0.count > 2 }, "\(guiding.sharedTerms)")
        let report = result.report(searchedBy: "judge", at: Date(timeIntervalSince1970: 0), query: query)
        #expect(report.contains("# 类案检索报告"))
        #expect(report.contains("指导性案例"))
        #expect(report.contains("相同专利 zl201510123456.7"))
    }

    @Test("A follower behind what the feed pruned rebuilds its index rather than miss the changes", arguments: StoreBackend.allCases)
    func followerBehindPrunedFeedRebuilds(backend: StoreBackend) async throws {
        // setup: a second follower of the store's feed, loaded before a publication it has not applied.
        let store = try await backend.makeStore()
        let source = try #require((store as? any SearchesThroughIndex)?.judgmentSearch.source)
        let (_, first) = try await JudgmentStoreTests.draftedJudgment(store)
        _ = try await JudgmentStoreTests.publish(store, first)
        let behind = SearchIndexFollower(source: source, snapshotFile: nil)
        let loaded = try await behind.loaded
        #expect(loaded.documentCount > 0)
        let (_, second) = try await JudgmentStoreTests.draftedJudgment(store, technical: "功能性特征")
        _ = try await JudgmentStoreTests.publish(store, second)
        let head = try await source.feedPosition()
        // MUT
        try await source.prune(through: head)
        try await behind.catchUp()
        // validate
        #expect(try await source.changes(after: head - 1).isComplete == false)
        #expect(try await source.changes(after: head).isComplete)
        #expect(await behind.appliedPosition == head)
        let rebuilt = try await behind.loaded
        #expect(try rebuilt.matchingJudgmentIds(try SearchQuery(parsing: "功能性特征")) == [second.id])
    }

    @Test("The feed is pruned every thousand entries to the latest hundred thousand")
    func feedRetention() {
        #expect(SearchFeedRetention.pruneThrough(afterAppendingAt: 1_000) == nil)
        #expect(SearchFeedRetention.pruneThrough(afterAppendingAt: 100_000) == nil)
        #expect(SearchFeedRetention.pruneThrough(afterAppendingAt: 100_999) == nil)
        #expect(SearchFeedRetention.pruneThrough(afterAppendingAt: 101_000) == 1_000)
        #expect(SearchFeedRetention.pruneThrough(afterAppendingAt: 250_000) == 150_000)
    }
}
