import Foundation

extension AnalyzedDocument {
    /// Analyses `documents` on every core: analysis is most of the cost of indexing, and each
    /// document is independent.
    public static func analyzeConcurrently(_ documents: [SearchDocument]) -> [AnalyzedDocument] {
        guard documents.count > 1 else { return documents.map(AnalyzedDocument.init) }
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount * 4, documents.count)
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
