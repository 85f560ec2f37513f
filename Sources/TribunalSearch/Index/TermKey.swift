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
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
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
