import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import SearchEngine

extension SavedSearchRepository {
    /// Checks the name and the query, then saves the search with a new unguessable feed token.
    /// A query that cannot run is refused with the parser's reason, and nothing is stored.
    public func saveSearch(name: String, query: String, accountId: Int64, now: Date) async throws -> SavedSearch {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else { throw InvalidValue(field: "name", "a name of 1 to 100 characters is required") }
        do { _ = try SearchQuery(parsing: query) } catch { throw InvalidValue(field: "q", error.reason) }
        var generator = SystemRandomNumberGenerator()
        let token = Data((0..<24).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).base64URLEncodedString()
        return try await save(SavedSearch(id: 0, accountId: accountId, name: name, query: query, feedToken: token, createdAt: now))
    }
}
