import Foundation
import TribunalKernel

/// Tribunal's own inverted index over `SearchDocument`s, held in memory.
///
/// SQLite's FTS5 cannot rank without reading every match, and common legal terms match nearly
/// every judgment of a patent court; this index keeps postings as plain arrays, so that ranking,
/// facet counting and grouping by judgment are one pass of arithmetic over arrays. It is a value:
/// a search works on a copy that costs a few reference counts, while a writer appends to the
/// shared one (copy on write).
///
/// Document ordinals only grow: the documents of a judgment are added together, so they are
/// adjacent, and a new version marks the old documents removed and appends new ones.
public struct SearchIndex: Sendable {
    /// The facet of each document, as a small ordinal into `facetValues`.
    static let facetCount = SearchFilters.names.count
    static let noValue = UInt16.max
    /// The language facet, which also tells a document's language.
    static let languageFacet = SearchFilters.names.firstIndex(of: "language")!

    // Per document, by ordinal.
    var judgmentIds: [Int64] = []
    /// Canonical case numbers, and the same without a 之一 suffix.
    var caseNumbers: [String] = []
    var caseKeys: [String] = []
    var days: [Int32] = []
    /// `facetCount` ordinals per document, in the order of `SearchFilters.names`.
    var facets: [UInt16] = []
    /// The BM25 length: tokens weighted by their fields' weights.
    var weightedLengths: [Float] = []
    /// Where each field's positions start, one per field and one past the last.
    var fieldStarts: [UInt32] = []
    var live: [Bool] = []

    // Facet values: per facet, the value of each ordinal and the ordinal of each value.
    var facetValues: [[String]] = Array(repeating: [], count: facetCount)
    var facetOrdinals: [[String: UInt16]] = Array(repeating: [:], count: facetCount)

    // Lookups.
    var documentsByJudgment: [Int64: [UInt32]] = [:]
    var documentsByCaseNumber: [String: [UInt32]] = [:]
    var documentsByCaseKey: [String: [UInt32]] = [:]

    // Terms.
    var termTable = TermTable()
    var postings: [PostingList] = []

    /// Phrases of two and three terms kept ready, by their terms: each a list without positions
    /// whose counts are the phrase's weighted frequencies (`indexFrequentPhrases()`).
    var frequentPhrases: [PhraseKey: PostingList] = [:]
    /// Which phrases stand in a sample of the documents, to choose the frequent ones from.
    var phraseSample = PhraseSample()
    /// Indexes with fewer documents keep no phrases ready: their searches check positions
    /// quickly enough. Tests lower it to keep phrases in small indexes.
    public var frequentPhraseThreshold = 20_000
    /// The share of documents a phrase must stand in to be kept ready: phrases that rare are
    /// searched quickly enough from their terms' positions.
    public var frequentPhraseShare = 0.25
    /// How many bytes the kept phrases may take, as a share of the postings' bytes: a bound
    /// for corpora whose documents share far more wording than judgments do.
    public var frequentPhraseBudget = 0.6

    /// Live documents and their summed weighted length, for BM25's average.
    var liveDocumentCount = 0
    /// Positions stored, for statistics.
    var positionCount = 0
    var liveWeightedLength: Double = 0

    /// Indexes with fewer documents are searched on one thread: below it, handing work to other
    /// threads costs more than it saves. Tests lower it to search small indexes in partitions.
    var partitionThreshold = 20_000
    /// Partitions of a large index: one per core. Tests set it, so that partitions are tested on any machine.
    var partitionCount = ProcessInfo.processInfo.activeProcessorCount

    /// Phrases are checked to occur and scored by a bound, and only the few judgments that might
    /// enter a page are scored exactly. Tests turn it off to compare with scoring every match exactly.
    var boundsPhraseScores = true

    public init() {}

    /// How many documents (a judgment in one language) the index holds.
    public var documentCount: Int { liveDocumentCount }

    /// In how many documents `term` (an analyzer token) occurs; removed ones count until compacted.
    public func documentFrequency(of term: String) -> Int {
        termTable.id(of: term).map { postings[$0].count } ?? 0
    }

    /// Replaces whatever the index held for the judgment by `documents` (all of one judgment).
    public mutating func replace(judgmentId: Int64, with documents: [SearchDocument]) {
        replace(judgmentId: judgmentId, with: documents.map(AnalyzedDocument.init))
    }

    /// Replaces whatever the index held for the judgment by `documents`, already analysed (which
    /// callers may do on several threads, since it is the larger part of the work).
    public mutating func replace(judgmentId: Int64, with documents: [AnalyzedDocument]) {
        remove(judgmentId: judgmentId)
        precondition(documents.allSatisfy { $0.document.judgmentId == judgmentId }, "documents of one judgment only")
        for document in documents { add(document) }
    }

    /// Takes the judgment's documents out of every search.
    public mutating func remove(judgmentId: Int64) {
        guard let ordinals = documentsByJudgment.removeValue(forKey: judgmentId) else { return }
        for ordinal in ordinals where live[Int(ordinal)] {
            live[Int(ordinal)] = false
            liveDocumentCount -= 1
            liveWeightedLength -= Double(weightedLengths[Int(ordinal)])
        }
        for document in ordinals.map({ Int($0) }) {
            documentsByCaseNumber[caseNumbers[document]]?.removeAll { $0 == UInt32(document) }
            documentsByCaseKey[caseKeys[document]]?.removeAll { $0 == UInt32(document) }
        }
    }

    private mutating func add(_ analyzed: AnalyzedDocument) {
        let document = analyzed.document
        let ordinal = UInt32(judgmentIds.count)
        fieldStarts.append(contentsOf: analyzed.fieldStarts)
        judgmentIds.append(document.judgmentId)
        caseNumbers.append(document.caseNumber.canonical)
        caseKeys.append(document.caseNumber.withoutSuffix.canonical)
        days.append(Int32(document.decidedOn.daysSinceEpoch))
        for (facet, value) in document.facetValues.enumerated() { facets.append(facetOrdinal(facet, value)) }
        weightedLengths.append(Float(analyzed.weightedLength))
        live.append(true)
        liveDocumentCount += 1
        liveWeightedLength += Double(analyzed.weightedLength)
        documentsByJudgment[document.judgmentId, default: []].append(ordinal)
        documentsByCaseNumber[document.caseNumber.canonical, default: []].append(ordinal)
        documentsByCaseKey[document.caseNumber.withoutSuffix.canonical, default: []].append(ordinal)
        var sampled: [(term: UInt32, position: UInt32)]? = phraseSample.takes(ordinal) ? [] : nil
        for term in analyzed.terms {
            positionCount += term.positionRange.count
            let id = termId(term.text, hash: term.hash, hasPositions: term.hasPositions)
            postings[id].append(document: ordinal, weightedCount: term.weightedCount, positions: analyzed.positions(of: term))
            if sampled != nil { sampled! += analyzed.positions(of: term).map { (UInt32(id), $0) } }
        }
        notePhrases(of: ordinal, occurrences: sampled)
    }

    /// The id of the term (whose `TermTable.hash(of:)` is `hash`), registering a new term.
    private mutating func termId(_ text: String, hash: UInt64, hasPositions: Bool) -> Int {
        let (id, inserted) = termTable.insert(text, hash: hash)
        if inserted { postings.append(PostingList(hasPositions: hasPositions)) }
        return id
    }

    private mutating func facetOrdinal(_ facet: Int, _ value: String?) -> UInt16 {
        guard let value else { return Self.noValue }
        if let known = facetOrdinals[facet][value] { return known }
        let ordinal = UInt16(facetValues[facet].count)
        facetValues[facet].append(value)
        facetOrdinals[facet][value] = ordinal
        return ordinal
    }

    /// zh or en.
    func language(of document: Int) -> String {
        facetValues[Self.languageFacet][Int(facets[document * Self.facetCount + Self.languageFacet])]
    }

    /// The field that `position` of `document` falls in.
    func field(of position: UInt32, in document: Int) -> SearchDocument.Field {
        let base = document * (SearchDocument.Field.allCases.count + 1)
        var field = 0
        while field + 1 < SearchDocument.Field.allCases.count, position >= fieldStarts[base + field + 1] { field += 1 }
        return SearchDocument.Field(rawValue: field)!
    }
}

extension SearchIndex {
    /// The size of the index, for benchmarks and the operator.
    public struct Statistics: Codable, Sendable {
        public var documents: Int
        public var terms: Int
        public var postings: Int
        public var positions: Int
        /// Bytes of the compressed postings and positions (without allocator overhead).
        public var postingBytes: Int
        /// Phrases kept ready with their matches, and the bytes of those matches.
        public var frequentPhrases = 0
        public var frequentPhraseBytes = 0
    }

    public var statistics: Statistics {
        var result = Statistics(documents: liveDocumentCount, terms: postings.count, postings: 0, positions: 0, postingBytes: 0)
        for list in postings {
            result.postings += list.count
            result.postingBytes += list.byteCount
        }
        result.positions = positionCount
        result.frequentPhrases = frequentPhrases.count
        result.frequentPhraseBytes = frequentPhrases.values.reduce(0) { $0 + $1.byteCount }
        return result
    }
}
