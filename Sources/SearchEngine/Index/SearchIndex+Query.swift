import Foundation
import TribunalKernel

/// Matching documents in ascending order, each with its BM25 score.
struct ScoredSet {
    var documents: [UInt32] = []
    var scores: [Float] = []

    var count: Int { documents.count }

    mutating func append(_ document: UInt32, _ score: Float) {
        documents.append(document)
        scores.append(score)
    }

    /// Appends to a set under construction through pointers: appending to the arrays checked
    /// uniqueness and capacity at every document, which the loops over a million matches paid.
    struct Builder {
        fileprivate let documents: UnsafeMutablePointer<UInt32>
        fileprivate let scores: UnsafeMutablePointer<Float>
        fileprivate(set) var count = 0

        @inline(__always)
        mutating func append(_ document: UInt32, _ score: Float) {
            documents[count] = document
            scores[count] = score
            count += 1
        }
    }

    /// The set that `body` appends to, at most `capacity` times. Room is reserved for all of
    /// them, but pages never written cost nothing.
    @inline(__always)
    static func build(capacity: Int, _ body: (inout Builder) -> Void) -> ScoredSet {
        guard capacity > 0 else { return ScoredSet() }
        var result = ScoredSet()
        var scores: [Float] = []
        result.documents = [UInt32](unsafeUninitializedCapacity: capacity) { documents, filled in
            scores = [Float](unsafeUninitializedCapacity: capacity) { scoreBuffer, scored in
                var builder = Builder(documents: documents.baseAddress!, scores: scoreBuffer.baseAddress!)
                body(&builder)
                filled = builder.count
                scored = builder.count
            }
        }
        result.scores = scores
        return result
    }

    /// Documents in both, scores added.
    func intersection(_ other: ScoredSet) -> ScoredSet {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        return Self.build(capacity: small.count) { result in
            var j = 0
            for i in 0..<small.count {
                let document = small.documents[i]
                while j < large.count, large.documents[j] < document { j += 1 }
                if j == large.count { break }
                if large.documents[j] == document { result.append(document, small.scores[i] + large.scores[j]) }
            }
        }
    }

    /// Documents in either, scores of both added.
    func union(_ other: ScoredSet) -> ScoredSet {
        Self.build(capacity: count + other.count) { result in
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
        }
    }

    /// Documents of self that are not in `other`.
    func subtracting(_ other: ScoredSet) -> ScoredSet {
        Self.build(capacity: count) { result in
            var j = 0
            for i in 0..<count {
                let document = documents[i]
                while j < other.count, other.documents[j] < document { j += 1 }
                if j < other.count, other.documents[j] == document { continue }
                result.append(document, scores[i])
            }
        }
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
        Self.bm25(idf: idf, frequency: frequency, length: weightedLengths[document], averageLength: averageLength)
    }

    /// BM25 of a weighted term frequency in a document of weighted length `length`.
    @inline(__always)
    static func bm25(idf: Float, frequency: Float, length: Float, averageLength: Float) -> Float {
        let norm = k1 * (1 - b + b * length / averageLength)
        return idf * frequency * (k1 + 1) / (frequency + norm)
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
    func evaluate(_ query: SearchQuery, filters: inout [FacetFilter], bounded: inout [PhraseClause]?, range: Range<UInt32>) throws -> ScoredSet? {
        switch query {
        case let .text(text), let .phrase(text):
            return phrase(Analyzer(mode: .query).tokens(text).map(\.text), in: nil, range: range, bounded: &bounded)
        case let .field(field, value):
            switch field {
            case .party: return phrase(Analyzer(mode: .query).tokens(value).map(\.text), in: .parties, range: range, bounded: &bounded)
            case .judge: return phrase(Analyzer(mode: .query).tokens(value).map(\.text), in: .judges, range: range, bounded: &bounded)
            case .patent, .statute: return phrase(Analyzer(mode: .query).tokens(value).map(\.text), in: nil, range: range, bounded: &bounded)
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
            // What is excluded is not scored: its clauses need no exact score.
            var unscored: [PhraseClause]? = []
            let excluded = try evaluate(inner, filters: &innerFilters, bounded: &unscored, range: range) ?? everything(matching: innerFilters, range: range)
            return everything(matching: [], range: range).subtracting(excluded)
        case let .any(parts):
            var result = ScoredSet()
            for part in parts {
                var partFilters: [FacetFilter] = []
                let set = try evaluate(part, filters: &partFilters, bounded: &bounded, range: range).map { $0.filtered(by: partFilters, in: self) }
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
                    var unscored: [PhraseClause]? = []
                    excluded.append(try evaluate(inner, filters: &innerFilters, bounded: &unscored, range: range)?.filtered(by: innerFilters, in: self)
                                    ?? everything(matching: innerFilters, range: range))
                    continue
                }
                guard let set = try evaluate(part, filters: &filters, bounded: &bounded, range: range) else { continue }
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
        let documents = Int(range.lowerBound)..<min(Int(range.upperBound), judgmentIds.count)
        return ScoredSet.build(capacity: documents.count) { set in
            for document in documents where live[document] && passes(document, filters) { set.append(UInt32(document), 0) }
        }
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
    ///
    /// With `bounded`, a phrase of several terms is only checked to occur, which stops at its first
    /// occurrence, and scored by an upper bound: the phrase cannot stand more often than its
    /// rarest term. The clause is appended to `bounded`, so that ranking can compute the exact
    /// score of the few documents that might enter the page (`exactScoreCorrection`).
    func phrase(_ terms: [String], in field: SearchDocument.Field?, range: Range<UInt32>, bounded: inout [PhraseClause]?) -> ScoredSet {
        guard let clause = phraseClause(terms, in: field) else { return ScoredSet() }
        let averageLength = averageLength

        // A single term, or a phrase kept ready with its frequencies: one list gives every match
        // and its exact score.
        if field == nil, let list = clause.lists.count == 1 ? clause.lists[0] : frequentPhrase(termIds: clause.termIds) {
            return list.withCursor { cursor in
                guard cursor.seek(range.lowerBound) else { return ScoredSet() }
                return weightedLengths.withUnsafeBufferPointer { lengths in
                    ScoredSet.build(capacity: list.count) { result in
                        repeat {
                            guard cursor.document < range.upperBound else { break }
                            result.append(cursor.document, Self.bm25(idf: clause.idf, frequency: Float(cursor.weightedCount),
                                                                     length: lengths[Int(cursor.document)], averageLength: averageLength))
                        } while cursor.next()
                    }
                }
            }
        }

        let bounding = bounded != nil
        if bounding { bounded!.append(clause) }
        // The common case, checked by a leaner loop: a phrase checked to occur anywhere, all of
        // whose terms have positions.
        let anywhere = bounding && field == nil && !clause.positional.contains(false)
        return weightedLengths.withUnsafeBufferPointer { lengths in
            ScoredSet.build(capacity: clause.lists.map(\.count).min()!) { result in
                forEachCandidate(of: clause, range: range) { candidate, cursors, readers in
                    let frequency = anywhere ? (PhraseClause.occursAnywhere(cursors, readers) ? 1 : 0)
                        : clause.occurrences(cursors, readers, document: Int(candidate), index: self, firstOnly: bounding)
                    guard frequency > 0 else { return }
                    result.append(candidate, Self.bm25(idf: clause.idf, frequency: Float(bounding ? clause.frequencyBound(cursors) : frequency),
                                                       length: lengths[Int(candidate)], averageLength: averageLength))
                }
            }
        }
    }

    /// Calls `body` with every document of `range` that holds all the clause's terms, in
    /// ascending order, with the cursors standing on it and a position reader per cursor to reuse.
    ///
    /// A leapfrog: the rarest list proposes, the others seek; all agree on a candidate document.
    @inline(__always)
    func forEachCandidate(of clause: PhraseClause, range: Range<UInt32>,
                          _ body: (UInt32, UnsafeMutableBufferPointer<PostingCursor>, UnsafeMutableBufferPointer<PositionReader>) -> Void) {
        let lists = clause.lists
        let rarest = lists.indices.min { lists[$0].count < lists[$1].count }!
        PostingList.withCursors(on: lists) { cursors in
            withUnsafeTemporaryAllocation(of: PositionReader.self, capacity: cursors.count) { readers in
                readers.initialize(repeating: PositionReader())
                var target = range.lowerBound
                candidates: while cursors[rarest].advance(to: target) {
                    let candidate = cursors[rarest].document
                    guard candidate < range.upperBound else { break }
                    for i in cursors.indices where i != rarest {
                        guard cursors[i].advance(to: candidate) else { break candidates }
                        if cursors[i].document != candidate {
                            target = cursors[i].document
                            continue candidates
                        }
                    }
                    target = candidate + 1
                    body(candidate, cursors, readers)
                }
            }
        }
    }

    /// The clause for a phrase of `terms`; nil when a term is in no document.
    func phraseClause(_ terms: [String], in field: SearchDocument.Field?) -> PhraseClause? {
        guard !terms.isEmpty else { return nil }
        var ids: [Int] = []
        for term in terms {
            guard let id = termTable.id(of: term) else { return nil }
            ids.append(id)
        }
        let lists = ids.map { postings[$0] }
        return PhraseClause(termIds: ids, lists: lists, field: field, idf: lists.reduce(Float(0)) { $0 + idf($1.count) })
    }

    /// What `clauses` (those that scored by a bound) gave `document` by their bounds, and what they
    /// give it exactly: a bounded score minus the first plus the second is the exact score.
    func exactScoreCorrection(of document: UInt32, clauses: [PhraseClause]) -> (bound: Float, exact: Float) {
        var bound: Float = 0, exact: Float = 0
        let averageLength = averageLength
        for clause in clauses {
            let (frequency, bounded) = exactFrequency(of: clause, in: document)
            guard frequency > 0 else { continue }
            bound += bm25(idf: clause.idf, frequency: Float(bounded), document: Int(document), averageLength: averageLength)
            exact += bm25(idf: clause.idf, frequency: Float(frequency), document: Int(document), averageLength: averageLength)
        }
        return (bound, exact)
    }

    /// The clause's weighted frequency in `document`, and the bound that scoring by a bound
    /// gave it (both zero when a term is missing).
    func exactFrequency(of clause: PhraseClause, in document: UInt32) -> (frequency: Int, bound: Int) {
        PostingList.withCursors(on: clause.lists) { cursors -> (Int, Int) in
            guard cursors.indices.allSatisfy({ cursors[$0].seek(document) && cursors[$0].document == document }) else { return (0, 0) }
            var readers = [PositionReader](repeating: PositionReader(), count: cursors.count)
            let frequency = readers.withUnsafeMutableBufferPointer {
                clause.occurrences(cursors, $0, document: Int(document), index: self, firstOnly: false)
            }
            return (frequency, clause.frequencyBound(cursors))
        }
    }
}

/// A phrase (or a single term) of a query: its terms' postings, in phrase order.
struct PhraseClause {
    /// The terms' ids, in phrase order: what finds a phrase kept ready.
    let termIds: [Int]
    let lists: [PostingList]
    /// Which lists have positions: read once here, since reading it from a list in the loop
    /// would copy the list and count references to its storage.
    let positional: [Bool]
    let field: SearchDocument.Field?
    /// The sum of its terms' idf.
    let idf: Float

    init(termIds: [Int], lists: [PostingList], field: SearchDocument.Field?, idf: Float) {
        self.termIds = termIds
        self.lists = lists
        positional = lists.map(\.hasPositions)
        self.field = field
        self.idf = idf
    }

    /// The most the weighted phrase frequency can be: each occurrence needs one of each term in
    /// its field (fields are apart), so it is at most the smallest weighted term count.
    func frequencyBound(_ cursors: UnsafeMutableBufferPointer<PostingCursor>) -> Int {
        cursors.reduce(Int.max) { min($0, Int($1.weightedCount)) }
    }

    /// Whether the phrase stands anywhere in the document that every cursor stands on, when all
    /// its terms have positions: `occurrences(...firstOnly: true)` without fields or weights.
    @inline(__always)
    static func occursAnywhere(_ cursors: UnsafeMutableBufferPointer<PostingCursor>, _ readers: UnsafeMutableBufferPointer<PositionReader>) -> Bool {
        // The first term's reader proposes every start and moves most: it is kept in a local
        // (about 7 % faster on dense phrases than reading it through `readers`).
        var first = cursors[0].positionReader()
        for i in 1..<cursors.count { readers[i] = cursors[i].positionReader() }
        guard first.next() else { return false }
        var term = 1
        while term < cursors.count {
            let wanted = first.position &+ UInt32(truncatingIfNeeded: term)
            guard readers[term].advance(atLeast: wanted) else { return false }
            let found = readers[term].position
            if found == wanted {
                term += 1
            } else {
                guard first.advance(atLeast: found &- UInt32(truncatingIfNeeded: term)) else { return false }
                term = 1
            }
        }
        return true
    }

    /// The weighted number of places where the phrase stands in `document`, on which every cursor
    /// stands; with `firstOnly`, the weight of the first place (enough to know it occurs). Terms
    /// without positions (Han unigrams) need only be present. `readers`, one per cursor, are
    /// reused from one document to the next.
    func occurrences(_ cursors: UnsafeMutableBufferPointer<PostingCursor>, _ readers: UnsafeMutableBufferPointer<PositionReader>,
                     document: Int, index: SearchIndex, firstOnly: Bool) -> Int {
        guard let anchor = positional.firstIndex(of: true) else { return Int(cursors[0].weightedCount) }
        for i in cursors.indices where positional[i] { readers[i] = cursors[i].positionReader() }
        guard readers[anchor].advance(atLeast: UInt32(anchor)) else { return 0 }
        // Every list's positions ascend, and so do the phrase starts: each reader moves forward only.
        var start = readers[anchor].position - UInt32(anchor)
        var frequency = 0
        search: while true {
            for i in readers.indices where positional[i] {
                let wanted = start + UInt32(i)
                guard readers[i].advance(atLeast: wanted) else { break search }
                if readers[i].position != wanted {
                    start = readers[i].position - UInt32(i)
                    continue search
                }
            }
            // Only a field or the weight needs the field; a phrase merely checked to occur
            // anywhere does not (fields are apart, so no phrase spans two).
            if firstOnly, field == nil { return 1 }
            let at = index.field(of: start, in: document)
            if field == nil || at == field {
                frequency += at.weight
                if firstOnly { break }
            }
            start += 1
        }
        return frequency
    }
}

extension ScoredSet {
    /// Where `document` is, by binary search (documents ascend).
    func index(of document: UInt32) -> Int? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if documents[mid] < document { low = mid + 1 } else { high = mid }
        }
        return low < count && documents[low] == document ? low : nil
    }

    func filtered(by filters: [FacetFilter], in index: SearchIndex) -> ScoredSet {
        guard !filters.isEmpty else { return self }
        return filtered { index.passes(Int($0), filters) }
    }

    func filtered(_ isIncluded: (UInt32) -> Bool) -> ScoredSet {
        ScoredSet.build(capacity: count) { result in
            for i in 0..<count where isIncluded(documents[i]) { result.append(documents[i], scores[i]) }
        }
    }
}
