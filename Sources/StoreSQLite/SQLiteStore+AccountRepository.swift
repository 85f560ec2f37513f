import Foundation
import GRDB
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension SQLiteStore: AccountRepository {
    public func create(username: String, role: Role, passwordHash: String, staffId: Int64?) async throws -> Account {
        try await writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM account WHERE username = ?)", arguments: [username]) == true {
                throw InvalidValue(field: "username", "the username '\(username)' is taken")
            }
            if let staffId, try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM staff WHERE id = ?)", arguments: [staffId]) != true {
                throw InvalidValue(field: "staffId", "no staff member has id \(staffId)")
            }
            try db.execute(sql: "INSERT INTO account (username, role, passwordHash, staffId) VALUES (?, ?, ?, ?)",
                           arguments: [username, role.rawValue, passwordHash, staffId])
            return Account(id: db.lastInsertedRowID, username: username, role: role, passwordHash: passwordHash, staffId: staffId)
        }
    }

    public func account(id: Int64) async throws -> Account? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id]).map(Self.decodeAccount)
        }
    }

    public func find(username: String) async throws -> Account? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE username = ?", arguments: [username]).map(Self.decodeAccount)
        }
    }

    public func storeToken(digest: String, accountId: Int64, expiresAt: Date) async throws {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO apiToken (digest, accountId, expiresAt) VALUES (?, ?, ?)",
                           arguments: [digest, accountId, expiresAt])
        }
    }

    public func revokeToken(digest: String) async throws {
        try await writer.write { db in try db.execute(sql: "DELETE FROM apiToken WHERE digest = ?", arguments: [digest]) }
    }

    public func account(tokenDigest: String, at instant: Date) async throws -> Account? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT account.* FROM apiToken JOIN account ON account.id = apiToken.accountId
                WHERE apiToken.digest = ? AND apiToken.expiresAt > ?
                """, arguments: [tokenDigest, instant]).map(Self.decodeAccount)
        }
    }

    public func accountCount() async throws -> Int {
        try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") ?? 0 }
    }

    static func decodeAccount(_ row: Row) throws -> Account {
        Account(id: try column(row, "id"), username: try column(row, "username"), role: try value(row, "role", Role.init(rawValue:)),
                passwordHash: try column(row, "passwordHash"), staffId: try column(row, "staffId"))
    }
}
