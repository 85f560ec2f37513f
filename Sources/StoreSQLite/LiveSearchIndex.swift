import Foundation
import GRDB
import Synchronization
import TribunalCore
import TribunalSearch

/// The store's search index: a `SearchIndex` in memory that follows the committed state of
/// `judgmentIndex`. It is loaded on first use, not when the store opens, so that commands that
/// never search (migrate, user add) do not read a snapshot of gigabytes: from the snapshot file
/// when it matches the table, else built from the table. Afterwards a transaction that reindexes
/// judgments hands their new documents over when, and only if, it commits.
final class LiveSearchIndex: Sendable {
    private struct State {
        /// Nil until loaded.
        var index: SearchIndex?
        /// Changes of the open write transaction, applied on commit.
        var pending: [(judgmentId: Int64, documents: [AnalyzedDocument])] = []
        /// Commits applied to the loaded index, and how many of them the snapshot file holds:
        /// when it holds them all, saving again would only rewrite the same gigabytes.
        var commits = 0
        var commitsInSnapshot: Int?
    }

    private let state = Mutex(State())
    /// Held while loading, so that concurrent first searches load once.
    private let loading = Mutex(())
    private let writer: any DatabaseWriter
    private let snapshotFile: URL?

    init(writer: any DatabaseWriter, snapshotFile: URL?) {
        self.writer = writer
        self.snapshotFile = snapshotFile
    }

    /// The index as of the last commit, loaded on first use. A copy costs a few reference counts,
    /// and later writes do not disturb a search that runs on it.
    var snapshot: SearchIndex {
        get throws {
            if let index = state.withLock({ $0.index }) { return index }
            return try loading.withLock { _ in
                if let index = state.withLock({ $0.index }) { return index }
                // No commit may fall between reading the table and installing the index: a
                // transaction that starts after the barrier must find the index loaded.
                return try writer.barrierWriteWithoutTransaction { db in
                    let index = try load(db)
                    state.withLock { $0.index = index }
                    return index
                }
            }
        }
    }

    /// The index as `snapshot` gives it, for async callers: a first load (seconds from a snapshot
    /// file, minutes of analysis without one) runs on a Dispatch thread, not on one of the few
    /// threads that run every request's tasks, which it would hold for all that time.
    var loaded: SearchIndex {
        get async throws {
            if let index = state.withLock({ $0.index }) { return index }
            return try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global(qos: .userInitiated).async {
                    continuation.resume(with: Result { try self.snapshot })
                }
            }
        }
    }

    /// Whether a search has loaded the index yet.
    var isLoaded: Bool { state.withLock { $0.index != nil } }

    /// Judgments above which a rebuilt index is saved at once: below, rebuilding is quicker
    /// than the snapshot is worth.
    static let snapshotThreshold = 2_000

    /// Starts the index from the snapshot when it matches the table, catching up on rows added
    /// since it was written; otherwise builds it from the table (on every core) and, for a large
    /// table, writes a new snapshot.
    private func load(_ db: Database) throws -> SearchIndex {
        if let snapshotFile, let (saved, stamp) = try? SearchIndex.readSnapshot(from: snapshotFile), let savedMaximum = Int64(stamp) {
            var index = saved
            // Reindexing deletes a judgment's rows and inserts new ones, so every change since
            // the snapshot is a row above its highest id.
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM judgmentIndex WHERE id > ? ORDER BY judgmentId, language = 'en', id",
                                        arguments: [savedMaximum])
            index.replace(contentsOf: AnalyzedDocument.analyzeConcurrently(try rows.map(Self.document)))
            if index.documentCount == (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM judgmentIndex") ?? 0) {
                // Nothing to catch up on: the file already holds this index, and a server that
                // stops without a publication need not write it again.
                if rows.isEmpty { state.withLock { $0.commitsInSnapshot = $0.commits } }
                return index
            }
        }
        let documents = try Row.fetchAll(db, sql: "SELECT * FROM judgmentIndex ORDER BY judgmentId, language = 'en', id").map(Self.document)
        var index = SearchIndex()
        index.replace(analyzing: documents)
        if let snapshotFile, documents.count >= Self.snapshotThreshold {
            let written = (try? index.writeSnapshot(to: snapshotFile, stamp: String(try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM judgmentIndex") ?? 0))) != nil
            if written { state.withLock { $0.commitsInSnapshot = $0.commits } }
        }
        return index
    }

    /// Writes a snapshot of the committed index (loading it first if no search has) with the
    /// table's highest row id, both read on the writer's queue so that no commit falls between them.
    func save() async throws {
        guard let snapshotFile else { return }
        _ = try snapshot
        let (index, commits, maximum) = try await writer.write { [self] db in
            let (index, commits, saved) = state.withLock { ($0.index!, $0.commits, $0.commitsInSnapshot) }
            return (commits == saved ? nil : index, commits, try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM judgmentIndex") ?? 0)
        }
        guard let index else { return }
        try index.writeSnapshot(to: snapshotFile, stamp: String(maximum))
        state.withLock { $0.commitsInSnapshot = commits }
    }

    /// Queues the judgment's new documents (empty: unpublished) for the commit of the current transaction.
    func replace(judgmentId: Int64, with documents: [AnalyzedDocument], in db: Database) {
        let isFirst = state.withLock { state in
            state.pending.append((judgmentId, documents))
            return state.pending.count == 1
        }
        guard isFirst else { return }
        db.afterNextTransaction(onCommit: { [self] _ in
            state.withLock { state in
                // Not loaded yet: the load will read these rows from the table.
                if state.index != nil {
                    for change in state.pending { state.index!.replace(judgmentId: change.judgmentId, with: change.documents) }
                    state.commits += 1
                }
                state.pending.removeAll()
            }
        }, onRollback: { [self] _ in
            state.withLock { $0.pending.removeAll() }
        })
    }

    /// A search document from its `judgmentIndex` row.
    static func document(_ row: Row) throws -> SearchDocument {
        SearchDocument(
            judgmentId: row["judgmentId"], version: row["version"], language: row["language"],
            caseNumber: try CaseNumber(parsing: row["caseNumber"]),
            type: TribunalCaseType(rawValue: row["typeCode"]) ?? .civilAppeal,
            cause: CauseOfAction(rawValue: row["cause"]) ?? .inventionPatentInfringement,
            courtCode: row["courtCode"], disposition: (row["disposition"] as String?).flatMap(Disposition.init(rawValue:)),
            designation: (row["designation"] as String?).flatMap(Designation.Kind.init(rawValue:)),
            decidedOn: row["decidedOn"], title: row["title"], holding: row["holding"], body: row["body"],
            parties: row["parties"], judges: row["judges"])
    }
}
