import HummingbirdBcrypt
import NIOPosix
import TribunalKernel
import Accounts

/// Bcrypt off the event loops: each hash (about 70 ms at cost 12) runs on NIO's blocking thread
/// pool, one per core, so that wrong passwords cannot stall the requests of everyone else. At
/// most `limit` hashes run or wait at once; beyond that a sign-in is refused for a second rather
/// than queued without end.
public struct PasswordHasher: PasswordHashing {
    public let cost: UInt8
    private let gate: HashingGate
    private let pool: NIOThreadPool

    public init(cost: UInt8, limit: Int = 16, pool: NIOThreadPool = .singleton) {
        self.cost = cost
        self.gate = HashingGate(limit: limit)
        self.pool = pool
    }

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await run { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await run { Bcrypt.verify(password, hash: hash) }
    }

    private func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        guard await gate.enter() else {
            throw Throttled(field: nil, retryAfterSeconds: 1, "the server is busy checking other sign-ins; try again in a second")
        }
        do {
            let result = try await pool.runIfActive(work)
            await gate.leave()
            return result
        } catch {
            await gate.leave()
            throw error
        }
    }
}

/// Counts the hashes running or waiting.
actor HashingGate {
    let limit: Int
    private var inFlight = 0

    init(limit: Int) {
        self.limit = limit
    }

    func enter() -> Bool {
        guard inFlight < limit else { return false }
        inFlight += 1
        return true
    }

    func leave() {
        inFlight -= 1
    }
}
