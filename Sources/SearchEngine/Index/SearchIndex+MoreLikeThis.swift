import Foundation

/// A term of a more-like-this query with the weight the pending matter gives it.
public struct WeightedTerm: Hashable, Sendable {
    public let term: String
    public let weight: Float

    public init(term: String, weight: Float) {
        self.term = term
        self.weight = weight
    }
}

extension SearchIndex {
    /// Judgments ranked by how much of the weighted terms they share, as a more-like-this query
    /// scores them: Σ weight · BM25(term, document), BM25's length normalisation included, divided
    /// by the most any document could score (every term at saturation in a document of length
    /// zero). The score is a similarity in [0, 1] that means the same for every query, so that a
    /// threshold can leave out what is not similar. With several `parts` (the facts and the
    /// reasoning of a judgment), each part's similarity is computed so and the judgment's score is
    /// their mean: a judgment alike in its reasoning alone is not crowded out by many alike in
    /// their facts alone. The case `excludingCaseKey` is left out.
    ///
    /// One pass over each term's postings into an accumulator per document: the cost is the
    /// terms' postings, not the matches times the terms.
    public func rankSimilar(_ parts: [[WeightedTerm]], excludingCaseKey: String?, limit: Int) -> [RankedJudgment] {
        var accumulated = [Float](repeating: 0, count: judgmentIds.count)
        var touched: [UInt32] = []
        let averageLength = averageLength
        let scoredParts = parts.map { part in
            part.compactMap { weighted -> (list: PostingList, weight: Float, idf: Float)? in
                guard weighted.weight > 0, let id = termTable.id(of: weighted.term) else { return nil }
                return (postings[id], weighted.weight, idf(postings[id].count))
            }
        }.filter { !$0.isEmpty }
        for part in scoredParts {
            let bound = part.reduce(Float(0)) { $0 + $1.weight * $1.idf * (Self.k1 + 1) }
            let scale = 1 / (bound * Float(scoredParts.count))
            for (list, weight, idf) in part {
                list.withCursor { cursor in
                    while cursor.next() {
                        let document = Int(cursor.document)
                        guard live[document] else { continue }
                        if accumulated[document] == 0 { touched.append(cursor.document) }
                        accumulated[document] += scale * weight * bm25(idf: idf, frequency: Float(cursor.weightedCount),
                                                                       document: document, averageLength: averageLength)
                    }
                }
            }
        }
        guard !touched.isEmpty else { return [] }
        touched.sort()
        let excluded = Set(excludingCaseKey.flatMap { documentsByCaseKey[$0] } ?? [])
        let matched = ScoredSet.build(capacity: touched.count) { builder in
            for document in touched where !excluded.contains(document) {
                builder.append(document, accumulated[Int(document)])
            }
        }
        let range = UInt32(0)..<UInt32(judgmentIds.count)
        let partial = rank(matched, filters: [], range: range, byDate: false, capacity: limit)
        return page(merging: [partial], byDate: false, limit: limit, offset: 0).judgments
    }

    /// The candidates of a similar-case search: the judgments most like `terms` (`rankSimilar`),
    /// then every judgment that holds one of `anyOf` (the pending matter's patents) however little
    /// of the text it shares, scored 0; each with which of `features` it holds.
    public func similarCandidates(_ parts: [[WeightedTerm]], anyOf: [String], features: [String], excludingCaseKey: String?,
                                  limit: Int) -> [(judgment: RankedJudgment, features: Set<String>)] {
        let byText = rankSimilar(parts, excludingCaseKey: excludingCaseKey, limit: limit)
        let found = Set(byText.map(\.judgmentId))
        let byPatent = anyOf.isEmpty ? [] : rank(anyOf: anyOf, excludingCaseKey: excludingCaseKey, limit: limit)
            .filter { !found.contains($0.judgmentId) }
            .map { RankedJudgment(judgmentId: $0.judgmentId, language: $0.language, score: 0) }
        let ranked = byText + byPatent
        let contained = containedTerms(features, in: ranked)
        return ranked.map { ($0, contained[$0] ?? []) }
    }
}
