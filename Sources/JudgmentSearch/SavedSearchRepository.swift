import Foundation

/// A search a signed-in user keeps, to follow new judgments that match it through an Atom feed.
public struct SavedSearch: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var accountId: Int64
    public var name: String
    /// The query as typed, in the search language.
    public var query: String
    /// An unguessable token in the feed's address: feed readers cannot send a bearer token.
    public var feedToken: String
    public var createdAt: Date

    public init(id: Int64, accountId: Int64, name: String, query: String, feedToken: String, createdAt: Date) {
        self.id = id
        self.accountId = accountId
        self.name = name
        self.query = query
        self.feedToken = feedToken
        self.createdAt = createdAt
    }
}

/// Saved searches, by account.
public protocol SavedSearchRepository: Sendable {
    /// Stores a saved search and returns it with its identifier.
    func save(_ search: SavedSearch) async throws -> SavedSearch
    /// An account's saved searches, oldest first.
    func savedSearches(accountId: Int64) async throws -> [SavedSearch]
    /// Deletes one of the account's saved searches; false when it has none with that id.
    func deleteSavedSearch(id: Int64, accountId: Int64) async throws -> Bool
    /// The saved search a feed token belongs to.
    func savedSearch(feedToken: String) async throws -> SavedSearch?
}
