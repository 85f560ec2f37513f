import Foundation

/// Terms numbered in the order they were first inserted: the text of each id, and the id of
/// each text, found by the text's UTF-8 bytes.
///
/// The index holds one for all its terms and a document holds one while its tokens are grouped
/// by term. The analysing thread hashes each token once (`hash(of:)`) and the index finds the
/// term by that hash, so the one thread that inserts never hashes. `Dictionary` hashed every
/// token twice through SipHash, and `String` keys compare by canonical equivalence: together
/// over a quarter of building the index. The analyzer has already normalised (NFKC) every
/// token, so equal bytes are exactly equal terms.
struct TermTable: Sendable {
    /// The text of each id.
    private(set) var texts: [String] = []
    /// Open addressing with linear probing, at most half full: the id of each occupied slot and
    /// the high half of its text's hash, so that a probe rarely compares bytes it need not.
    private var slots: [Slot]

    private struct Slot: Sendable {
        var id: UInt32
        var tag: UInt32
        static let empty = Slot(id: .max, tag: 0)
    }

    /// A table with room for `capacity` terms before it grows.
    init(capacity: Int = 8) {
        var slotCount = 16
        while slotCount < 2 * capacity { slotCount *= 2 }
        slots = Array(repeating: .empty, count: slotCount)
        texts.reserveCapacity(capacity)
    }

    /// The table of `texts`, numbered in their order (as a snapshot stores them).
    init(texts: [String]) {
        self.init(capacity: texts.count)
        for text in texts { _ = insert(text, hash: Self.hash(of: text)) }
    }

    var count: Int { texts.count }

    /// The id of `text`, or nil if it was never inserted.
    func id(of text: String) -> Int? {
        id(of: text, hash: Self.hash(of: text))
    }

    /// The id of `text`, whose `hash(of:)` is `hash`.
    func id(of text: String, hash: UInt64) -> Int? {
        probe(text, hash: hash).id
    }

    /// The id of `text` (whose `hash(of:)` is `hash`), inserting it with the next id if it is
    /// new; `inserted` says which.
    @discardableResult
    mutating func insert(_ text: String, hash: UInt64) -> (id: Int, inserted: Bool) {
        let (slot, known) = probe(text, hash: hash)
        if let known { return (known, false) }
        precondition(texts.count < Int(UInt32.max), "more terms than ids")
        let id = texts.count
        var text = text
        // Native contiguous UTF-8, so that comparing never copies.
        text.makeContiguousUTF8()
        texts.append(text)
        slots[slot] = Slot(id: UInt32(id), tag: Self.tag(hash))
        if 2 * texts.count > slots.count { grow() }
        return (id, true)
    }

    /// The slot of `text` and its id, or the empty slot where it would go and nil.
    @inline(__always)
    private func probe(_ text: String, hash: UInt64) -> (slot: Int, id: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = Self.tag(hash)
        while true {
            let entry = slots[slot]
            if entry.id == Slot.empty.id { return (slot, nil) }
            if entry.tag == tag, Self.sameBytes(texts[Int(entry.id)], text) { return (slot, Int(entry.id)) }
            slot = (slot + 1) & mask
        }
    }

    /// The high half of a hash, kept in the slot; the low bits choose the slot.
    private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// Twice the slots, every term placed again by its hash.
    private mutating func grow() {
        var grown = [Slot](repeating: .empty, count: 2 * slots.count)
        let mask = grown.count - 1
        for (id, text) in texts.enumerated() {
            let hash = Self.hash(of: text)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot].id != Slot.empty.id { slot = (slot + 1) & mask }
            grown[slot] = Slot(id: UInt32(id), tag: Self.tag(hash))
        }
        slots = grown
    }
}

extension TermTable {
    /// Varies the hash from run to run, as `Hasher` does, so that no fixed set of texts can
    /// crowd the table; the same within a run, so that every thread hashes alike.
    private static let seed = UInt64.random(in: .min ... .max)

    /// The hash of `text`'s UTF-8 bytes that `insert` and `id(of:hash:)` take.
    static func hash(of text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// A wyhash-style hash of `bytes`: each 16 bytes folded into the state by a full-width
    /// multiply, which spreads every byte into the low bits that pick a slot. SipHash's setup and
    /// finish alone took longer than this whole hash of the six bytes of a Han bigram.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let primes: (UInt64, UInt64, UInt64) = (0xa076_1d64_78bd_642f, 0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3)
        var state = seed ^ primes.0 ^ UInt64(bytes.count)
        var offset = 0
        while bytes.count - offset > 16 {
            let first = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let second = bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
            state = fold(first ^ primes.1, second ^ state)
            offset += 16
        }
        // The last 1–16 bytes as two words, read as overlapping loads (the length is mixed in,
        // so overlaps cannot make two texts alike).
        let remaining = bytes.count - offset
        var tail: (UInt64, UInt64) = (0, 0)
        if remaining >= 8 {
            tail = (bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self),
                    bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
        } else if remaining >= 4 {
            tail = (UInt64(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)),
                    UInt64(bytes.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self)))
        } else if remaining > 0 {
            tail.0 = UInt64(bytes[offset]) << 16 | UInt64(bytes[offset + remaining / 2]) << 8 | UInt64(bytes[bytes.count - 1])
        }
        return fold(fold(tail.0 ^ primes.1, tail.1 ^ state) ^ primes.2, UInt64(bytes.count) ^ primes.0)
    }

    @inline(__always)
    private static func fold(_ left: UInt64, _ right: UInt64) -> UInt64 {
        let product = left.multipliedFullWidth(by: right)
        return product.high ^ product.low
    }

    /// Whether two texts have the same UTF-8 bytes (not merely canonically equivalent ones).
    @inline(__always)
    static func sameBytes(_ left: String, _ right: String) -> Bool {
        var left = left, right = right
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.count == rightBytes.count
                    && (leftBytes.isEmpty || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
            }
        }
    }
}
