import Foundation
import GRDB
import TribunalCore
import TribunalSearch

extension SQLiteStore: SimilarCaseRepository {
    public func documentFrequencies(of tokens: [String]) async throws -> (documents: Int, frequencies: [String: Int]) {
        try await writer.read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM judgmentIndex") ?? 0
            var frequencies: [String: Int] = [:]
            // fts5vocab reads the index's own statistics: the number of rows that hold each term.
            for chunk in stride(from: 0, to: tokens.count, by: 500) {
                let part = Array(tokens[chunk..<min(chunk + 500, tokens.count)])
                let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: "SELECT term, doc FROM judgmentSearchVocab WHERE term IN (\(marks))",
                                            arguments: StatementArguments(part)) {
                    frequencies[row["term"]] = row["doc"]
                }
            }
            return (documents, frequencies)
        }
    }

    public func similarCandidates(anyOf tokens: [String], excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate] {
        let expressions = tokens.compactMap(SQLiteSearchCompiler.phrase)
        guard !expressions.isEmpty else { return [] }
        let match = expressions.joined(separator: " OR ")
        return try await writer.read { db in
            var seen = Set<Int64>()
            var candidates: [SimilarCandidate] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.*, bm25(judgmentSearch, \(SQLiteSearchCompiler.weights)) AS score
                FROM judgmentSearch JOIN judgmentIndex i ON i.id = judgmentSearch.rowid
                WHERE judgmentSearch MATCH ? AND i.caseKey IS NOT ?
                ORDER BY score LIMIT ?
                """, arguments: [match, excludingCaseKey, limit * 2])
            while let row = try rows.next(), candidates.count < limit {
                let id: Int64 = row["judgmentId"]
                guard seen.insert(id).inserted else { continue }
                let title: String = row["title"], holding: String = row["holding"], body: String = row["body"], parties: String = row["parties"]
                candidates.append(SimilarCandidate(
                    judgmentId: id, caseNumber: try CaseNumber(parsing: row["caseNumber"]), title: title,
                    cause: CauseOfAction(rawValue: row["cause"]) ?? .inventionPatentInfringement, decidedOn: row["decidedOn"],
                    designation: (row["designation"] as String?).flatMap(Designation.Kind.init(rawValue:)), holding: holding,
                    text: [title, holding, body, parties].joined(separator: "\n"), parties: parties, textScore: row["score"]))
            }
            return candidates
        }
    }
}
