import Foundation

extension AnalyzedDocument {
    /// Analyses `documents` on every core: analysis is most of the cost of indexing, and each
    /// document is independent.
    public static func analyzeConcurrently(_ documents: [SearchDocument]) -> [AnalyzedDocument] {
        guard documents.count > 1 else { return documents.map(AnalyzedDocument.init) }
        // Small pieces, so that no core idles long while another finishes the last one.
        let chunks = min(documents.count, max(ProcessInfo.processInfo.activeProcessorCount * 4, documents.count / 16))
        let ranges = (0..<chunks).map { chunk in (documents.count * chunk / chunks)..<(documents.count * (chunk + 1) / chunks) }
        return ranges.concurrentMap { documents[$0].map(AnalyzedDocument.init) }.flatMap { $0 }
    }
}

extension SearchIndex {
    /// Adds analysed documents, grouped by judgment in the order given (a judgment's documents
    /// must be next to each other), replacing what the index held for those judgments.
    public mutating func replace(contentsOf documents: [AnalyzedDocument]) {
        var start = 0
        while start < documents.count {
            let judgmentId = documents[start].document.judgmentId
            var end = start + 1
            while end < documents.count, documents[end].document.judgmentId == judgmentId { end += 1 }
            replace(judgmentId: judgmentId, with: Array(documents[start..<end]))
            start = end
        }
    }
}

extension SearchIndex {
    /// Judgments per chunk of a pipelined build: small enough that the first chunk's analysis,
    /// which nothing overlaps, is short; large enough that every core has work.
    static let pipelineChunk = 500

    /// Analyses and adds `documents` (a judgment's documents next to each other), replacing what
    /// the index held for those judgments. Analysis of the next chunk runs on the other cores
    /// while this thread inserts the current one, since insertion can only run on one thread.
    public mutating func replace(analyzing documents: [SearchDocument]) {
        var bounds = [0]
        while bounds.last! < documents.count {
            var bound = min(bounds.last! + Self.pipelineChunk, documents.count)
            while bound < documents.count, documents[bound].judgmentId == documents[bound - 1].judgmentId { bound += 1 }
            bounds.append(bound)
        }
        let chunks = zip(bounds, bounds.dropFirst()).map { Array(documents[$0..<$1]) }
        guard !chunks.isEmpty else { return }
        var next = PendingAnalysis(chunks[0])
        for index in chunks.indices {
            let analyzed = next.wait()
            if index + 1 < chunks.count { next = PendingAnalysis(chunks[index + 1]) }
            replace(contentsOf: analyzed)
        }
    }
}

/// The analysis of a chunk of documents, running on other threads until `wait()` is called.
private final class PendingAnalysis: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: [AnalyzedDocument] = []

    init(_ documents: [SearchDocument]) {
        DispatchQueue.global().async(group: group) { [self] in
            // Written before the group leaves, read after `wait()`: the group orders the two.
            result = AnalyzedDocument.analyzeConcurrently(documents)
        }
    }

    func wait() -> [AnalyzedDocument] {
        group.wait()
        return result
    }
}

extension Array where Element: Sendable {
    /// `transform` of each element, run on every core (`DispatchQueue.concurrentPerform`).
    /// A transform that can fail returns a `Result`.
    func concurrentMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = ConcurrentSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(self[index]), at: index)
        }
        return (0..<count).map { slots.value(at: $0) }
    }
}

/// Results written from concurrent iterations, each to its own slot.
private final class ConcurrentSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func value(at index: Int) -> T { slots[index]! }
}

/// Builds an index from batches handed over one after another, indexing each on a thread of its
/// own while the caller reads the next: a store reads its rows on one thread, and the index
/// waited for every batch to be read before, and the reader for every batch to be indexed.
///
/// At most one batch waits beside the one being indexed, so that a reader faster than the index
/// holds no more than those two and the one it is reading.
public final class BackgroundIndexBuild: @unchecked Sendable {
    // Unchecked: `index` is touched only on `queue`; `room` orders the hand-overs.
    private var index = SearchIndex()
    private let queue = DispatchQueue(label: "tribunal.search-index.build", qos: .userInitiated)
    private let room = DispatchSemaphore(value: 2)

    public init() {}

    /// Queues `documents` (a judgment's documents next to each other, and never split between
    /// two batches) for `SearchIndex.replace(analyzing:)`; waits while two batches are queued.
    public func add(_ documents: [SearchDocument]) {
        room.wait()
        queue.async { [self] in
            index.replace(analyzing: documents)
            room.signal()
        }
    }

    /// The index of every batch added, once the last is indexed.
    public func finish() -> SearchIndex {
        queue.sync { index }
    }
}
