/// The documents that contain one term, in ascending document order, with how often and where.
///
/// Positions are kept for phrase and field checks; a posting's positions are found from a base
/// stored every `blockSize` postings plus the counts before it in its block, which costs a few
/// additions on the rare candidate instead of four bytes on every posting.
struct PostingList: Sendable {
    static let blockSize = 32

    /// Document ordinals, ascending.
    var documents: [UInt32] = []
    /// Occurrences in the document, all fields.
    var counts: [UInt16] = []
    /// Occurrences weighted by their fields' BM25 weights.
    var weightedCounts: [UInt16] = []
    /// Where each block's positions start in `positions`.
    var blockStarts: [UInt32] = []
    /// The positions of every posting, ascending within a posting.
    var positions: [UInt32] = []
    /// False for Han unigrams: they are colocated with bigrams, which carry the positions that
    /// phrases need, and storing theirs too would double the positions of Chinese text.
    var hasPositions = true

    var count: Int { documents.count }

    mutating func append(document: UInt32, weightedCount: Int, positions newPositions: [UInt32]) {
        documents.append(document)
        weightedCounts.append(UInt16(min(weightedCount, Int(UInt16.max))))
        guard hasPositions else { return }
        if (documents.count - 1) % Self.blockSize == 0 { blockStarts.append(UInt32(positions.count)) }
        counts.append(UInt16(min(newPositions.count, Int(UInt16.max))))
        positions.append(contentsOf: newPositions.prefix(Int(UInt16.max)))
    }

    /// The positions of the posting at `index`.
    func positions(at index: Int) -> ArraySlice<UInt32> {
        let block = index / Self.blockSize
        var start = Int(blockStarts[block])
        for earlier in (block * Self.blockSize)..<index { start += Int(counts[earlier]) }
        return positions[start..<(start + Int(counts[index]))]
    }

    /// The first index at or after `from` whose document is ≥ `target` (galloping, then binary search).
    func seek(_ target: UInt32, from: Int) -> Int {
        var low = from
        guard low < documents.count, documents[low] < target else { return low }
        var step = 1
        var high = low + 1
        while high < documents.count, documents[high] < target {
            low = high
            step *= 2
            high = low + step
        }
        high = min(high, documents.count)
        // documents[low] < target; find the first ≥ target in (low, high].
        var lo = low + 1, hi = high
        while lo < hi {
            let mid = (lo + hi) / 2
            if documents[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
