import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import TribunalDemo
@testable import SearchEngine
@testable import JudgmentSearch

@Suite("Byte streams")
struct ByteStreamTests {
    static func contents(_ stream: ByteStream) -> [UInt8] { stream.withUnsafeBufferPointer { Array($0) } }

    @Test("Appends of every size read back in order, across many growths")
    func growth() {
        // setup
        var stream = ByteStream()
        var expected: [UInt8] = []
        // MUT: runs of 0 to 300 bytes, each asking for more room than it fills.
        for run in 0..<400 {
            let bytes = (0..<(run * 7 % 301)).map { UInt8(truncatingIfNeeded: run &+ $0) }
            stream.append(upTo: bytes.count + 5) { target in
                for (offset, byte) in bytes.enumerated() { target[offset] = byte }
                return bytes.count
            }
            expected += bytes
        }
        // validate
        #expect(stream.count == expected.count)
        #expect(Self.contents(stream) == expected)
        #expect(Self.contents(ByteStream()) == [])
    }

    @Test("A copy keeps its bytes when the original is written, and the other way round")
    func copyOnWrite() {
        // setup
        var original = ByteStream()
        original.append(upTo: 3) { target in target[0] = 1; target[1] = 2; target[2] = 3; return 3 }
        var copy = original
        // MUT
        original.append(upTo: 1) { target in target[0] = 4; return 1 }
        copy.append(upTo: 2) { target in target[0] = 9; return 1 }
        // validate
        #expect(Self.contents(original) == [1, 2, 3, 4])
        #expect(Self.contents(copy) == [1, 2, 3, 9])
    }

    @Test("A stream made from bytes holds a copy of them")
    func copying() {
        let bytes: [UInt8] = Array(0...255)
        let stream = bytes.withUnsafeBytes { ByteStream(copying: $0) }
        #expect(Self.contents(stream) == bytes)
        #expect([UInt8]().withUnsafeBytes { ByteStream(copying: $0) }.count == 0)
    }

    @Test("Random appends to random copies leave every copy with its own bytes")
    func copiesUnderLoad() {
        // setup
        var random = SeededGenerator(seed: 7)
        var streams = [ByteStream()]
        var models: [[UInt8]] = [[]]
        // MUT
        for step in 0..<20_000 {
            let i = Int.random(in: 0..<streams.count, using: &random)
            if Int.random(in: 0..<20, using: &random) == 0, streams.count < 50 {
                streams.append(streams[i])
                models.append(models[i])
                continue
            }
            let count = Int.random(in: 0...20, using: &random)
            streams[i].append(upTo: count + Int.random(in: 0...5, using: &random)) { target in
                for k in 0..<count { target[k] = UInt8(truncatingIfNeeded: step &+ k) }
                return count
            }
            models[i] += (0..<count).map { UInt8(truncatingIfNeeded: step &+ $0) }
        }
        // validate
        for (stream, model) in zip(streams, models) { #expect(Self.contents(stream) == model) }
    }

    @Test("A stream copied before every append keeps room in proportion to its bytes")
    func copiedStreamRoom() {
        // setup
        var stream = ByteStream()
        var copies: [ByteStream] = []
        // MUT: as a list in a dictionary being iterated is, shared at every write.
        for step in 0..<200 {
            copies.append(stream)
            stream.append(upTo: 15) { target in target[0] = UInt8(step); return 1 }
        }
        // validate
        #expect(stream.count == 200)
        #expect(stream.capacity <= 2 * stream.count + 15)
        #expect(copies.last!.count == 199)
    }
}
