import Logging
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Page views counted in memory and written to the store a batch at a time: every few seconds by
/// `VisitTallyService`, before the about page shows the totals, and when the server stops. A
/// public page thus waits for no write transaction, and a burst of visitors costs one write, not
/// one each. A crash loses at most the counts of the last few seconds.
actor VisitTally {
    private let store: any PortalRepository
    private let logger: Logger
    private var pending = VisitBatch()
    /// The latest write. Each write waits for the one before, so that when `flush()` returns,
    /// every count made before it was called is in the store.
    private var lastWrite: Task<Void, Never>?

    init(store: any PortalRepository, logger: Logger = Logger(label: "tribunal.visits")) {
        self.store = store
        self.logger = logger
    }

    /// Counts one page view.
    func add(language: String, day: CalendarDate, visitorDigest: String) {
        pending.add(language: language, day: day, visitorDigest: visitorDigest)
    }

    /// Writes what has been counted. A batch that cannot be written is kept for the next flush.
    func flush() async {
        let batch = pending
        pending = VisitBatch()
        let previous = lastWrite
        let write = Task {
            await previous?.value
            guard !batch.isEmpty else { return }
            do {
                try await store.recordVisits(batch)
            } catch {
                logger.warning("visits not written yet, kept for the next write: \(error)")
                keep(batch)
            }
        }
        lastWrite = write
        await write.value
    }

    private func keep(_ batch: VisitBatch) {
        pending.merge(batch)
    }
}
