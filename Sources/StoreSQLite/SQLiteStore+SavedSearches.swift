import Foundation
import GRDB
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension SQLiteStore: SavedSearchRepository {
    public func save(_ search: SavedSearch) async throws -> SavedSearch {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO savedSearch (accountId, name, query, feedToken, createdAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [search.accountId, search.name, search.query, search.feedToken, search.createdAt])
            var saved = search
            saved.id = db.lastInsertedRowID
            return saved
        }
    }

    public func savedSearches(accountId: Int64) async throws -> [SavedSearch] {
        try await Self.readList(writer, "savedSearch", sql: "SELECT * FROM savedSearch WHERE accountId = ? ORDER BY id",
                                arguments: [accountId], Self.decodeSavedSearch)
    }

    public func deleteSavedSearch(id: Int64, accountId: Int64) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM savedSearch WHERE id = ? AND accountId = ?", arguments: [id, accountId])
            return db.changesCount == 1
        }
    }

    public func savedSearch(feedToken: String) async throws -> SavedSearch? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM savedSearch WHERE feedToken = ?", arguments: [feedToken]).map(Self.decodeSavedSearch)
        }
    }

    static func decodeSavedSearch(_ row: Row) throws -> SavedSearch {
        SavedSearch(id: try column(row, "id"), accountId: try column(row, "accountId"), name: try column(row, "name"),
                    query: try column(row, "query"), feedToken: try column(row, "feedToken"), createdAt: try column(row, "createdAt"))
    }
}
