import Foundation
import TribunalCore

/// Matching documents in ascending order, each with its BM25 score.
struct ScoredSet {
    var documents: [UInt32] = []
    var scores: [Float] = []

    var count: Int { documents.count }

    mutating func append(_ document: UInt32, _ score: Float) {
        documents.append(document)
        scores.append(score)
    }

    /// Documents in both, scores added.
    func intersection(_ other: ScoredSet) -> ScoredSet {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var result = ScoredSet()
        result.documents.reserveCapacity(small.count)
        result.scores.reserveCapacity(small.count)
        var j = 0
        for i in 0..<small.count {
            let document = small.documents[i]
            while j < large.count, large.documents[j] < document { j += 1 }
            if j == large.count { break }
            if large.documents[j] == document { result.append(document, small.scores[i] + large.scores[j]) }
        }
        return result
    }

    /// Documents in either, scores of both added.
    func union(_ other: ScoredSet) -> ScoredSet {
        var result = ScoredSet()
        result.documents.reserveCapacity(count + other.count)
        result.scores.reserveCapacity(count + other.count)
        var i = 0, j = 0
        while i < count || j < other.count {
            if j == other.count || (i < count && documents[i] < other.documents[j]) {
                result.append(documents[i], scores[i]); i += 1
            } else if i == count || other.documents[j] < documents[i] {
                result.append(other.documents[j], other.scores[j]); j += 1
            } else {
                result.append(documents[i], scores[i] + other.scores[j]); i += 1; j += 1
            }
        }
        return result
    }

    /// Documents of self that are not in `other`.
    func subtracting(_ other: ScoredSet) -> ScoredSet {
        var result = ScoredSet()
        var j = 0
        for i in 0..<count {
            let document = documents[i]
            while j < other.count, other.documents[j] < document { j += 1 }
            if j < other.count, other.documents[j] == document { continue }
            result.append(document, scores[i])
        }
        return result
    }
}

/// A restriction on a facet value, checked per document rather than materialised.
struct FacetFilter: Hashable {
    let facet: Int
    /// Nil when the index has no document with the value: nothing can match.
    let ordinal: UInt16?
}

extension SearchIndex {
    static let k1: Float = 1.2
    static let b: Float = 0.75

    /// Inverse document frequency of a term that occurs in `frequency` documents (BM25, never negative).
    func idf(_ frequency: Int) -> Float {
        let n = Float(max(liveDocumentCount, 1)), df = Float(frequency)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// BM25 of a weighted term frequency in a document.
    @inline(__always)
    func bm25(idf: Float, frequency: Float, document: Int, averageLength: Float) -> Float {
        let norm = Self.k1 * (1 - Self.b + Self.b * weightedLengths[document] / averageLength)
        return idf * frequency * (Self.k1 + 1) / (frequency + norm)
    }

    var averageLength: Float {
        liveDocumentCount == 0 ? 1 : Float(liveWeightedLength / Double(liveDocumentCount))
    }

    /// The facet filter for a value of facet `name`.
    func facetFilter(_ name: String, _ value: String) -> FacetFilter {
        let facet = SearchFilters.names.firstIndex(of: name)!
        return FacetFilter(facet: facet, ordinal: facetOrdinals[facet][value])
    }

    /// The documents that match `query`, scored. Field clauses on facets become `filters`, which
    /// the caller checks per document.
    func evaluate(_ query: SearchQuery, filters: inout [FacetFilter], range: Range<UInt32>) throws -> ScoredSet? {
        switch query {
        case let .text(text), let .phrase(text):
            return phrase(Analyzer(mode: .query).tokens(text).map(\.text), in: nil, range: range)
        case let .field(field, value):
            switch field {
            case .party: return phrase(Analyzer(mode: .query).tokens(value).map(\.text), in: .parties, range: range)
            case .judge: return phrase(Analyzer(mode: .query).tokens(value).map(\.text), in: .judges, range: range)
            case .patent, .statute: return phrase(Analyzer(mode: .query).tokens(value).map(\.text), in: nil, range: range)
            case .caseNumber:
                let number = try CaseNumber(parsing: value)
                let ordinals = (number.suffix == nil ? documentsByCaseKey[number.canonical] : documentsByCaseNumber[number.canonical]) ?? []
                var set = ScoredSet()
                for ordinal in ordinals.sorted() where range.contains(ordinal) { set.append(ordinal, 0) }
                return set
            case .year: filters.append(facetFilter("year", String(Int(value) ?? 0))); return nil
            case .type: filters.append(facetFilter("type", value)); return nil
            case .cause: filters.append(facetFilter("cause", value)); return nil
            case .court: filters.append(facetFilter("court", value)); return nil
            }
        case let .not(inner):
            var innerFilters: [FacetFilter] = []
            let excluded = try evaluate(inner, filters: &innerFilters, range: range) ?? everything(matching: innerFilters, range: range)
            return everything(matching: [], range: range).subtracting(excluded)
        case let .any(parts):
            var result = ScoredSet()
            for part in parts {
                var partFilters: [FacetFilter] = []
                let set = try evaluate(part, filters: &partFilters, range: range).map { $0.filtered(by: partFilters, in: self) }
                    ?? everything(matching: partFilters, range: range)
                result = result.union(set)
            }
            return result
        case let .all(parts):
            var result: ScoredSet?
            var excluded: [ScoredSet] = []
            for part in parts {
                if case let .not(inner) = part {
                    var innerFilters: [FacetFilter] = []
                    excluded.append(try evaluate(inner, filters: &innerFilters, range: range)?.filtered(by: innerFilters, in: self)
                                    ?? everything(matching: innerFilters, range: range))
                    continue
                }
                guard let set = try evaluate(part, filters: &filters, range: range) else { continue }
                result = result.map { $0.intersection(set) } ?? set
            }
            guard var positive = result else {
                // Only facet clauses (and exclusions): the caller scans with the filters.
                if excluded.isEmpty { return nil }
                var all = everything(matching: filters, range: range)
                for set in excluded { all = all.subtracting(set) }
                return all
            }
            for set in excluded { positive = positive.subtracting(set) }
            return positive
        }
    }

    /// Every live document in `range` that passes `filters`, unscored.
    func everything(matching filters: [FacetFilter], range: Range<UInt32>) -> ScoredSet {
        var set = ScoredSet()
        for document in Int(range.lowerBound)..<min(Int(range.upperBound), judgmentIds.count) where live[document] && passes(document, filters) {
            set.append(UInt32(document), 0)
        }
        return set
    }

    @inline(__always)
    func passes(_ document: Int, _ filters: [FacetFilter]) -> Bool {
        for filter in filters {
            guard let ordinal = filter.ordinal, facets[document * Self.facetCount + filter.facet] == ordinal else { return false }
        }
        return true
    }

    /// The documents where `terms` stand at consecutive positions (within `field` if given),
    /// scored by BM25 of the phrase's weighted frequency and the sum of its terms' idf.
    func phrase(_ terms: [String], in field: SearchDocument.Field?, range: Range<UInt32>) -> ScoredSet {
        var result = ScoredSet()
        guard !terms.isEmpty else { return result }
        var lists: [PostingList] = []
        for term in terms {
            guard let id = termIds[TermKey(term)] else { return result }
            lists.append(postings[id])
        }
        let idf = lists.reduce(Float(0)) { $0 + self.idf($1.count) }
        let averageLength = averageLength

        if lists.count == 1, field == nil {
            var cursor = PostingCursor(lists[0])
            result.documents.reserveCapacity(lists[0].count)
            result.scores.reserveCapacity(lists[0].count)
            guard cursor.seek(range.lowerBound) else { return result }
            repeat {
                guard cursor.document < range.upperBound else { break }
                result.append(cursor.document, bm25(idf: idf, frequency: Float(cursor.weightedCount), document: Int(cursor.document), averageLength: averageLength))
            } while cursor.next()
            return result
        }

        // Leapfrog: the rarest list proposes, the others seek; all agree on a candidate document.
        var cursors = lists.map(PostingCursor.init)
        var buffers = Array(repeating: [UInt32](), count: lists.count)
        let positional = lists.map(\.hasPositions)
        let rarest = lists.indices.min { lists[$0].count < lists[$1].count }!
        var target = range.lowerBound
        while cursors[rarest].seek(target) {
            let candidate = cursors[rarest].document
            guard candidate < range.upperBound else { break }
            var agreed = true
            for i in cursors.indices where i != rarest {
                guard cursors[i].seek(candidate) else { return result }
                if cursors[i].document != candidate {
                    agreed = false
                    target = cursors[i].document
                    break
                }
            }
            guard agreed else { continue }
            let frequency = phraseFrequency(&cursors, &buffers, positional: positional, document: Int(candidate), field: field)
            if frequency > 0 {
                result.append(candidate, bm25(idf: idf, frequency: Float(frequency), document: Int(candidate), averageLength: averageLength))
            }
            target = candidate + 1
        }
        return result
    }

    /// The weighted number of places where the cursors' terms follow each other in the document.
    /// Terms without positions (Han unigrams) need only be present. `buffers` hold each cursor's
    /// positions, reused from one candidate to the next.
    private func phraseFrequency(_ cursors: inout [PostingCursor], _ buffers: inout [[UInt32]], positional: [Bool],
                                 document: Int, field: SearchDocument.Field?) -> Int {
        guard let anchor = positional.firstIndex(of: true) else { return Int(cursors[0].weightedCount) }
        for i in cursors.indices where positional[i] { cursors[i].positions(into: &buffers[i]) }
        // Every list's positions ascend, and so do the phrase starts: one forward pass each.
        var next = Array(repeating: 0, count: cursors.count)
        var frequency = 0
        candidates: for anchored in buffers[anchor] where anchored >= UInt32(anchor) {
            let start = anchored - UInt32(anchor)
            for offset in (anchor + 1)..<cursors.count where positional[offset] {
                let wanted = start + UInt32(offset)
                let count = buffers[offset].count
                var at = next[offset]
                while at < count, buffers[offset][at] < wanted { at += 1 }
                next[offset] = at
                if at == count { break candidates }
                if buffers[offset][at] != wanted { continue candidates }
            }
            let at = self.field(of: start, in: document)
            if let field, at != field { continue }
            frequency += at.weight
        }
        return frequency
    }
}

extension ScoredSet {
    func filtered(by filters: [FacetFilter], in index: SearchIndex) -> ScoredSet {
        guard !filters.isEmpty else { return self }
        return filtered { index.passes(Int($0), filters) }
    }

    func filtered(_ isIncluded: (UInt32) -> Bool) -> ScoredSet {
        var result = ScoredSet()
        for i in 0..<count where isIncluded(documents[i]) { result.append(documents[i], scores[i]) }
        return result
    }
}
