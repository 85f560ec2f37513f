/// The documents that contain one term, in ascending document order, with how often (weighted
/// by field) and where, compressed as variable-length integers.
///
/// Two byte streams: per posting the document's distance from the previous one, the weighted
/// count and (for terms with positions) how many bytes its positions take; and apart, each
/// posting's positions as distances. The byte length, rather than the number of positions, lets
/// a cursor pass a posting's positions without reading them. Most distances fit in one byte,
/// where plain arrays spent twelve bytes on a posting; a search that needs no positions never
/// reads the second stream. Every `blockSize` postings a skip entry lets a cursor jump ahead
/// without decoding.
struct PostingList: Sendable {
    static let blockSize = 128

    /// Where a block of postings starts in both streams, and its first document.
    struct Skip: Sendable {
        var firstDocument: UInt32
        /// The last document before the block: the base of its first distance.
        var previousDocument: UInt32
        var byteOffset: UInt32
        var positionOffset: UInt32
    }

    private(set) var count = 0
    private(set) var lastDocument: UInt32 = 0
    /// False for Han unigrams: they are colocated with bigrams, which carry the positions that
    /// phrases need, and storing theirs too would double the positions of Chinese text.
    let hasPositions: Bool
    private(set) var bytes = ByteStream()
    private(set) var positionBytes = ByteStream()
    private(set) var skips: [Skip] = []

    init(hasPositions: Bool) {
        self.hasPositions = hasPositions
    }

    /// A list as a snapshot held it.
    init(count: Int, lastDocument: UInt32, hasPositions: Bool, bytes: ByteStream, positionBytes: ByteStream, skips: [Skip]) {
        self.count = count
        self.lastDocument = lastDocument
        self.hasPositions = hasPositions
        self.bytes = bytes
        self.positionBytes = positionBytes
        self.skips = skips
    }

    /// Appends a posting; documents must come in ascending order, positions ascending.
    mutating func append<Positions: Collection<UInt32>>(document: UInt32, weightedCount: Int, positions: Positions) {
        precondition(count == 0 || document > lastDocument, "postings in ascending document order")
        if count % Self.blockSize == 0 {
            skips.append(Skip(firstDocument: document, previousDocument: count == 0 ? 0 : lastDocument,
                              byteOffset: UInt32(bytes.count), positionOffset: UInt32(positionBytes.count)))
        }
        var positionByteCount = 0
        if hasPositions {
            positionBytes.append(upTo: Self.maximumWidth * positions.count) { target in
                var previous: UInt32 = 0
                for position in positions {
                    Self.write(position - previous, to: target, at: &positionByteCount)
                    previous = position
                }
                return positionByteCount
            }
        }
        let distance = document - (count % Self.blockSize == 0 ? skips[skips.count - 1].previousDocument : lastDocument)
        let hasPositions = hasPositions
        bytes.append(upTo: 3 * Self.maximumWidth) { target in
            var written = 0
            Self.write(distance, to: target, at: &written)
            Self.write(UInt32(min(weightedCount, Int(UInt16.max))), to: target, at: &written)
            if hasPositions { Self.write(UInt32(positionByteCount), to: target, at: &written) }
            return written
        }
        count += 1
        lastDocument = document
    }

    /// The most bytes a variable-length `UInt32` takes.
    static let maximumWidth = 5

    /// Bytes held, for statistics.
    var byteCount: Int { bytes.count + positionBytes.count + skips.count * MemoryLayout<Skip>.stride }

    @inline(__always)
    static func write(_ value: UInt32, to buffer: UnsafeMutablePointer<UInt8>, at offset: inout Int) {
        var value = value
        while value >= 0x80 {
            buffer[offset] = UInt8(value & 0x7F) | 0x80
            offset += 1
            value >>= 7
        }
        buffer[offset] = UInt8(value)
        offset += 1
    }

    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> UInt32 {
        var byte = bytes[offset]
        offset += 1
        var value = UInt32(byte & 0x7F)
        var shift: UInt32 = 7
        while byte & 0x80 != 0 {
            byte = bytes[offset]
            offset += 1
            value |= UInt32(byte & 0x7F) << shift
            shift += 7
        }
        return value
    }
}

extension PostingList {
    /// Calls `body` with a cursor on the list, valid only during the call.
    func withCursor<Result>(_ body: (inout PostingCursor) -> Result) -> Result {
        Self.withCursors(on: [self]) { body(&$0[0]) }
    }

    /// Calls `body` with a cursor on each of `lists`, in order, valid only during the call. The
    /// cursors read the lists' storage through pointers: moving one costs no reference counting
    /// and no check that an array is uniquely referenced, which the hot loops of a search paid
    /// at every posting.
    static func withCursors<Result>(on lists: [PostingList], _ body: (UnsafeMutableBufferPointer<PostingCursor>) -> Result) -> Result {
        func nest(_ index: Int, _ cursors: [PostingCursor]) -> Result {
            guard index < lists.count else {
                var cursors = cursors
                return cursors.withUnsafeMutableBufferPointer { body($0) }
            }
            let list = lists[index]
            return list.bytes.withUnsafeBufferPointer { bytes in
                list.positionBytes.withUnsafeBufferPointer { positionBytes in
                    list.skips.withUnsafeBufferPointer { skips in
                        nest(index + 1, cursors + [PostingCursor(count: list.count, hasPositions: list.hasPositions,
                                                                 bytes: bytes, positionBytes: positionBytes, skips: skips)])
                    }
                }
            }
        }
        return nest(0, [])
    }
}

/// A reader of one posting list, forward only: `next()` and `seek(_:)` move it, and the current
/// posting's document, weighted count and positions can be read. It holds pointers into the
/// list's storage, so it lives only inside `PostingList.withCursors(on:_:)`.
struct PostingCursor {
    let count: Int
    let hasPositions: Bool
    private let bytes: UnsafeBufferPointer<UInt8>
    private let positionBytes: UnsafeBufferPointer<UInt8>
    private let skips: UnsafeBufferPointer<PostingList.Skip>
    private(set) var index = -1
    private(set) var document: UInt32 = 0
    private(set) var weightedCount: UInt16 = 0
    /// The bytes of the current posting's positions.
    private var positionByteCount = 0
    private var byteOffset = 0
    /// Where the current posting's positions start, once the ones before are skipped.
    private var positionOffset = 0
    /// Position bytes of earlier postings not yet passed in the position stream.
    private var positionBytesToSkip = 0

    fileprivate init(count: Int, hasPositions: Bool, bytes: UnsafeBufferPointer<UInt8>, positionBytes: UnsafeBufferPointer<UInt8>,
                     skips: UnsafeBufferPointer<PostingList.Skip>) {
        self.count = count
        self.hasPositions = hasPositions
        self.bytes = bytes
        self.positionBytes = positionBytes
        self.skips = skips
    }

    /// Moves to the next posting; false at the end.
    @discardableResult @inline(__always)
    mutating func next() -> Bool {
        positionBytesToSkip += positionByteCount
        positionByteCount = 0
        index += 1
        guard index < count else { return false }
        let delta = PostingList.read(bytes, &byteOffset)
        document = (index % PostingList.blockSize == 0 ? skips[index / PostingList.blockSize].previousDocument : document) &+ delta
        weightedCount = UInt16(truncatingIfNeeded: PostingList.read(bytes, &byteOffset))
        if hasPositions { positionByteCount = Int(PostingList.read(bytes, &byteOffset)) }
        return true
    }

    /// Moves to the first posting whose document is ≥ `target`; false if there is none.
    @discardableResult
    mutating func seek(_ target: UInt32) -> Bool {
        if index >= 0, index < count, document >= target { return true }
        // Jump to the last block that starts at or before the target, if it is ahead. Most seeks
        // of a leapfrog land in the current block: those need no search of the skips.
        let currentBlock = max(index, 0) / PostingList.blockSize
        let beyondCurrentBlock = currentBlock + 1 < skips.count && skips[currentBlock + 1].firstDocument <= target
        var low = currentBlock
        if beyondCurrentBlock {
            var high = skips.count - 1
            low = currentBlock + 1
            while low < high {
                let mid = (low + high + 1) / 2
                if skips[mid].firstDocument <= target { low = mid } else { high = mid - 1 }
            }
        }
        if low > currentBlock || index < 0 {
            let skip = skips.isEmpty ? nil : skips[low]
            index = low * PostingList.blockSize - 1
            byteOffset = Int(skip?.byteOffset ?? 0)
            positionOffset = Int(skip?.positionOffset ?? 0)
            positionBytesToSkip = 0
            positionByteCount = 0
        }
        while next() {
            if document >= target { return true }
        }
        return false
    }

    /// `seek(_:)` with its common case inline: a leapfrog over dense lists mostly wants the
    /// posting it stands on or the next one.
    @inline(__always)
    mutating func advance(to target: UInt32) -> Bool {
        if index >= 0, index < count, document >= target { return true }
        guard next() else { return false }
        return document >= target || seek(target)
    }

    /// The current posting's positions.
    mutating func positions() -> [UInt32] {
        var reader = positionReader()
        var result: [UInt32] = []
        while reader.next() { result.append(reader.position) }
        return result
    }

    /// A reader of the current posting's positions, which decodes only as far as it is asked
    /// to: a phrase that stands early in a judgment is found without decoding the rest.
    @inline(__always)
    mutating func positionReader() -> PositionReader {
        guard hasPositions else { return PositionReader(bytes: positionBytes, offset: 0, end: 0) }
        positionOffset += positionBytesToSkip
        positionBytesToSkip = 0
        return PositionReader(bytes: positionBytes, offset: positionOffset, end: positionOffset + positionByteCount)
    }
}

/// The positions of one posting, decoded on demand, ascending.
struct PositionReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset: Int
    /// Where the posting's positions end in `bytes`.
    private let end: Int
    private var started = false
    /// The position reached, once `next()` or `advance(atLeast:)` has returned true.
    private(set) var position: UInt32 = 0

    init(bytes: UnsafeBufferPointer<UInt8>, offset: Int, end: Int) {
        self.bytes = bytes
        self.offset = offset
        self.end = end
    }

    /// A reader of no positions.
    init() {
        self.init(bytes: UnsafeBufferPointer(start: nil, count: 0), offset: 0, end: 0)
    }

    /// Moves to the next position; false at the end.
    @inline(__always)
    mutating func next() -> Bool {
        guard offset < end else { return false }
        position &+= PostingList.read(bytes, &offset)
        started = true
        return true
    }

    /// Moves to the first position ≥ `target` (staying if already there); false if there is none.
    @inline(__always)
    mutating func advance(atLeast target: UInt32) -> Bool {
        if started, position >= target { return true }
        started = true
        while offset < end {
            position &+= PostingList.read(bytes, &offset)
            if position >= target { return true }
        }
        return false
    }
}
