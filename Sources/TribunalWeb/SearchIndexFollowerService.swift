import Foundation
import Logging
import ServiceLifecycle
import JudgmentSearch

/// Runs a process's search index follower: loads the index as the server starts (not on the first
/// search), applies what other processes commit as the feed moves (woken by the store, or every
/// `pollInterval`), and saves the snapshot when the server shuts down gracefully, so that the
/// next start need not rebuild it.
struct SearchIndexFollowerService: Service {
    let follower: SearchIndexFollower
    let source: any SearchFeedSource
    let pollInterval: Duration
    let logger: Logger

    func run() async throws {
        let started = ContinuousClock.now
        do {
            _ = try await follower.loaded
            logger.info("Search index ready in \(ContinuousClock.now - started).")
        } catch {
            logger.error("Search index not loaded: \(error); the first search will try again.")
        }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await source.waitForChanges(timeout: pollInterval)
                    try await follower.catchUp()
                } catch is CancellationError {
                    break
                } catch {
                    logger.warning("Search index not caught up yet: \(error)")
                    try? await Task.sleep(for: pollInterval)
                }
            }
        }
        try await follower.save()
    }
}
