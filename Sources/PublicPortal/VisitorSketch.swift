import Foundation
import TribunalKernel

/// Distinct visitors of one day and language, counted in a fixed 4 KiB whatever their number: a
/// HyperLogLog sketch (Flajolet et al., 2007) of 4,096 registers, with linear counting for small
/// numbers. Storing each visitor's digest let anyone grow the database by a row per request
/// (a new User-Agent each time); a sketch stays the same size, at a standard error of 1.6 %.
public struct VisitorSketch: Hashable, Sendable {
    /// log2 of the number of registers.
    static let precision = 12
    public static let registerCount = 1 << precision

    /// For each register, the longest run of leading zeros (plus one) seen among the hashes that
    /// fall in it.
    public private(set) var registers: [UInt8]

    public init() {
        registers = [UInt8](repeating: 0, count: Self.registerCount)
    }

    /// A sketch read back from storage; nil when the bytes are not a sketch's.
    public init?(registers: [UInt8]) {
        guard registers.count == Self.registerCount, registers.allSatisfy({ $0 <= 64 - Self.precision + 1 }) else { return nil }
        self.registers = registers
    }

    /// Counts the visitor `digest` (any text; the same text counts once).
    public mutating func insert(_ digest: String) {
        let hash = Self.hash(digest)
        let index = Int(hash >> UInt64(64 - Self.precision))
        let rest = hash << UInt64(Self.precision)
        let rank = UInt8(min(rest.leadingZeroBitCount, 64 - Self.precision) + 1)
        if rank > registers[index] { registers[index] = rank }
    }

    /// The visitors of both sketches.
    public mutating func merge(_ other: VisitorSketch) {
        for index in registers.indices where other.registers[index] > registers[index] {
            registers[index] = other.registers[index]
        }
    }

    /// The estimated number of distinct visitors.
    public var estimate: Int {
        let m = Double(Self.registerCount)
        let alpha = 0.7213 / (1 + 1.079 / m)
        var sum = 0.0
        var zeros = 0
        for register in registers {
            sum += 1 / Double(UInt64(1) << UInt64(register))
            if register == 0 { zeros += 1 }
        }
        let raw = alpha * m * m / sum
        if raw <= 2.5 * m, zeros > 0 {
            return Int((m * log(m / Double(zeros))).rounded())
        }
        return Int(raw.rounded())
    }

    /// FNV-1a over the UTF-8 bytes, then SplitMix64's finaliser to spread the bits.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        return hash ^ (hash >> 31)
    }
}
