import Foundation
import GRDB
import TribunalCore
import TribunalSearch

extension SQLiteStore: SimilarCaseRepository {
    public func documentFrequencies(of tokens: [String]) async throws -> (documents: Int, frequencies: [String: Int]) {
        let index = try await searchIndex.loaded
        var frequencies: [String: Int] = [:]
        for token in tokens {
            let frequency = index.documentFrequency(of: token)
            if frequency > 0 { frequencies[token] = frequency }
        }
        return (index.documentCount, frequencies)
    }

    public func similarCandidates(anyOf tokens: [String], excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate] {
        let index = try await searchIndex.loaded
        let ranked = index.rank(anyOf: tokens, excludingCaseKey: excludingCaseKey, limit: limit)
        let matched = index.containedTerms(tokens, in: ranked)
        let rows = try await indexRows(of: ranked)
        return try ranked.compactMap { judgment -> SimilarCandidate? in
            guard let row = rows[judgment] else { return nil }
            return SimilarCandidate(
                judgmentId: judgment.judgmentId, caseNumber: try CaseNumber(parsing: row["caseNumber"]), title: row["title"],
                cause: CauseOfAction(rawValue: row["cause"]) ?? .inventionPatentInfringement, decidedOn: row["decidedOn"],
                designation: (row["designation"] as String?).flatMap(Designation.Kind.init(rawValue:)), holding: row["holding"],
                matchedTokens: matched[judgment] ?? [], parties: row["parties"], textScore: Double(judgment.score))
        }
    }
}
