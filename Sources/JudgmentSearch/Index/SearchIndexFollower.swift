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
    private var index: SearchIndex?
    /// The feed position the index holds every change up to.
    private var position: Int64 = 0
    /// The feed position the snapshot file holds, when it holds this index.
    private var positionInSnapshot: Int64?
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
            if let index { return index }
            try await inTurn { try await self.loadIfNeeded() }
            return index!
        }
    }

    /// Whether the index has been loaded.
    public var isLoaded: Bool { index != nil }

    /// The feed position the index holds.
    public var appliedPosition: Int64 { position }

    /// Applies the changes committed since the last catch-up; nothing to do before the index is
    /// loaded (the load reads them). A store calls it after its own commits, so that what a
    /// request published is found by the next request; the follower service calls it when the
    /// feed moves.
    public func catchUp() async throws {
        guard index != nil else { return }
        try await inTurn { try await self.applyChanges() }
    }

    /// Writes the snapshot file (when there is one) with the feed position the index holds,
    /// loading the index first if needed; nothing when the file already holds this index.
    public func save() async throws {
        guard snapshotFile != nil else { return }
        try await inTurn {
            try await self.loadIfNeeded()
            try await self.writeSnapshot()
        }
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

    private func loadIfNeeded() async throws {
        guard index == nil else { return }
        let snapshotFile = self.snapshotFile
        let saved: (index: SearchIndex, position: Int64)? = await CPUWork.run {
            guard let snapshotFile, let (saved, stamp) = try? SearchIndex.readSnapshot(from: snapshotFile),
                  let position = Self.position(fromStamp: stamp) else { return nil }
            return (saved, position)
        }
        if let saved {
            index = saved.index
            position = saved.position
            positionInSnapshot = saved.position
        } else {
            // The position is read before the documents: a change committed during the build is
            // above it and is applied again by the catch-up below, which is harmless.
            position = try await source.feedPosition()
            index = try await build()
            positionInSnapshot = nil
            if index!.documentCount >= Self.snapshotThreshold, snapshotFile != nil {
                // The index is loaded either way; a snapshot that cannot be written costs the
                // next start a rebuild, and the saver tries again at shutdown.
                do { try await writeSnapshot() } catch { logger.error("search index snapshot not written: \(error)") }
            }
        }
        try await applyChanges()
        // Before the searches that waited for the load, not during the first of them.
        let loaded = index!
        await CPUWork.run { loaded.prime() }
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

    private func applyChanges() async throws {
        let changes = try await source.changes(after: position)
        if changes.position < position {
            // The feed went back: the database was restored from a backup. What the index holds
            // may be newer than the record, so it is built again from the record.
            position = try await source.feedPosition()
            index = try await build()
            positionInSnapshot = nil
            return try await applyChanges()
        }
        guard changes.position > position else { return }
        let judgmentIds = changes.documents.keys.sorted()
        let analyzed = await CPUWork.run {
            AnalyzedDocument.analyzeConcurrently(judgmentIds.flatMap { changes.documents[$0]! })
        }
        var byJudgment: [Int64: [AnalyzedDocument]] = [:]
        for document in analyzed { byJudgment[document.document.judgmentId, default: []].append(document) }
        for judgmentId in judgmentIds {
            index!.replace(judgmentId: judgmentId, with: byJudgment[judgmentId] ?? [])
        }
        position = changes.position
    }

    private func writeSnapshot() async throws {
        guard let snapshotFile, let index, positionInSnapshot != position else { return }
        let stamp = Self.stamp(position)
        try await CPUWork.runThrowing { try index.writeSnapshot(to: snapshotFile, stamp: stamp) }
        positionInSnapshot = position
    }

    // MARK: - Stamps and threads

    /// A snapshot's stamp: the feed position it holds. Snapshots stamped otherwise (by versions
    /// that stamped a row id) are not read.
    static func stamp(_ position: Int64) -> String { "feed:\(position)" }

    static func position(fromStamp stamp: String) -> Int64? {
        guard stamp.hasPrefix("feed:") else { return nil }
        return Int64(stamp.dropFirst(5))
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
