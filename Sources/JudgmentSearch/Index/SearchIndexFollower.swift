import Foundation
import Logging
import SearchEngine

/// The in-memory search index of one `tribunal serve` process, following the database through
/// its change feed. The database is the record; the index is rebuilt from it (or read from a
/// snapshot file, a cache stamped with the feed position it holds) and then applies each change
/// the feed lists, whichever process committed it.
///
/// Loading waits for the first use, so that commands that never search (migrate, user add) do
/// not pay for it. Loads, catch-ups and saves run one at a time, in order; searches read the
/// index as of the last applied change without waiting for them. Analysis and building, which
/// take seconds to minutes, run on Dispatch threads, never on the tasks' cooperative pool.
public actor SearchIndexFollower {
    private let source: any SearchFeedSource
    private let snapshotFile: URL?
    private let logger = Logger(label: "tribunal.search-index")
    /// Nil before the load, and while a change is being applied (searches then wait their turn).
    private var index: SearchIndex?
    /// Whether the load has completed.
    private var hasLoaded = false
    /// The feed position the index holds every change up to.
    private var position: Int64 = 0
    /// The feed position the snapshot file holds, when it holds this index.
    private var positionInSnapshot: Int64?
    /// The database's identity, read at the load, for the snapshot's stamp.
    private var databaseIdentity = ""
    /// The latest load, catch-up or save; each waits for the one before.
    private var work: Task<Void, any Error>?

    /// Judgments per batch of a full build.
    private let buildBatch: Int
    /// Judgments above which a freshly built index is saved at once: below, building again is
    /// quicker than the snapshot is worth.
    public static let snapshotThreshold = 1_000

    public init(source: any SearchFeedSource, snapshotFile: URL?, buildBatch: Int = 5_000) {
        self.source = source
        self.snapshotFile = snapshotFile
        self.buildBatch = max(1, buildBatch)
    }

    /// The index as of the last applied change, loaded on first use. A copy costs a few
    /// reference counts, and later changes do not disturb a search that runs on it.
    public var loaded: SearchIndex {
        get async throws {
            // A change being applied sets the index aside for a moment: wait for its turn and look again.
            while true {
                if let index { return index }
                try await inTurn { try await self.loadIfNeeded() }
            }
        }
    }

    /// Whether the index has been loaded.
    public var isLoaded: Bool { hasLoaded }

    /// The feed position the index holds.
    public var appliedPosition: Int64 { position }

    /// Applies the changes committed since the last catch-up; nothing to do before the index is
    /// loaded (the load reads them). A store calls it after its own commits, so that what a
    /// request published is found by the next request; the follower service calls it when the
    /// feed moves.
    public func catchUp() async throws {
        guard hasLoaded else { return }
        try await inTurn { try await self.applyChanges() }
    }

    /// `catchUp` after the store's own commit: what this process published is found by its next
    /// search. A failure is logged, not thrown: the publication is committed, and the follower
    /// service catches up on its next turn.
    public func catchUpAfterCommit() async {
        do {
            try await catchUp()
        } catch {
            logger.warning("search index not caught up after a commit; the follower will retry: \(String(reflecting: error))")
        }
    }

    /// Writes the snapshot file (when there is one) with the feed position the index holds;
    /// nothing when the index was never loaded or the file already holds it.
    public func save() async throws {
        guard snapshotFile != nil, hasLoaded else { return }
        try await inTurn { try await self.writeSnapshot() }
    }

    // MARK: - In turn

    private func inTurn(_ body: @escaping @Sendable () async throws -> Void) async throws {
        let previous = work
        let next = Task {
            _ = try? await previous?.value
            try await body()
        }
        work = next
        try await next.value
    }

    /// Loads the index, from the snapshot file or the record, and catches it up; searches see
    /// it only once it is complete and primed.
    private func loadIfNeeded() async throws {
        guard !hasLoaded else { return }
        let snapshotFile = self.snapshotFile
        let identity = try await source.identity()
        databaseIdentity = identity
        // A snapshot that cannot be read, or was made from another database, is a cache miss:
        // the index is built from the record.
        let saved: (index: SearchIndex, position: Int64)? = await CPUWork.run {
            guard let snapshotFile, let (saved, stamp) = try? SearchIndex.readSnapshot(from: snapshotFile),
                  let position = Self.position(fromStamp: stamp, database: identity) else { return nil }
            return (saved, position)
        }
        var loaded: (index: SearchIndex, position: Int64)
        let built = saved == nil
        if let saved {
            loaded = saved
        } else {
            loaded = try await buildFromRecord()
        }
        let changes = try await source.changes(after: loaded.position)
        if changes.position < loaded.position || !changes.isComplete {
            // The snapshot is of a database restored since, or older than the feed keeps: the
            // record is built again.
            loaded = try await buildFromRecord()
        } else if changes.position > loaded.position {
            loaded = (await Self.applying(changes, to: loaded.index), changes.position)
        }
        // Before the searches that waited for the load, not during the first of them.
        let complete = loaded.index
        await CPUWork.run { complete.prime() }
        index = complete
        hasLoaded = true
        position = loaded.position
        positionInSnapshot = built ? nil : saved?.position
        if built, complete.documentCount >= Self.snapshotThreshold, snapshotFile != nil {
            // The index is loaded either way; a snapshot that cannot be written costs the next
            // start a rebuild, and the saver tries again at shutdown.
            do { try await writeSnapshot() } catch { logger.error("search index snapshot not written: \(error)") }
        }
    }

    /// An index of the record as it is now, with the feed position read before it: a change
    /// committed during the build is above that position and is applied again, harmlessly.
    private func buildFromRecord() async throws -> (index: SearchIndex, position: Int64) {
        let position = try await source.feedPosition()
        return (try await build(), position)
    }

    /// An index of every published document, read in batches of whole judgments while the
    /// batch before is indexed on another thread.
    private func build() async throws -> SearchIndex {
        let build = BackgroundIndexBuild()
        var last: Int64 = 0
        do {
            while true {
                let batch = try await source.documents(afterJudgmentId: last, judgments: buildBatch)
                guard let tail = batch.last else { break }
                last = tail.judgmentId
                // `add` waits while two batches are queued: on a Dispatch thread, not this one.
                await CPUWork.run { build.add(batch) }
            }
        } catch {
            // Not left running on a half-read table.
            _ = await CPUWork.run { build.finish() }
            throw error
        }
        return await CPUWork.run {
            var index = build.finish()
            index.indexFrequentPhrases()
            return index
        }
    }

    /// Applies what the feed lists since the position the index holds. The index is handed to
    /// a Dispatch thread for the change (searches meanwhile wait their turn for a few
    /// milliseconds), so that a search's copy is the only other reference and the change is
    /// made in place when none runs.
    private func applyChanges() async throws {
        guard let current = index else { return }
        let changes = try await source.changes(after: position)
        if changes.position < position || !changes.isComplete {
            // The feed went back (the database was restored from a backup: what the index holds
            // may be newer than the record) or was pruned past this index's position: the index
            // is built again from the record.
            let rebuilt = try await buildFromRecord()
            index = rebuilt.index
            position = rebuilt.position
            positionInSnapshot = nil
            return try await applyChanges()
        }
        guard changes.position > position else { return }
        index = nil
        index = await Self.applying(changes, to: consume current)
        position = changes.position
    }

    /// `index` with the changed judgments' documents replaced, analysed and applied on Dispatch threads.
    private static func applying(_ changes: SearchFeedChanges, to index: consuming SearchIndex) async -> SearchIndex {
        let box = IndexBox(index)
        return await CPUWork.run {
            let judgmentIds = changes.documents.keys.sorted()
            let analyzed = AnalyzedDocument.analyzeConcurrently(judgmentIds.flatMap { changes.documents[$0]! })
            var byJudgment: [Int64: [AnalyzedDocument]] = [:]
            for document in analyzed { byJudgment[document.document.judgmentId, default: []].append(document) }
            for judgmentId in judgmentIds { box.index.replace(judgmentId: judgmentId, with: byJudgment[judgmentId] ?? []) }
            return box.take()
        }
    }

    private func writeSnapshot() async throws {
        guard let snapshotFile, let index, positionInSnapshot != position else { return }
        let stamp = Self.stamp(position, database: databaseIdentity)
        try await CPUWork.runThrowing { try index.writeSnapshot(to: snapshotFile, stamp: stamp) }
        positionInSnapshot = position
    }

    // MARK: - Stamps and threads

    /// A snapshot's stamp: the database it was made from and the feed position it holds.
    /// Snapshots stamped otherwise (by versions that stamped a row id) are not read.
    static func stamp(_ position: Int64, database: String) -> String { "feed:\(database):\(position)" }

    static func position(fromStamp stamp: String, database: String) -> Int64? {
        let prefix = "feed:\(database):"
        guard stamp.hasPrefix(prefix) else { return nil }
        return Int64(stamp.dropFirst(prefix.count))
    }
}

/// An index handed from the actor to a Dispatch thread and back: the box holds the only
/// reference the follower keeps, so that a change is made in place.
private final class IndexBox: @unchecked Sendable {
    // Unchecked: the box is used by one thread at a time, the one `CPUWork` runs on.
    var index: SearchIndex

    init(_ index: consuming SearchIndex) {
        self.index = index
    }

    func take() -> SearchIndex {
        let taken = index
        index = SearchIndex()
        return taken
    }
}

/// CPU-bound or blocking work (analysis, index builds, searches, snapshot files) runs on Dispatch
/// threads; the caller awaits it without holding a thread of the cooperative pool, which every
/// request's tasks share.
public enum CPUWork {
    /// Runs `work` on a Dispatch thread and returns its result.
    public static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }

    /// `run` for work that throws.
    public static func runThrowing<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(with: Result { try work() }) }
        }
    }
}
