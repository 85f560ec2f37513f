extension SearchIndex {
    /// Which of `terms` (analyzer tokens, taken as they are) stand in each judgment's document in
    /// the language that ranked: the features a similar-case search compares. Each term's list
    /// is walked once, forward, over all the judgments, so asking costs a seek per judgment and
    /// term, where analysing the judgments' texts again cost more than the search.
    public func containedTerms(_ terms: [String], in judgments: [RankedJudgment]) -> [RankedJudgment: Set<String>] {
        // The live document of each judgment in its ranked language, in ascending order.
        let documents = judgments.compactMap { judgment -> (document: UInt32, judgment: RankedJudgment)? in
            (documentsByJudgment[judgment.judgmentId] ?? []).first { live[Int($0)] && language(of: Int($0)) == judgment.language }
                .map { ($0, judgment) }
        }.sorted { $0.document < $1.document }
        var contained: [RankedJudgment: Set<String>] = [:]
        for term in Set(terms) {
            guard let id = termTable.id(of: term) else { continue }
            postings[id].withCursor { cursor in
                for (document, judgment) in documents {
                    guard cursor.seek(document) else { return }
                    if cursor.document == document { contained[judgment, default: []].insert(term) }
                }
            }
        }
        return contained
    }
}
