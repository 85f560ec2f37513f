import Foundation
import Testing
@testable import TribunalSearch

@Suite("Term keys")
struct TermKeyTests {
    /// Han bigrams, Latin words, numbers and entities: the keys an index holds, of every length
    /// around the 16-byte steps of the hash.
    static let texts: [String] = {
        let han = Array("专利侵权赔偿上诉技术合同垄断等同权利维持保护范围特征经济损失现有商业秘密")
        var texts = (0..<han.count - 1).flatMap { i in (0..<han.count).map { String([han[i], han[$0]]) } }
        texts += (0..<40).map { String(repeating: "a", count: $0) }
        texts += (0..<2_000).map { "zl2015\($0).\($0 % 10)" }
        texts += ["§专利法65", "（2019）最高法知民终562号", "infring", "e\u{301}", "\u{e9}"]
        return texts
    }()

    @Test("Keys are equal exactly when their bytes are, and equal keys hash alike")
    func equality() {
        for (left, right) in zip(Self.texts, Self.texts.dropFirst()) {
            #expect(TermKey(left) != TermKey(right))
            #expect(TermKey(left) == TermKey(String(decoding: Array(left.utf8), as: UTF8.self)))
            #expect(TermKey(left)._rawHashValue(seed: 7) == TermKey(String(decoding: Array(left.utf8), as: UTF8.self))._rawHashValue(seed: 7))
        }
        // Canonically equivalent but different bytes: different terms, as the analyzer wrote them.
        #expect(TermKey("e\u{301}") != TermKey("\u{e9}"))
    }

    @Test("A dictionary of term keys finds every key and no other")
    func dictionary() {
        // setup: the last id given to each text's bytes (the list repeats some bigrams).
        var expected: [[UInt8]: Int] = [:]
        for (id, text) in Self.texts.enumerated() { expected[Array(text.utf8)] = id }
        // MUT
        var ids: [TermKey: Int] = [:]
        for (id, text) in Self.texts.enumerated() { ids[TermKey(text)] = id }
        // validate
        #expect(ids.count == expected.count)
        for text in Self.texts { #expect(ids[TermKey(text)] == expected[Array(text.utf8)]) }
        #expect(ids[TermKey("专")] == nil)
    }

    @Test("The low bits that a table uses are spread evenly, and the seed changes them")
    func spread() {
        // A table of 4,096 buckets for the keys: a hash that left the low bits to a few bytes
        // would crowd the bigrams, which differ only in their last three bytes, into few buckets.
        let buckets = 4_096
        let distinct = Set(Self.texts.map { Array($0.utf8) })
        var load = [Int](repeating: 0, count: buckets)
        for bytes in distinct {
            load[TermKey(String(decoding: bytes, as: UTF8.self))._rawHashValue(seed: 0) & (buckets - 1)] += 1
        }
        // Keys thrown at random fill 1 - e^(-keys/buckets) of the buckets (53 % here), give or
        // take half a percent.
        let expected = 1 - exp(-Double(distinct.count) / Double(buckets))
        let occupied = Double(load.filter { $0 > 0 }.count) / Double(buckets)
        #expect(occupied > expected - 0.02)
        #expect(load.max()! <= 9)
        let moved = Self.texts.filter { TermKey($0)._rawHashValue(seed: 0) != TermKey($0)._rawHashValue(seed: 1) }
        #expect(moved.count == Self.texts.count)
    }
}
