import Foundation
import GRDB
import Synchronization
import TribunalCore
import TribunalSearch

/// The store's search index: a `SearchIndex` in memory that follows the committed state of
/// `judgmentIndex`. It is built from that table when the store opens; afterwards a transaction
/// that reindexes judgments hands their new documents over when, and only if, it commits.
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

    /// Builds the index from the table (on every core), replacing what it held.
    func load(from db: Database) throws {
        let documents = try Row.fetchAll(db, sql: "SELECT * FROM judgmentIndex ORDER BY judgmentId, language = 'en', id")
            .map(Self.document)
        var index = SearchIndex()
        for start in stride(from: 0, to: documents.count, by: 10_000) {
            index.replace(contentsOf: AnalyzedDocument.analyzeConcurrently(Array(documents[start..<min(start + 10_000, documents.count)])))
        }
        state.withLock { $0.index = index }
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
