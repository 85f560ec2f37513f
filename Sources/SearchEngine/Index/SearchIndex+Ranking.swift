import Foundation
import TribunalKernel

/// One judgment found by the index: the language whose document ranked best.
public struct RankedJudgment: Hashable, Sendable {
    public var judgmentId: Int64
    public var language: String
    public var score: Float

    public init(judgmentId: Int64, language: String, score: Float) {
        self.judgmentId = judgmentId
        self.language = language
        self.score = score
    }
}

/// A page of ranked judgments, the total, and facet counts over every match.
public struct RankedPage: Sendable {
    public var total: Int
    public var judgments: [RankedJudgment]
    /// By facet name, most frequent first.
    public var facets: [String: [FacetCount]]
    public var nextOffset: Int?
}

extension SearchIndex {
    /// Runs `request`: one hit per judgment (its best language), facet counts over all matching
    /// judgments (the language facet counts documents), ordered by relevance or date. A large
    /// index is searched in partitions, one per core, each a run of whole judgments.
    public func search(_ request: SearchRequest) throws -> RankedPage {
        let requestFilters = zip(SearchFilters.names, request.filters.values).compactMap { name, value in value.map { facetFilter(name, $0) } }
        let limit = max(1, min(request.limit, 100))
        let offset = max(0, min(request.offset, SearchRequest.maximumOffset))
        // Every partition sees the same query, so they fail alike (a malformed case: number).
        let partials = try partitions().concurrentMap { range in
            Result {
                var filters = requestFilters
                var bounded: [PhraseClause]? = boundsPhraseScores ? [] : nil
                let matched = try evaluate(request.query, filters: &filters, bounded: &bounded, range: range)
                return rank(matched, filters: filters, range: range, byDate: request.sort == .date, capacity: offset + limit,
                            bounded: bounded ?? [])
            }
        }.map { try $0.get() }
        return page(merging: partials, byDate: request.sort == .date, limit: limit, offset: offset)
    }

    /// The judgments that contain any of `terms` (analyzer tokens, taken as they are), best
    /// first by BM25, leaving out the case `excludingCaseKey`: the candidates of a similar-case search.
    public func rank(anyOf terms: [String], excludingCaseKey: String?, limit: Int) -> [RankedJudgment] {
        let range = UInt32(0)..<UInt32(judgmentIds.count)
        var matched = ScoredSet()
        var exact: [PhraseClause]?
        for term in Set(terms) { matched = matched.union(phrase([term], in: nil, range: range, bounded: &exact)) }
        let excluded = Set(excludingCaseKey.flatMap { documentsByCaseKey[$0] } ?? [])
        if !excluded.isEmpty { matched = matched.filtered { !excluded.contains($0) } }
        let partial = rank(matched, filters: [], range: range, byDate: false, capacity: limit)
        return page(merging: [partial], byDate: false, limit: limit, offset: 0).judgments
    }

    /// The ids of every judgment that matches `query`, for recall measurements.
    public func matchingJudgmentIds(_ query: SearchQuery) throws -> Set<Int64> {
        let range = UInt32(0)..<UInt32(judgmentIds.count)
        var filters: [FacetFilter] = []
        var unscored: [PhraseClause]? = []
        let matched = try evaluate(query, filters: &filters, bounded: &unscored, range: range) ?? everything(matching: filters, range: range)
        return Set(matched.filtered(by: filters, in: self).documents.lazy.filter { self.live[Int($0)] }.map { self.judgmentIds[Int($0)] })
    }

    /// Ranges of document ordinals, one per core for a large index, that never split a judgment.
    func partitions() -> [Range<UInt32>] {
        let count = judgmentIds.count
        let parts = count < partitionThreshold ? 1 : max(1, partitionCount)
        var bounds = [0]
        for part in 1..<max(parts, 1) {
            var bound = max(count * part / parts, bounds.last!)
            while bound > 0, bound < count, judgmentIds[bound] == judgmentIds[bound - 1] { bound += 1 }
            bounds.append(bound)
        }
        bounds.append(count)
        return zip(bounds, bounds.dropFirst()).map { UInt32($0)..<UInt32($1) }
    }

    /// What one partition contributes: its matching judgments, facet counts and best entries.
    struct PartialRanking {
        var total = 0
        var counts: [[Int]]
        var top: TopJudgments
    }

    /// One pass over a partition's matches (all its live documents when `matched` is nil):
    /// grouping by judgment, facet counts, and the best entries through a bounded heap.
    ///
    /// When phrase clauses scored documents by a bound (`bounded`), the pass keeps more entries
    /// than the page needs, by their bounds, and then scores those exactly. That is exact as long
    /// as the weakest exact entry kept is not below the best bound turned away; when it is, a
    /// second pass scores exactly every judgment whose bound could still enter.
    func rank(_ matched: ScoredSet?, filters: [FacetFilter], range: Range<UInt32>, byDate: Bool, capacity: Int,
              bounded: [PhraseClause] = []) -> PartialRanking {
        let refines = !bounded.isEmpty && !byDate && matched != nil
        let kept = refines ? capacity * 2 + 32 : capacity
        var partial = PartialRanking(counts: facetValues.map { Array(repeating: 0, count: $0.count) }, top: TopJudgments(capacity: kept))
        if filters.contains(where: { $0.ordinal == nil }) { return partial }
        let languageFacet = Self.languageFacet

        // Counted in one flat array through a pointer: an increment in nested arrays checks
        // that each is uniquely referenced, which was a tenth of a search.
        let offsets = facetValues.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        var counts = [Int](repeating: 0, count: offsets.last!)
        counts.withUnsafeMutableBufferPointer { counts in
            facets.withUnsafeBufferPointer { facets in
                forEachJudgment(in: matched, filters: filters, range: range) { judgment, best, score in
                    partial.total += 1
                    let base = best * Self.facetCount
                    for facet in 0..<Self.facetCount where facet != languageFacet {
                        let ordinal = facets[base + facet]
                        if ordinal != Self.noValue { counts[offsets[facet] + Int(ordinal)] += 1 }
                    }
                    let primary = byDate ? Float(days[best]) : score
                    partial.top.offer(TopJudgments.Entry(primary: primary, day: days[best], judgmentId: judgment, document: UInt32(best)))
                } countingLanguage: { document in
                    let ordinal = facets[document * Self.facetCount + languageFacet]
                    if ordinal != Self.noValue { counts[offsets[languageFacet] + Int(ordinal)] += 1 }
                }
            }
        }
        partial.counts = facetValues.indices.map { Array(counts[offsets[$0]..<offsets[$0 + 1]]) }
        guard refines, let matched else { return partial }

        let candidates = partial.top.sorted()
        var exact = TopJudgments(capacity: capacity)
        for candidate in candidates {
            exact.offer(exactEntry(candidate.judgmentId, in: matched, filters: filters, bounded: bounded))
        }
        // Turned-away judgments are not better than the weakest candidate, by bound; their exact
        // scores are no higher than their bounds.
        if partial.total > candidates.count, let weakest = candidates.last,
           exact.count < capacity || weakest.isBetter(than: exact.weakest!) {
            let scored = Set(candidates.map(\.judgmentId))
            forEachJudgment(in: matched, filters: filters, range: range) { judgment, best, score in
                guard !scored.contains(judgment) else { return }
                let bound = TopJudgments.Entry(primary: score, day: days[best], judgmentId: judgment, document: UInt32(best))
                if exact.count < capacity || bound.isBetter(than: exact.weakest!) {
                    exact.offer(exactEntry(judgment, in: matched, filters: filters, bounded: bounded))
                }
            } countingLanguage: { _ in }
        }
        partial.top = exact
        return partial
    }

    /// Calls `body` once per judgment among the matches that are live and pass `filters`, with
    /// its best-scoring document and that score, and `countingLanguage` once per such document.
    /// A judgment's documents are adjacent, so they arrive together.
    private func forEachJudgment(in matched: ScoredSet?, filters: [FacetFilter], range: Range<UInt32>,
                                 _ body: (_ judgment: Int64, _ best: Int, _ score: Float) -> Void,
                                 countingLanguage: (Int) -> Void) {
        var current: (judgment: Int64, document: Int, score: Float)?
        func visit(_ document: Int, _ score: Float) {
            guard live[document], passes(document, filters) else { return }
            countingLanguage(document)
            let judgment = judgmentIds[document]
            if let group = current, group.judgment == judgment {
                if score > group.score { current = (judgment, document, score) }
                return
            }
            if let group = current { body(group.judgment, group.document, group.score) }
            current = (judgment, document, score)
        }
        if let matched {
            for i in 0..<matched.count { visit(Int(matched.documents[i]), matched.scores[i]) }
        } else {
            for document in Int(range.lowerBound)..<Int(range.upperBound) { visit(document, 0) }
        }
        if let group = current { body(group.judgment, group.document, group.score) }
    }

    /// The judgment's entry with its matching documents scored exactly: the best of them.
    private func exactEntry(_ judgment: Int64, in matched: ScoredSet, filters: [FacetFilter], bounded: [PhraseClause]) -> TopJudgments.Entry {
        var best: TopJudgments.Entry?
        for document in documentsByJudgment[judgment] ?? [] where live[Int(document)] && passes(Int(document), filters) {
            guard let index = matched.index(of: document) else { continue }
            let correction = exactScoreCorrection(of: document, clauses: bounded)
            let score = matched.scores[index] - correction.bound + correction.exact
            if best == nil || score > best!.primary {
                best = TopJudgments.Entry(primary: score, day: days[Int(document)], judgmentId: judgment, document: document)
            }
        }
        return best!
    }

    /// The page and the facets of the partitions together.
    func page(merging partials: [PartialRanking], byDate: Bool, limit: Int, offset: Int) -> RankedPage {
        var top = TopJudgments(capacity: offset + limit)
        var counts = facetValues.map { Array(repeating: 0, count: $0.count) }
        var total = 0
        for partial in partials {
            total += partial.total
            for entry in partial.top.sorted() { top.offer(entry) }
            for facet in counts.indices {
                for value in counts[facet].indices { counts[facet][value] += partial.counts[facet][value] }
            }
        }
        let page = top.sorted().dropFirst(offset).prefix(limit).map {
            RankedJudgment(judgmentId: $0.judgmentId, language: language(of: Int($0.document)), score: byDate ? 0 : $0.primary)
        }
        var facetCounts: [String: [FacetCount]] = [:]
        for (facet, name) in SearchFilters.names.enumerated() {
            facetCounts[name] = counts[facet].enumerated().filter { $0.element > 0 }
                .map { FacetCount(value: facetValues[facet][$0.offset], count: $0.element) }
                .sorted { ($0.count, $1.value) > ($1.count, $0.value) }
        }
        let next = offset + page.count < total ? offset + page.count : nil
        return RankedPage(total: total, judgments: Array(page), facets: facetCounts, nextOffset: next)
    }

    /// The analyzer tokens a hit's snippet should mark: those of the query's positive text parts.
    public static func highlightedTerms(of query: SearchQuery) -> Set<String> {
        switch query {
        case let .text(text), let .phrase(text): return Set(Analyzer(mode: .query).tokens(text).map(\.text))
        case let .field(field, value):
            switch field {
            case .party, .judge, .patent, .statute: return Set(Analyzer(mode: .query).tokens(value).map(\.text))
            default: return []
            }
        case .not: return []
        case let .any(parts), let .all(parts): return parts.reduce(into: Set<String>()) { $0.formUnion(highlightedTerms(of: $1)) }
        }
    }
}

/// The best `capacity` judgments seen so far: a min-heap on (primary, day, judgment id), so that
/// most candidates are turned away by one comparison with the weakest kept.
struct TopJudgments {
    struct Entry {
        var primary: Float
        var day: Int32
        var judgmentId: Int64
        var document: UInt32

        /// Better: higher score (or later date), then later decision, then the newer judgment.
        func isBetter(than other: Entry) -> Bool {
            if primary != other.primary { return primary > other.primary }
            if day != other.day { return day > other.day }
            return judgmentId > other.judgmentId
        }
    }

    let capacity: Int
    private var heap: [Entry] = []

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(capacity)
    }

    mutating func offer(_ entry: Entry) {
        if heap.count < capacity {
            heap.append(entry)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[parent].isBetter(than: heap[child]) else { break }
                heap.swapAt(parent, child)
                child = parent
            }
            return
        }
        guard entry.isBetter(than: heap[0]) else { return }
        heap[0] = entry
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var weakest = parent
            if left < heap.count, heap[weakest].isBetter(than: heap[left]) { weakest = left }
            if right < heap.count, heap[weakest].isBetter(than: heap[right]) { weakest = right }
            guard weakest != parent else { return }
            heap.swapAt(parent, weakest)
            parent = weakest
        }
    }

    /// Best first.
    func sorted() -> [Entry] { heap.sorted { $0.isBetter(than: $1) } }

    var count: Int { heap.count }

    /// The weakest entry kept.
    var weakest: Entry? { heap.first }
}

extension SearchIndex {
    /// The search that `prime()` runs: the index's most common term (the longest posting list).
    var primingQuery: SearchQuery? {
        guard let id = postings.indices.max(by: { postings[$0].count < postings[$1].count }) else { return nil }
        return try? SearchQuery(parsing: termTable.texts[id])
    }

    /// Runs one search of the index's most common term, and forgets its answer: what a server
    /// does once it has loaded an index, before its first visitor searches.
    ///
    /// The first search after a load paid for what every later one finds ready: the allocator's
    /// pages for a million scores, the analyzer's and parser's tables, the posting lists' first
    /// reads. At a million judgments it took 27–42 ms where the same search took 9–12 ms later.
    public func prime() {
        guard let query = primingQuery else { return }
        _ = try? search(SearchRequest(query: query))
    }
}
