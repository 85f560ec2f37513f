import Foundation

/// A phrase of two or three terms by their ids, in phrase order: the key of a phrase whose
/// matches the index keeps ready (`SearchIndex.frequentPhrases`).
struct PhraseKey: Hashable, Comparable, Sendable {
    static let none = UInt32.max

    var first: UInt32
    var second: UInt32
    /// `none` for a phrase of two terms.
    var third: UInt32 = none

    var terms: [Int] { (third == Self.none ? [first, second] : [first, second, third]).map(Int.init) }

    static func < (left: PhraseKey, right: PhraseKey) -> Bool {
        (left.first, left.second, left.third) < (right.first, right.second, right.third)
    }

    /// Every phrase of two and of three terms that stands in a document whose positioned terms
    /// are `occurrences` (term id, position), each once.
    static func phrases(in occurrences: [(term: UInt32, position: UInt32)]) -> [PhraseKey] {
        // Colocated tokens share a position, so a position may hold several terms.
        let sorted = occurrences.sorted { ($0.position, $0.term) < ($1.position, $1.term) }
        var starts: [Int] = [0]
        for index in sorted.indices.dropFirst() where sorted[index].position != sorted[index - 1].position { starts.append(index) }
        starts.append(sorted.count)
        var keys = Set<PhraseKey>()
        for group in 0..<(starts.count - 2) {
            let here = starts[group]..<starts[group + 1], next = starts[group + 1]..<starts[group + 2]
            guard sorted[next.lowerBound].position == sorted[here.lowerBound].position + 1 else { continue }
            let afterNext = group + 3 < starts.count && sorted[starts[group + 2]].position == sorted[here.lowerBound].position + 2
                ? starts[group + 2]..<starts[group + 3] : 0..<0
            for first in here {
                for second in next {
                    keys.insert(PhraseKey(first: sorted[first].term, second: sorted[second].term))
                    for third in afterNext {
                        keys.insert(PhraseKey(first: sorted[first].term, second: sorted[second].term, third: sorted[third].term))
                    }
                }
            }
        }
        return keys.sorted()
    }
}

/// Which phrases of two and three terms stand in a sample of the indexed documents: the
/// evidence for which phrases are frequent enough to keep ready.
///
/// It keeps at most `capacity` documents, spread over the ordinals: when full, it keeps about
/// every second one and takes only about every second one from then on. Which ones is decided by
/// a hash of the ordinal, not the ordinal itself, so that a corpus's own rhythm (every third
/// judgment translated) cannot make the sample all of one language.
struct PhraseSample: Sendable {
    static let capacity = 1_024
    /// Every sixteenth document to begin with: an index large enough to keep phrases
    /// (`SearchIndex.frequentPhraseThreshold`) fills the sample all the same, while a small one
    /// (the demo court) spends a sixteenth of the time on it.
    static let initialStride: UInt32 = 16

    private(set) var stride = initialStride
    private(set) var documents: [(ordinal: UInt32, phrases: [PhraseKey])] = []

    func takes(_ ordinal: UInt32) -> Bool { Self.mixed(ordinal) % stride == 0 }

    /// MurmurHash3's finaliser: every bit of the ordinal moves the low bits that the stride tests.
    static func mixed(_ ordinal: UInt32) -> UInt32 {
        var x = ordinal
        x ^= x >> 16
        x &*= 0x85EB_CA6B
        x ^= x >> 13
        x &*= 0xC2B2_AE35
        x ^= x >> 16
        return x
    }

    mutating func add(_ ordinal: UInt32, phrases: [PhraseKey]) {
        documents.append((ordinal, phrases))
        if documents.count > Self.capacity {
            stride *= 2
            let stride = stride
            documents.removeAll { Self.mixed($0.ordinal) % stride != 0 }
        }
    }

    /// In how many sampled documents each phrase stands.
    var documentFrequencies: [PhraseKey: Int] {
        var counts: [PhraseKey: Int] = [:]
        for document in documents {
            for phrase in document.phrases { counts[phrase, default: 0] += 1 }
        }
        return counts
    }
}

extension SearchIndex {
    /// Bytes a kept phrase costs per matching document, for the budget: a one-byte distance, a
    /// one- or two-byte frequency, and the skip entries.
    static let bytesPerPhrasePosting = 2.5

    /// Keeps ready the matches of the phrases of two and three terms that stand in at least
    /// `frequentPhraseShare` of the documents, most frequent first, as far as
    /// `frequentPhraseBudget` allows, in an index of `frequentPhraseThreshold` documents or more;
    /// later documents keep them up to date.
    ///
    /// Common legal terms are phrases of two or three bigrams (保护范围 is 保护 护范 范围) that
    /// stand in nearly every judgment: checking their positions in each of a million documents
    /// was most of a search for one. A kept phrase is a posting list of its documents and its
    /// exact weighted frequency in each, searched like a single term, with the same results.
    /// The phrases are chosen by how many documents of `phraseSample` hold them, most first.
    public mutating func indexFrequentPhrases() {
        let sampled = phraseSample.documents.count
        guard sampled > 0, liveDocumentCount >= frequentPhraseThreshold else { return }
        let budget = Double(statistics.postingBytes) * frequentPhraseBudget
        // A phrase in one sampled document says little about the rest.
        let floor = max(2, Int((Double(sampled) * frequentPhraseShare).rounded(.up)))
        let candidates = phraseSample.documentFrequencies.filter { $0.value >= floor }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var chosen: [PhraseKey] = []
        var spent = 0.0
        for (key, frequency) in candidates where frequentPhrases[key] == nil {
            let cost = Double(frequency) / Double(sampled) * Double(judgmentIds.count) * Self.bytesPerPhrasePosting
            guard spent + cost <= budget else { break }
            spent += cost
            chosen.append(key)
        }
        let range = UInt32(0)..<UInt32(judgmentIds.count)
        let index = self
        for (key, list) in zip(chosen, chosen.concurrentMap { index.phraseFrequencies(of: $0, range: range) }) {
            frequentPhrases[key] = list
        }
    }

    /// Every document of `range` where the phrase stands, with its exact weighted frequency.
    func phraseFrequencies(of key: PhraseKey, range: Range<UInt32>) -> PostingList {
        let clause = unscoredClause(key)
        var list = PostingList(hasPositions: false)
        forEachCandidate(of: clause, range: range) { candidate, cursors, readers in
            let frequency = clause.occurrences(cursors, readers, document: Int(candidate), index: self, firstOnly: false)
            if frequency > 0 { list.append(document: candidate, weightedCount: frequency, positions: EmptyCollection()) }
        }
        return list
    }

    /// Samples the phrases of a document just added, and brings the kept phrases up to it.
    mutating func notePhrases(of ordinal: UInt32, occurrences: [(term: UInt32, position: UInt32)]?) {
        if let occurrences { phraseSample.add(ordinal, phrases: PhraseKey.phrases(in: occurrences)) }
        guard !frequentPhrases.isEmpty else { return }
        // Only a document that holds every term of a phrase can hold the phrase, and a term that
        // the document holds has it as its list's last posting.
        func holds(_ term: UInt32) -> Bool { postings[Int(term)].count > 0 && postings[Int(term)].lastDocument == ordinal }
        // The keys are gathered before any list is written: iterating the dictionary's keys
        // while writing its values would copy the dictionary, and every list written, at each
        // document.
        let held = frequentPhrases.keys.filter { holds($0.first) && holds($0.second) && ($0.third == PhraseKey.none || holds($0.third)) }
        for key in held {
            let frequency = exactFrequency(of: unscoredClause(key), in: ordinal).frequency
            if frequency > 0 { frequentPhrases[key]!.append(document: ordinal, weightedCount: frequency, positions: EmptyCollection()) }
        }
    }

    /// The clause of a kept phrase, anywhere in a document, for counting (not scoring) it.
    func unscoredClause(_ key: PhraseKey) -> PhraseClause {
        PhraseClause(termIds: key.terms, lists: key.terms.map { postings[$0] }, field: nil, idf: 0)
    }

    /// The kept matches of a phrase of `terms` (analyzer tokens) anywhere in a document, if kept.
    func frequentPhrase(_ terms: [String]) -> PostingList? {
        var ids: [Int] = []
        for term in terms {
            guard let id = termTable.id(of: term) else { return nil }
            ids.append(id)
        }
        return frequentPhrase(termIds: ids)
    }

    /// The kept matches of the phrase of these terms anywhere in a document, if kept: a search
    /// has the ids from its clause and need not look its terms up again.
    func frequentPhrase(termIds ids: [Int]) -> PostingList? {
        guard !frequentPhrases.isEmpty, ids.count == 2 || ids.count == 3 else { return nil }
        return frequentPhrases[PhraseKey(first: UInt32(ids[0]), second: UInt32(ids[1]), third: ids.count == 3 ? UInt32(ids[2]) : PhraseKey.none)]
    }
}
