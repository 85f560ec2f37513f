import Foundation
import ServiceLifecycle

/// Writes the visit tally every `interval`, and once more when the server shuts down gracefully
/// (after the HTTP server has stopped, since a service group stops its services in reverse order).
struct VisitTallyService: Service {
    let tally: VisitTally
    let interval: Duration

    func run() async throws {
        while true {
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                break
            }
            await tally.flush()
        }
        await tally.flush()
    }
}
