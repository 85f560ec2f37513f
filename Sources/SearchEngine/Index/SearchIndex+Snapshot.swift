import Foundation

/// Why a snapshot of the search index cannot be read; the caller rebuilds the index instead.
public struct SearchIndexSnapshotError: Error, CustomStringConvertible {
    public let description: String
}

extension SearchIndex {
    /// The snapshot format: raise it whenever what is written changes, the analyzer's tokens included.
    static let snapshotFormat: UInt32 = 5
    static let snapshotMagic: UInt64 = 0x3158_4449_4252_5454  // "TTRBIDX1", little-endian

    /// Writes the index to `url` (through a temporary file and a rename, so that a crash never
    /// leaves half a snapshot), with `stamp`: what the caller needs to tell whether the snapshot
    /// still matches its data. A snapshot is a cache for this machine's byte order and this
    /// format, never the record: the database is.
    public func writeSnapshot(to url: URL, stamp: String) throws {
        let temporary = url.appendingPathExtension("partial")
        _ = FileManager.default.createFile(atPath: temporary.path, contents: nil)
        let handle = try FileHandle(forWritingTo: temporary)
        var writer = SnapshotWriter(handle: handle)
        do {
            writer.integer(Self.snapshotMagic)
            writer.integer(Self.snapshotFormat)
            writer.string(stamp)
            writer.array(judgmentIds)
            writer.strings(caseNumbers)
            writer.strings(caseKeys)
            writer.array(days)
            writer.array(facets)
            writer.array(weightedLengths)
            writer.array(fieldStarts)
            writer.array(live)
            for values in facetValues { writer.strings(values) }
            writer.integer(Int64(liveDocumentCount))
            writer.integer(liveWeightedLength.bitPattern)
            writer.integer(Int64(positionCount))
            writer.strings(termTable.texts)
            for list in postings { writer.list(list) }
            writer.integer(UInt64(frequentPhrases.count))
            for (key, list) in frequentPhrases.sorted(by: { $0.key < $1.key }) {
                writer.integer(key.first)
                writer.integer(key.second)
                writer.integer(key.third)
                writer.list(list)
            }
            try writer.flush()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        _ = try? FileManager.default.removeItem(at: url)
        try FileManager.default.moveItem(at: temporary, to: url)
    }

    /// Reads a snapshot written by `writeSnapshot`, with its stamp.
    public static func readSnapshot(from url: URL) throws -> (index: SearchIndex, stamp: String) {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        var reader = SnapshotReader(data: data)
        guard try reader.integer(UInt64.self) == snapshotMagic else { throw SearchIndexSnapshotError(description: "not a search index snapshot") }
        guard try reader.integer(UInt32.self) == snapshotFormat else { throw SearchIndexSnapshotError(description: "a snapshot of another format") }
        let stamp = try reader.string()
        var index = SearchIndex()
        index.judgmentIds = try reader.array()
        index.caseNumbers = try reader.strings()
        index.caseKeys = try reader.strings()
        index.days = try reader.array()
        index.facets = try reader.array()
        index.weightedLengths = try reader.array()
        index.fieldStarts = try reader.array()
        index.live = try reader.array()
        index.facetValues = try (0..<facetCount).map { _ in try reader.strings() }
        index.liveDocumentCount = Int(try reader.integer(Int64.self))
        index.liveWeightedLength = Double(bitPattern: try reader.integer(UInt64.self))
        index.positionCount = Int(try reader.integer(Int64.self))
        let terms = try reader.strings()
        index.postings.reserveCapacity(terms.count)
        for _ in terms { index.postings.append(try reader.list()) }
        let phrases = try reader.integer(UInt64.self)
        guard phrases <= UInt64(data.count) else { throw SearchIndexSnapshotError(description: "a damaged snapshot") }
        for _ in 0..<phrases {
            let key = PhraseKey(first: try reader.integer(UInt32.self), second: try reader.integer(UInt32.self), third: try reader.integer(UInt32.self))
            guard key.terms.allSatisfy({ $0 < terms.count }) else { throw SearchIndexSnapshotError(description: "a damaged snapshot") }
            index.frequentPhrases[key] = try reader.list()
        }
        guard reader.isAtEnd, index.judgmentIds.count == index.live.count else {
            throw SearchIndexSnapshotError(description: "a damaged snapshot")
        }
        // The lookups are derived: rebuilt rather than stored.
        index.termTable = TermTable(texts: terms)
        guard index.termTable.count == terms.count else { throw SearchIndexSnapshotError(description: "a damaged snapshot") }
        for (facet, values) in index.facetValues.enumerated() {
            index.facetOrdinals[facet] = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($0.element, UInt16($0.offset)) })
        }
        for document in index.judgmentIds.indices where index.live[document] {
            let ordinal = UInt32(document)
            index.documentsByJudgment[index.judgmentIds[document], default: []].append(ordinal)
            index.documentsByCaseNumber[index.caseNumbers[document], default: []].append(ordinal)
            index.documentsByCaseKey[index.caseKeys[document], default: []].append(ordinal)
        }
        return (index, stamp)
    }
}

/// Appends fixed-width values and arrays of them to a file, in large writes.
private struct SnapshotWriter {
    let handle: FileHandle
    var buffer = Data()

    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
    }

    mutating func array<T: BitwiseCopyable>(_ values: [T]) {
        values.withUnsafeBytes { counted(values.count, $0) }
    }

    mutating func string(_ value: String) { array(Array(value.utf8)) }

    /// The stream's bytes, as `array` writes bytes.
    mutating func stream(_ stream: ByteStream) {
        stream.withUnsafeBufferPointer { counted($0.count, UnsafeRawBufferPointer($0)) }
    }

    /// `count` values, then their `bytes`: what `array` and `stream` write.
    private mutating func counted(_ count: Int, _ bytes: UnsafeRawBufferPointer) {
        integer(UInt64(count))
        buffer.append(contentsOf: bytes)
        if buffer.count > 64 << 20 { try? flush() }
    }

    mutating func list(_ list: PostingList) {
        integer(Int64(list.count))
        integer(list.lastDocument)
        integer(UInt8(list.hasPositions ? 1 : 0))
        stream(list.bytes)
        stream(list.positionBytes)
        array(list.skips)
    }

    mutating func strings(_ values: [String]) {
        integer(UInt64(values.count))
        for value in values { string(value) }
    }

    mutating func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length against what is left.
private struct SnapshotReader {
    let data: Data
    var offset = 0

    var isAtEnd: Bool { offset == data.count }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= data.count else { throw SearchIndexSnapshotError(description: "a truncated snapshot") }
        var value = T.zero
        withUnsafeMutableBytes(of: &value) { target in
            data.withUnsafeBytes { source in target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + size)])) }
        }
        offset += size
        return T(littleEndian: value)
    }

    mutating func array<T: BitwiseCopyable>() throws -> [T] {
        try counted(stride: MemoryLayout<T>.stride) { count, bytes in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
                initialized = count
            }
        }
    }

    /// What `SnapshotWriter.stream` wrote.
    mutating func stream() throws -> ByteStream {
        try counted(stride: 1) { _, bytes in ByteStream(copying: bytes) }
    }

    /// A count of values of `stride` bytes, then their bytes, checked against what is left:
    /// what `array` and `stream` read.
    private mutating func counted<Result>(stride: Int, _ body: (Int, UnsafeRawBufferPointer) -> Result) throws -> Result {
        let count = try integer(UInt64.self)
        let (size, overflow) = Int(clamping: count).multipliedReportingOverflow(by: stride)
        guard count <= UInt64(Int.max), !overflow, size <= data.count - offset else {
            throw SearchIndexSnapshotError(description: "a truncated snapshot")
        }
        defer { offset += size }
        return data.withUnsafeBytes { body(Int(count), UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + size)])) }
    }

    mutating func list() throws -> PostingList {
        let count = Int(try integer(Int64.self))
        let lastDocument = try integer(UInt32.self)
        let hasPositions = try integer(UInt8.self) == 1
        return PostingList(count: count, lastDocument: lastDocument, hasPositions: hasPositions,
                           bytes: try stream(), positionBytes: try stream(), skips: try array())
    }

    mutating func string() throws -> String { String(decoding: try array() as [UInt8], as: UTF8.self) }

    mutating func strings() throws -> [String] {
        let count = Int(try integer(UInt64.self))
        guard count >= 0, count <= data.count - offset else { throw SearchIndexSnapshotError(description: "a truncated snapshot") }
        return try (0..<count).map { _ in try string() }
    }
}
