import Foundation
import GRDB
import Synchronization
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

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
                // The bulk (reading a snapshot of gigabytes, or analysing every judgment) runs
                // while writers go on; only the catching up on their rows holds them back. No
                // commit may fall between that and installing the index: a transaction that
                // starts after the barrier must find the index loaded.
                let prepared = try prepareLoad()
                let index = try writer.barrierWriteWithoutTransaction { db in
                    let index = try finishLoad(prepared, db)
                    state.withLock { $0.index = index }
                    return index
                }
                // Before the searches that wait for the load, not during the first of them.
                index.prime()
                return index
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

    /// The bulk of a load, done while writers go on: the snapshot file's index when it reads,
    /// else one built from a read of the table (on every core) and, for a large table, saved;
    /// with the highest row id it holds.
    func prepareLoad() throws -> PreparedLoad {
        if let snapshotFile, let (saved, stamp) = try? SearchIndex.readSnapshot(from: snapshotFile), let maximum = Int64(stamp) {
            return PreparedLoad(index: saved, maximum: maximum, isSaved: true)
        }
        let (index, maximum) = try writer.read { db in
            (try Self.build(db), try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM judgmentIndex") ?? 0)
        }
        var saved = false
        if let snapshotFile, index.documentCount >= Self.snapshotThreshold {
            saved = (try? index.writeSnapshot(to: snapshotFile, stamp: String(maximum))) != nil
        }
        return PreparedLoad(index: index, maximum: maximum, isSaved: saved)
    }

    /// Brings a prepared index up to the table as committed, inside the write barrier. Reindexing
    /// deletes a judgment's rows and inserts new ones (and ids are never reused), so every change
    /// since the index was read is a row above its highest id. When the counts still differ (a
    /// judgment's rows deleted with none inserted), the index is built again from the table.
    func finishLoad(_ prepared: PreparedLoad, _ db: Database) throws -> SearchIndex {
        var index = prepared.index
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM judgmentIndex WHERE id > ? \(Self.documentOrder)", arguments: [prepared.maximum])
        index.replace(contentsOf: AnalyzedDocument.analyzeConcurrently(try rows.map(Self.document)))
        if index.documentCount == (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM judgmentIndex") ?? 0) {
            // Nothing caught up on: the file already holds this index, and a server that stops
            // without a publication need not write it again.
            if rows.isEmpty, prepared.isSaved { state.withLock { $0.commitsInSnapshot = $0.commits } }
            return index
        }
        return try Self.build(db)
    }

    /// An index read or built before the write barrier, and the highest `judgmentIndex` id in it.
    struct PreparedLoad: Sendable {
        let index: SearchIndex
        let maximum: Int64
        /// Whether the snapshot file holds exactly this index.
        let isSaved: Bool
    }

    /// Documents per batch of a build from the table.
    static let buildBatch = 10_000

    /// An index of every row of `judgmentIndex`, read in batches of whole judgments.
    ///
    /// The table was read whole before the build began: at a million judgments, 1.3 million rows
    /// and their search documents held at once (a peak of 9.5 GB against 5.4 GB a batch at a time).
    ///
    /// The rows are read here while the batch before is indexed on another thread
    /// (`BackgroundIndexBuild`): read in turn with indexing, they left the processors idle
    /// while the disk was read.
    static func build(_ db: Database, batch size: Int = buildBatch) throws -> SearchIndex {
        let build = BackgroundIndexBuild()
        var batch: [SearchDocument] = []
        batch.reserveCapacity(size + 1)
        do {
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM judgmentIndex \(documentOrder)")
            while let row = try rows.next() {
                let document = try Self.document(row)
                // A judgment's documents go into one batch: a batch replaces what the index held for its judgments.
                if batch.count >= size, batch.last!.judgmentId != document.judgmentId {
                    build.add(batch)
                    batch = []
                    batch.reserveCapacity(size + 1)
                }
                batch.append(document)
            }
        } catch {
            // Not left running on a half-read table.
            _ = build.finish()
            throw error
        }
        build.add(batch)
        var index = build.finish()
        index.indexFrequentPhrases()
        return index
    }

    /// The order in which the index takes `judgmentIndex` rows: a judgment's documents together
    /// (the index requires it), Chinese first.
    private static let documentOrder = "ORDER BY judgmentId, language = 'en', id"

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
        typealias Store = SQLiteStore
        return SearchDocument(
            judgmentId: try Store.column(row, "judgmentId"), version: try Store.column(row, "version"),
            language: try Store.column(row, "language"),
            caseNumber: try CaseNumber(parsing: Store.column(row, "caseNumber")),
            type: try Store.value(row, "typeCode", TribunalCaseType.init(rawValue:)),
            cause: try Store.value(row, "cause", CauseOfAction.init(rawValue:)),
            courtCode: try Store.column(row, "courtCode"),
            disposition: try Store.optionalValue(row, "disposition", Disposition.init(rawValue:)),
            designation: try Store.optionalValue(row, "designation", Designation.Kind.init(rawValue:)),
            decidedOn: try Store.column(row, "decidedOn"), title: try Store.column(row, "title"),
            holding: try Store.column(row, "holding"), body: try Store.column(row, "body"),
            parties: try Store.column(row, "parties"), judges: try Store.column(row, "judges"))
    }
}
