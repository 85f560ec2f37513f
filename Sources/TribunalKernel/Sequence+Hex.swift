import Foundation

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal: how digests and message authentication codes are stored and compared.
    public var hex: String { map { String(format: "%02x", $0) }.joined() }
}
