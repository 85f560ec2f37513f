import Foundation
import GRDB
import StoreSQLite

/// SQLite's built-in `trigram` tokenizer over the same text and the same query terms, for
/// comparison: build time, index size, latency, and recall against plain substring matching.
enum TrigramComparison {
    static func run(store: SQLiteStore, rounds: Int) async throws -> [String: Any] {
        let started = Date()
        try await store.writer.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE IF NOT EXISTS benchTrigram USING fts5(
                  title, holding, body, content='judgmentIndex', content_rowid='id', tokenize='trigram')
                """)
            try db.execute(sql: "INSERT INTO benchTrigram(benchTrigram) VALUES('rebuild')")
        }
        let buildSeconds = Date().timeIntervalSince(started)
        let indexBytes = try await store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'benchTrigram%'") ?? 0
        }
        // Plain terms only: the trigram table has no query language of its own beyond FTS5's.
        let terms = QueryMix.twoCharacter + QueryMix.fourCharacter + ["patent", "infringement", "damages", "equivalent"]
        var latencies: [Double] = []
        var recall: [String: [String: Double]] = [:]
        for term in terms {
            for _ in 0..<rounds {
                let begin = DispatchTime.now().uptimeNanoseconds
                _ = try await store.writer.read { db in
                    try Int.fetchOne(db, sql: """
                        SELECT COUNT(*) FROM (SELECT DISTINCT i.judgmentId FROM benchTrigram JOIN judgmentIndex i ON i.id = benchTrigram.rowid
                        WHERE benchTrigram MATCH ?)
                        """, arguments: ["\"\(term)\""]) ?? 0
                }
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
            }
            // Recall against plain substring matching (case-insensitive for English), as sets of judgments.
            let tribunal = try await store.judgmentSearch.judgmentIds(matching: .phrase(term))
            let (truth, trigram) = try await store.writer.read { db in
                (Set(try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT judgmentId FROM judgmentIndex WHERE instr(lower(title || ' ' || holding || ' ' || body), lower(?)) > 0
                    """, arguments: [term])),
                                 Set(try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT i.judgmentId FROM benchTrigram JOIN judgmentIndex i ON i.id = benchTrigram.rowid WHERE benchTrigram MATCH ?
                    """, arguments: ["\"\(term)\""])))
            }
            func share(_ found: Set<Int64>) -> Double {
                truth.isEmpty ? 1 : (Double(found.intersection(truth).count) / Double(truth.count) * 1000).rounded() / 1000
            }
            recall[term] = ["substringMatches": Double(truth.count), "tribunalRecall": share(tribunal), "tribunalMatches": Double(tribunal.count),
                            "trigramRecall": share(trigram), "trigramMatches": Double(trigram.count)]
        }
        return ["buildSeconds": (buildSeconds * 10).rounded() / 10, "ftsIndexBytes": indexBytes,
                "latencyMs": Percentiles(latencies).json, "byTerm": recall]
    }
}
