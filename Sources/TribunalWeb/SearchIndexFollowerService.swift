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
        // The database may still be migrating when the group starts: the load is tried again,
        // waiting longer each time, and only repeated failures are worth an operator's attention.
        var wait = Duration.milliseconds(250)
        var failures = 0
        while !Task.isCancelled {
            do {
                _ = try await follower.loaded
                logger.info("Search index ready in \(ContinuousClock.now - started).")
                break
            } catch {
                failures += 1
                let message: Logger.Message = "Search index not loaded yet (attempt \(failures)): \(String(reflecting: error))"
                if failures >= 3 { logger.error(message) } else { logger.debug(message) }
                let pause = wait
                do { try await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) } } catch { break }
                wait = min(wait * 2, .seconds(30))
            }
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
