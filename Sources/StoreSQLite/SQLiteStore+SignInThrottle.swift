import Foundation
import GRDB
import StoreRecords
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension SQLiteStore: SignInThrottleRepository {
    public func signInFailures(key: String) async throws -> SignInFailures? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT failures, lastFailureAt FROM signInFailure WHERE key = ?", arguments: [key]).map(Self.decodeFailures)
        }
    }

    public func recordSignInFailure(key: String, at instant: Date) async throws -> SignInFailures {
        try await writer.write { db in
            // Failures are forgotten after a day (SignInThrottle.memory): rows made by guessed
            // names and changing addresses do not pile up.
            try db.execute(sql: "DELETE FROM signInFailure WHERE lastFailureAt < ?", arguments: [instant.addingTimeInterval(-SignInThrottle.perAccount.memory)])
            let row = try Row.fetchOne(db, sql: """
                INSERT INTO signInFailure (key, failures, lastFailureAt) VALUES (?, 1, ?)
                ON CONFLICT (key) DO UPDATE SET failures = failures + 1, lastFailureAt = excluded.lastFailureAt
                RETURNING failures, lastFailureAt
                """, arguments: [key, instant])
            guard let row else { throw StoredRowError(column: "signInFailure.failures", value: nil) }
            return try Self.decodeFailures(row)
        }
    }

    public func clearSignInFailures(key: String) async throws {
        try await writer.write { db in try db.execute(sql: "DELETE FROM signInFailure WHERE key = ?", arguments: [key]) }
    }

    static func decodeFailures(_ row: Row) throws -> SignInFailures {
        SignInFailures(count: try column(row, "failures"), lastFailureAt: try column(row, "lastFailureAt"))
    }
}
