import Foundation
import GRDB
import Synchronization
import TribunalCore
import TribunalSearch

/// The store's search index: a `SearchIndex` in memory that follows the committed state of
/// `judgmentIndex`. It starts from a snapshot file or is built from that table when the store
/// opens; afterwards a transaction that reindexes judgments hands their new documents over when,
/// and only if, it commits.
final class LiveSearchIndex: Sendable {
    private struct State {
        var index = SearchIndex()
        /// Changes of the open write transaction, applied on commit.
        var pending: [(judgmentId: Int64, documents: [AnalyzedDocument])] = []
    }

    private let state = Mutex(State())

    /// The index as of the last commit. A copy costs a few reference counts, and later writes do
    /// not disturb a search that runs on it.
    var snapshot: SearchIndex { state.withLock { $0.index } }

    /// Judgments above which a rebuilt index is saved at once: below, rebuilding is quicker
    /// than the snapshot is worth.
    static let snapshotThreshold = 2_000

    /// Starts the index from the snapshot when it matches the table, catching up on rows added
    /// since it was written; otherwise builds it from the table (on every core) and, for a large
    /// table, writes a new snapshot.
    func load(from writer: any DatabaseWriter, snapshot: URL?) throws {
        if let snapshot, let (saved, stamp) = try? SearchIndex.readSnapshot(from: snapshot), let savedMaximum = Int64(stamp) {
            var index = saved
            let (rows, count) = try writer.read { db in
                (try Row.fetchAll(db, sql: "SELECT * FROM judgmentIndex WHERE id > ? ORDER BY judgmentId, language = 'en', id",
                                  arguments: [savedMaximum]),
                 try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM judgmentIndex") ?? 0)
            }
            // Reindexing deletes a judgment's rows and inserts new ones, so every change since
            // the snapshot is a row above its highest id.
            index.replace(contentsOf: AnalyzedDocument.analyzeConcurrently(try rows.map(Self.document)))
            if index.documentCount == count {
                state.withLock { $0.index = index }
                return
            }
        }
        let (documents, maximum) = try writer.read { db in
            (try Row.fetchAll(db, sql: "SELECT * FROM judgmentIndex ORDER BY judgmentId, language = 'en', id").map(Self.document),
             try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM judgmentIndex") ?? 0)
        }
        var index = SearchIndex()
        for start in stride(from: 0, to: documents.count, by: 10_000) {
            index.replace(contentsOf: AnalyzedDocument.analyzeConcurrently(Array(documents[start..<min(start + 10_000, documents.count)])))
        }
        state.withLock { $0.index = index }
        if let snapshot, documents.count >= Self.snapshotThreshold {
            try? index.writeSnapshot(to: snapshot, stamp: String(maximum))
        }
    }

    /// Writes a snapshot of the committed index with the table's highest row id. Both are read
    /// on the writer's queue, so no commit falls between them.
    func save(from writer: any DatabaseWriter, to url: URL) async throws {
        let (index, maximum) = try await writer.write { [self] db in
            (snapshot, try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM judgmentIndex") ?? 0)
        }
        try index.writeSnapshot(to: url, stamp: String(maximum))
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
                for change in state.pending { state.index.replace(judgmentId: change.judgmentId, with: change.documents) }
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
