import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
#if canImport(Glibc)
import Glibc
#endif

/// The proxies in front of the server (nginx, a load balancer) whose `X-Forwarded-For` is
/// believed: addresses or CIDR ranges, IPv4 or IPv6. Without them, the client's address is the
/// socket's peer, which behind a proxy is the proxy itself, so that every visitor would share one
/// sign-in throttle and one mailbox limit.
public struct TrustedProxies: Sendable, Equatable {
    struct Range: Sendable, Equatable {
        let bytes: [UInt8]
        let prefixLength: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            for bit in 0..<prefixLength where (address[bit / 8] ^ bytes[bit / 8]) & (0x80 >> UInt8(bit % 8)) != 0 { return false }
            return true
        }
    }

    let ranges: [Range]

    /// No proxy is trusted: the peer is the client.
    public static let none = TrustedProxies(ranges: [])

    private init(ranges: [Range]) { self.ranges = ranges }

    /// Reads "127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"; a value that is not one is an error
    /// naming it.
    public init(_ values: [String]) throws {
        ranges = try values.map { value in
            let parts = value.split(separator: "/", maxSplits: 1).map(String.init)
            guard let bytes = Self.bytes(of: parts[0]) else { throw InvalidValue(field: "trusted-proxy", "'\(value.prefix(60))' is not an IP address or CIDR range") }
            let bits = bytes.count * 8
            guard let prefix = parts.count == 2 ? Int(parts[1]) : bits, (0...bits).contains(prefix) else {
                throw InvalidValue(field: "trusted-proxy", "'\(value.prefix(60))' has a prefix length outside 0–\(bits)")
            }
            return Range(bytes: bytes, prefixLength: prefix)
        }
    }

    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address) else { return false }
        return ranges.contains { $0.contains(bytes) }
    }

    /// The client of a request that reached the server from `peer` with the `X-Forwarded-For`
    /// values `forwardedFor`: the peer itself unless it is trusted; otherwise the right-most
    /// address of the chain that is not a trusted proxy (addresses to its left were written by
    /// the client and may be anything). An unreadable entry stops the walk at the last trusted hop.
    public func client(peer: String?, forwardedFor: [String]) -> String? {
        guard let peer, contains(peer) else { return peer }
        var client = peer
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in hops.reversed() {
            guard Self.bytes(of: hop) != nil else { break }
            client = hop
            if !contains(hop) { break }
        }
        return client
    }

    /// The address's bytes: 4 for IPv4, 16 for IPv6; nil for anything else.
    static func bytes(of address: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, address, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}
