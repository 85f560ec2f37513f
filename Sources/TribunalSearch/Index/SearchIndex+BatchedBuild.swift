import Foundation

extension SearchIndex {
    /// Builds an index from batches of documents that the caller reads one after another (from a
    /// table, say), indexing each batch on a thread of its own while the caller reads the next.
    ///
    /// Reading a batch of rows is work for one thread, and the build of a batch does not keep
    /// both cores busy all the time: one after the other, the cores idled while the rows were read.
    /// At most one batch waits beside the one being indexed, so memory holds two batches of text.
    public final class BatchedBuild: @unchecked Sendable {
        // Touched only on `queue`, and read by `finish()` through it.
        private var index = SearchIndex()
        private let queue = DispatchQueue(label: "tribunal.search-index.batched-build")
        /// Room for one batch beside the one being indexed.
        private let room = DispatchSemaphore(value: 1)

        public init() {}

        /// Queues a batch: whole judgments, a judgment's documents next to each other, and no
        /// judgment in two batches (a batch replaces what the index holds for its judgments).
        /// Waits while another batch is already waiting.
        public func add(_ documents: [SearchDocument]) {
            guard !documents.isEmpty else { return }
            room.wait()
            queue.async { [self] in
                index.replace(analyzing: documents)
                room.signal()
            }
        }

        /// The index of every batch added, once all are indexed.
        public func finish() -> SearchIndex {
            queue.sync { index }
        }
    }
}
