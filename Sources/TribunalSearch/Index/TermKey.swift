import Foundation

/// An analyzer token's text as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// `String` hashes and compares by canonical equivalence, which for Han text means normalising
/// every key on every lookup: that was the largest single cost of indexing. The analyzer has
/// already normalised (NFKC) every token, so equal bytes are exactly equal terms.
struct TermKey: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        var text = text
        // Native contiguous UTF-8, so that hashing and comparing never copy.
        text.makeContiguousUTF8()
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytesHash(seed: 0))
    }

    /// What `Dictionary` and `Set` call to place a key. The default goes through `Hasher`
    /// (SipHash), whose setup and finish alone were a tenth of indexing, for keys that are mostly
    /// six bytes (a Han bigram). One multiply-and-fold round per 16 bytes spreads every byte into
    /// the low bits a table uses, and the table's seed still varies the hash from run to run.
    func _rawHashValue(seed: Int) -> Int {
        Int(truncatingIfNeeded: bytesHash(seed: UInt64(UInt(bitPattern: seed))))
    }

    private func bytesHash(seed: UInt64) -> UInt64 {
        var text = text
        return text.withUTF8 { Self.hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// A wyhash-style hash of `bytes`: each 16 bytes folded into the state by a full-width multiply.
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
        // so overlaps cannot make two texts alike): copying them out byte by byte took as long
        // as the rest of the hash.
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

    static func == (left: TermKey, right: TermKey) -> Bool {
        var left = left.text, right = right.text
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.count == rightBytes.count
                    && (leftBytes.isEmpty || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
            }
        }
    }
}
