/// A growing run of bytes that its owner writes through a pointer: the storage of a posting
/// list's two streams.
///
/// An array's `append` checks uniqueness and capacity at every byte, and its
/// `append(contentsOf:)` goes through a generic copy for the two or three bytes of a posting:
/// either way that was a tenth of building the index. Here a posting's bytes are encoded
/// straight into the free capacity after one check. It is a value: a copy shares the storage
/// until either side writes (copy on write).
struct ByteStream: @unchecked Sendable {
    // Unchecked: the storage is written only through `append`, which first makes it unique.
    private final class Storage: ManagedBuffer<Header, UInt8> {}

    /// The bytes written and the room allocated (`ManagedBuffer.capacity` would ask the
    /// allocator at every append).
    private struct Header {
        var count: Int
        var capacity: Int
    }

    /// Nil until the first byte, so that the many terms seen once cost no allocation here.
    private var storage: Storage?

    init() {}

    /// A stream holding a copy of `bytes`.
    init(copying bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        append(upTo: bytes.count) { target in
            UnsafeMutableRawPointer(target).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            return bytes.count
        }
    }

    var count: Int { storage?.header.count ?? 0 }

    /// The room allocated, for tests.
    var capacity: Int { storage?.header.capacity ?? 0 }

    /// Makes room for `maximumCount` more bytes, lets `write` fill them from the first free byte,
    /// and keeps as many as `write` says it wrote.
    @inline(__always)
    mutating func append(upTo maximumCount: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        let count = self.count
        if !isKnownUniquelyReferenced(&storage) || storage.unsafelyUnwrapped.header.capacity - count < maximumCount {
            reallocate(minimumCapacity: count + maximumCount)
        }
        let storage = storage.unsafelyUnwrapped
        let written = storage.withUnsafeMutablePointerToElements { write($0 + count) }
        precondition(written <= maximumCount, "wrote past the room it asked for")
        storage.header.count = count + written
    }

    /// New storage with room for twice the bytes written (or `minimumCapacity`), so that
    /// appending stays linear. A shared storage is copied rather than written; its copy is sized
    /// by the bytes, not by the old room, or a stream copied at every append would double its
    /// room each time.
    private mutating func reallocate(minimumCapacity: Int) {
        let count = self.count
        let capacity = max(minimumCapacity, 2 * count)
        let grown = unsafeDowncast(Storage.create(minimumCapacity: capacity) { _ in Header(count: count, capacity: capacity) },
                                   to: Storage.self)
        if let storage {
            storage.withUnsafeMutablePointerToElements { old in
                grown.withUnsafeMutablePointerToElements { $0.initialize(from: old, count: count) }
            }
        }
        storage = grown
    }

    /// Calls `body` with the bytes written, valid only during the call.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let storage else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return storage.withUnsafeMutablePointerToElements { body(UnsafeBufferPointer(start: $0, count: storage.header.count)) }
    }
}
