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
        let ranked = try await searchIndex.loaded.rank(anyOf: tokens, excludingCaseKey: excludingCaseKey, limit: limit)
        let rows = try await indexRows(of: ranked)
        return try ranked.compactMap { judgment -> SimilarCandidate? in
            guard let row = rows[judgment] else { return nil }
            let title: String = row["title"], holding: String = row["holding"], body: String = row["body"], parties: String = row["parties"]
            return SimilarCandidate(
                judgmentId: judgment.judgmentId, caseNumber: try CaseNumber(parsing: row["caseNumber"]), title: title,
                cause: CauseOfAction(rawValue: row["cause"]) ?? .inventionPatentInfringement, decidedOn: row["decidedOn"],
                designation: (row["designation"] as String?).flatMap(Designation.Kind.init(rawValue:)), holding: holding,
                text: [title, holding, body, parties].joined(separator: "\n"), parties: parties, textScore: Double(judgment.score))
        }
    }
}
