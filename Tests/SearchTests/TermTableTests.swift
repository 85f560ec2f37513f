import Foundation
import Testing
@testable import SearchEngine
@testable import JudgmentSearch

@Suite("Term tables")
struct TermTableTests {
    /// Han bigrams, Latin words, numbers and entities: the terms an index holds, of every length
    /// around the 4-, 8- and 16-byte steps of the hash. Some bigrams come twice.
    static let texts: [String] = {
        let han = Array("专利侵权赔偿上诉技术合同垄断等同权利维持保护范围特征经济损失现有商业秘密")
        var texts = (0..<han.count - 1).flatMap { i in (0..<han.count).map { String([han[i], han[$0]]) } }
        texts += (0..<40).map { String(repeating: "a", count: $0) }
        texts += (0..<2_000).map { "zl2015\($0).\($0 % 10)" }
        texts += ["§专利法65", "（2019）最高法知民终562号", "infring", "e\u{301}", "\u{e9}"]
        return texts
    }()

    /// Each distinct text's bytes, with the id of its first occurrence.
    static var expectedIds: [[UInt8]: Int] {
        var ids: [[UInt8]: Int] = [:]
        for text in texts where ids[Array(text.utf8)] == nil { ids[Array(text.utf8)] = ids.count }
        return ids
    }

    @Test("Ids are given in order of first insertion, one for each distinct run of bytes")
    func insertion() {
        // MUT: from the smallest table, so that it grows many times on the way.
        var table = TermTable(capacity: 1)
        var inserted: [Bool] = []
        for text in Self.texts { inserted.append(table.insert(text, hash: TermTable.hash(of: text)).inserted) }
        // validate
        let expected = Self.expectedIds
        #expect(table.count == expected.count)
        #expect(inserted.filter { $0 }.count == expected.count)
        for text in Self.texts {
            // A copy in storage of its own: the same bytes find the same id.
            #expect(table.id(of: String(decoding: Array(text.utf8), as: UTF8.self)) == expected[Array(text.utf8)])
            #expect(table.texts[expected[Array(text.utf8)]!].utf8.elementsEqual(text.utf8))
        }
        // Canonically equivalent but different bytes: different terms, as the analyzer wrote them.
        #expect(table.id(of: "e\u{301}") != table.id(of: "\u{e9}"))
        #expect(table.id(of: "专") == nil)
        #expect(table.id(of: "专利侵") == nil)
        #expect(table.id(of: "") == expected[[]])
    }

    @Test("A table made from its texts, as a snapshot keeps them, gives every text its id")
    func fromTexts() {
        var table = TermTable()
        for text in Self.texts { table.insert(text, hash: TermTable.hash(of: text)) }
        // MUT
        let restored = TermTable(texts: table.texts)
        // validate
        #expect(restored.texts == table.texts)
        for (id, text) in table.texts.enumerated() { #expect(restored.id(of: text) == id) }
    }

    @Test("The hash spreads over the low bits that pick a slot, and its seed changes it")
    func spread() {
        // A table of 4,096 slots for the texts: a hash that left the low bits to a few bytes
        // would crowd the bigrams, which differ only in their last three bytes, into few slots.
        let buckets = 4_096
        let distinct = Array(Self.expectedIds.keys)
        var load = [Int](repeating: 0, count: buckets)
        for bytes in distinct {
            load[Int(truncatingIfNeeded: bytes.withUnsafeBytes { TermTable.hash($0, seed: 0) }) & (buckets - 1)] += 1
        }
        // Keys thrown at random fill 1 - e^(-keys/buckets) of the slots (53 % here), give or
        // take half a percent.
        let expected = 1 - exp(-Double(distinct.count) / Double(buckets))
        let occupied = Double(load.filter { $0 > 0 }.count) / Double(buckets)
        #expect(occupied > expected - 0.02)
        #expect(load.max()! <= 9)
        let moved = distinct.filter { bytes in
            bytes.withUnsafeBytes { TermTable.hash($0, seed: 0) != TermTable.hash($0, seed: 1) }
        }
        #expect(moved.count == distinct.count)
    }
}
