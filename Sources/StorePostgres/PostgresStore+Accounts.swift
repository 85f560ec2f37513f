import Foundation
import PostgresNIO
import StoreRecords
import TribunalKernel
import Accounts

extension PostgresStore: StaffRepository {
    public func add(_ member: NewStaffMember) async throws -> StaffMember {
        let inserted = try await rows("""
            INSERT INTO staff (nameZh, nameEn, role, inPostFrom, inPostUntil)
            VALUES (\(member.nameZh), \(member.nameEn), \(member.role.rawValue), \(member.inPostFrom), \(member.inPostUntil))
            RETURNING id
            """)
        guard let row = inserted.first else { throw StoredRowError(column: "staff.id", value: nil) }
        return StaffMember(id: try StoredRow(row)("id"), nameZh: member.nameZh, nameEn: member.nameEn,
                           role: member.role, inPostFrom: member.inPostFrom, inPostUntil: member.inPostUntil)
    }

    public func allStaff() async throws -> [StaffMember] {
        readable(try await rows("SELECT * FROM staff ORDER BY id"), "staff", Self.decodeStaff)
    }

    public func staffMember(id: Int64) async throws -> StaffMember? {
        try await rows("SELECT * FROM staff WHERE id = \(id)").first.map { try Self.decodeStaff(StoredRow($0)) }
    }

    static func decodeStaff(_ r: StoredRow) throws -> StaffMember {
        StaffMember(id: try r("id"), nameZh: try r("nameZh"), nameEn: try r("nameEn"),
                    role: try r.code("role", StaffMember.Role.init(rawValue:)),
                    inPostFrom: try r("inPostFrom"), inPostUntil: try r("inPostUntil"))
    }
}

extension PostgresStore: AccountRepository {
    public func create(username: String, role: Role, passwordHash: String, staffId: Int64?) async throws -> Account {
        do {
            let inserted = try await rows("""
                INSERT INTO account (username, role, passwordHash, staffId) VALUES (\(username), \(role.rawValue), \(passwordHash), \(staffId))
                RETURNING id
                """)
            guard let row = inserted.first else { throw StoredRowError(column: "account.id", value: nil) }
            return Account(id: try StoredRow(row)("id"), username: username, role: role, passwordHash: passwordHash, staffId: staffId)
        } catch where Self.sqlState(error) == "23505" {
            throw InvalidValue(field: "username", "the username '\(username)' is taken")
        } catch where Self.sqlState(error) == "23503" {
            throw InvalidValue(field: "staffId", "no staff member has id \(staffId ?? 0)")
        }
    }

    public func account(id: Int64) async throws -> Account? {
        try await rows("SELECT * FROM account WHERE id = \(id)").first.map { try Self.decodeAccount(StoredRow($0)) }
    }

    public func find(username: String) async throws -> Account? {
        try await rows("SELECT * FROM account WHERE username = \(username)").first.map { try Self.decodeAccount(StoredRow($0)) }
    }

    public func storeToken(digest: String, accountId: Int64, expiresAt: Date) async throws {
        try await client.query("INSERT INTO apiToken (digest, accountId, expiresAt) VALUES (\(digest), \(accountId), \(expiresAt))", logger: logger)
    }

    public func revokeToken(digest: String) async throws {
        try await client.query("DELETE FROM apiToken WHERE digest = \(digest)", logger: logger)
    }

    public func account(tokenDigest: String, at instant: Date) async throws -> Account? {
        try await rows("""
            SELECT account.* FROM apiToken JOIN account ON account.id = apiToken.accountId
            WHERE apiToken.digest = \(tokenDigest) AND apiToken.expiresAt > \(instant)
            """).first.map { try Self.decodeAccount(StoredRow($0)) }
    }

    public func accountCount() async throws -> Int {
        try await rows("SELECT COUNT(*) AS n FROM account").first.map { try StoredRow($0)("n", Int.self) } ?? 0
    }

    static func decodeAccount(_ r: StoredRow) throws -> Account {
        Account(id: try r("id"), username: try r("username"), role: try r.code("role", Role.init(rawValue:)),
                passwordHash: try r("passwordHash"), staffId: try r("staffId"))
    }
}

extension PostgresStore: SignInThrottleRepository {
    public func signInFailures(key: String) async throws -> SignInFailures? {
        try await rows("SELECT failures, lastFailureAt FROM signInFailure WHERE key = \(key)").first.map { try Self.decodeFailures(StoredRow($0)) }
    }

    public func recordSignInFailure(key: String, at instant: Date) async throws -> SignInFailures {
        try await transaction { connection in
            // Failures are forgotten after a day (SignInThrottle.memory).
            try await connection.query("DELETE FROM signInFailure WHERE lastFailureAt < \(instant.addingTimeInterval(-SignInThrottle.perAccount.memory))",
                                       logger: logger)
            let counted = try await rows("""
                INSERT INTO signInFailure (key, failures, lastFailureAt) VALUES (\(key), 1, \(instant))
                ON CONFLICT (key) DO UPDATE SET failures = signInFailure.failures + 1, lastFailureAt = excluded.lastFailureAt
                RETURNING failures, lastFailureAt
                """, on: connection)
            guard let row = counted.first else { throw StoredRowError(column: "signInFailure.failures", value: nil) }
            return try Self.decodeFailures(StoredRow(row))
        }
    }

    public func clearSignInFailures(key: String) async throws {
        try await client.query("DELETE FROM signInFailure WHERE key = \(key)", logger: logger)
    }

    static func decodeFailures(_ r: StoredRow) throws -> SignInFailures {
        SignInFailures(count: try r("failures"), lastFailureAt: try r("lastFailureAt"))
    }
}
