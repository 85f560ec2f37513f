import SearchEngine

/// What a store offers the in-memory search index: the documents of its published judgments
/// (`judgmentIndex`, one per language) and the change feed that says which judgments' documents
/// changed, in commit order. Every engine implements it; `SearchIndexFollower` does the rest.
///
/// The feed is a sequence in the database: each transaction that changes a judgment's documents
/// appends the judgment's id at the next position, and positions become visible in order (the
/// engine serialises the appends until commit), so that a follower that has applied everything
/// up to a position never misses a change below it.
public protocol SearchFeedSource: Sendable {
    /// A random name the database was given once: a snapshot of the index is trusted only for
    /// the database it was made from (or an exact copy of it).
    func identity() async throws -> String

    /// The position of the latest committed change (0 for none).
    func feedPosition() async throws -> Int64

    /// The judgments changed after `position`, with their documents as committed now (none: no
    /// longer published), and the position this read reaches; read in one snapshot. When the
    /// feed was pruned past `position`, the changes are marked incomplete.
    func changes(after position: Int64) async throws -> SearchFeedChanges

    /// The documents of up to `judgments` whole judgments with an id above `judgmentId`, in
    /// judgment order, Chinese first: a full build reads the table in these batches.
    func documents(afterJudgmentId judgmentId: Int64, judgments: Int) async throws -> [SearchDocument]

    /// The documents of these judgments, for search hits; a row that cannot be read is left out
    /// (and logged by the store).
    func documents(judgmentIds: [Int64]) async throws -> [SearchDocument]

    /// Deletes the feed's entries up to `position` and marks them gone: a follower behind it
    /// rebuilds. Stores prune as they append, keeping the latest `SearchFeedRetention.entries`.
    func prune(through position: Int64) async throws

    /// Waits until the feed may have moved (a notification from another process) or `timeout`
    /// passes; returns at once when the store cannot tell and the caller should poll.
    func waitForChanges(timeout: Duration) async throws
}

/// The judgments changed on the feed since a position, with their current documents.
public struct SearchFeedChanges: Sendable {
    /// The feed position this read reaches.
    public var position: Int64
    /// By judgment: its documents as committed (empty: take it out of the index).
    public var documents: [Int64: [SearchDocument]]
    /// False when the feed no longer holds every change after the position asked (it was pruned
    /// past it): the reader must build its index from the record.
    public var isComplete: Bool

    public init(position: Int64, documents: [Int64: [SearchDocument]], isComplete: Bool = true) {
        self.position = position
        self.documents = documents
        self.isComplete = isComplete
    }
}

/// How much of the search feed a store keeps. A follower that fell further behind (a server
/// stopped for long, an old snapshot) builds its index from the record instead.
public enum SearchFeedRetention {
    /// The latest entries kept: two integers each, a few megabytes.
    public static let entries: Int64 = 100_000
    /// The feed is pruned when its head reaches a multiple of this, in the appending transaction.
    public static let pruneEvery: Int64 = 1_000

    /// The position through which the feed is pruned after an append at `position`, if it is.
    public static func pruneThrough(afterAppendingAt position: Int64) -> Int64? {
        position % pruneEvery == 0 && position > entries ? position - entries : nil
    }
}
