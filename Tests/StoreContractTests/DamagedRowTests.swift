import Foundation
import GRDB
import StoreSQLite
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
import TribunalDemo

/// A row damaged on disk (by a bug, a hand edit, a restore gone wrong) is one item missing from a
/// list and an error in the log; every other item is still listed, and nothing stops the process.
@Suite("Damaged rows")
struct DamagedRowTests {
    @Test("Each list leaves out its damaged row and shows the rest")
    func listsLeaveOutDamagedRows() async throws {
        let store = try SQLiteStore.temporary()
        _ = try await DemoCourt(seed: 3, caseCount: 40, today: CalendarDate(iso: "2026-11-26")!).load(into: store)
        let received = Date(timeIntervalSince1970: 1_764_000_000)
        for nonce in ["a", "b"] {
            _ = try await store.submit(MailboxMessage(name: "张三", contact: "a@example.cn", topic: .suggestion, subject: "建议",
                                                      body: "内容", language: "zh", receivedAt: received),
                                       formNonce: nonce, clientDigest: nil, limit: nil)
        }
        let account = try await store.create(username: "reader", role: .judge, passwordHash: "x", staffId: nil)
        for name in ["专利", "商业秘密"] {
            _ = try await store.save(SavedSearch(id: 0, accountId: account.id, name: name, query: name, feedToken: name, createdAt: received))
        }
        let before = (publications: try await store.latestPublications(limit: 200, offset: 0),
                      staff: try await store.allStaff(),
                      search: try await store.search(SearchRequest(query: try SearchQuery(parsing: "专利"), limit: 20)))
        #expect(before.search.hits.count >= 2)
        let damagedHit = try #require(before.search.hits.first)

        try await store.writer.write { db in
            try db.execute(sql: "UPDATE judgmentVersion SET document = '{' WHERE judgmentId = (SELECT MIN(judgmentId) FROM judgmentVersion)")
            try db.execute(sql: "UPDATE staff SET role = 'nonsense' WHERE id = (SELECT MIN(id) FROM staff)")
            try db.execute(sql: "UPDATE mailboxMessage SET document = '[]' WHERE id = (SELECT MIN(id) FROM mailboxMessage)")
            try db.execute(sql: "UPDATE savedSearch SET createdAt = X'00' WHERE name = '专利'")
            try db.execute(sql: "UPDATE judgmentIndex SET typeCode = 'zz' WHERE judgmentId = ? AND language = ?",
                           arguments: [damagedHit.judgmentId, damagedHit.language])
        }

        let publications = try await store.latestPublications(limit: 200, offset: 0)
        #expect(publications.count == before.publications.count - 1)
        #expect(try await store.allStaff().count == before.staff.count - 1)
        #expect(try await store.mailbox(limit: 10, offset: 0).map(\.message.subject) == ["建议"])
        #expect(try await store.savedSearches(accountId: account.id).map(\.name) == ["商业秘密"])
        let search = try await store.search(SearchRequest(query: try SearchQuery(parsing: "专利"), limit: 20))
        #expect(search.hits.count == before.search.hits.count - 1)
        #expect(!search.hits.contains { $0.judgmentId == damagedHit.judgmentId && $0.language == damagedHit.language })
    }
}
