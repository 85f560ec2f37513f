import Foundation

extension AnalyzedDocument {
    /// Analyses `documents` on every core: analysis is most of the cost of indexing, and each
    /// document is independent.
    public static func analyzeConcurrently(_ documents: [SearchDocument]) -> [AnalyzedDocument] {
        guard documents.count > 1 else { return documents.map(AnalyzedDocument.init) }
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount * 4, documents.count)
        let results = ChunkResults(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (documents.count * chunk / chunks)..<(documents.count * (chunk + 1) / chunks)
            results.store(documents[range].map(AnalyzedDocument.init), at: chunk)
        }
        return results.joined()
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

/// Per-chunk results written from concurrent iterations, each to its own slot.
private final class ChunkResults: @unchecked Sendable {
    private var slots: [[AnalyzedDocument]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func store(_ value: [AnalyzedDocument], at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func joined() -> [AnalyzedDocument] { slots.flatMap { $0 } }
}
