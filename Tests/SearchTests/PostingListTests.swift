import Testing
@testable import SearchEngine
@testable import JudgmentSearch

@Suite("Posting lists")
struct PostingListTests {
    /// Postings over several blocks, with gaps of every size and a few positions each.
    static func model() -> [(document: UInt32, weighted: Int, positions: [UInt32])] {
        var document: UInt32 = 0
        return (0..<1000).map { i in
            document += UInt32([1, 2, 3, 200, 70_000][i % 5])
            let positions = (0..<(i % 4 + 1)).map { UInt32($0 * 130 + i % 7) }
            return (document, i % 300 + 1, positions)
        }
    }

    static func list(_ model: [(document: UInt32, weighted: Int, positions: [UInt32])]) -> PostingList {
        var list = PostingList(hasPositions: true)
        for posting in model { list.append(document: posting.document, weightedCount: posting.weighted, positions: posting.positions) }
        return list
    }

    @Test("A cursor reads back every posting, positions included")
    func readBack() {
        let model = Self.model()
        Self.list(model).withCursor { cursor in
            for posting in model {
                let moved = cursor.next()
                #expect(moved)
                #expect(cursor.document == posting.document)
                #expect(Int(cursor.weightedCount) == posting.weighted)
                // Read the positions of every other posting only: skipping must keep the stream in step.
                if posting.document % 2 == 0 {
                    let positions = cursor.positions()
                    #expect(positions == posting.positions)
                }
            }
            let movedPastEnd = cursor.next()
            #expect(!movedPastEnd)
        }
    }

    @Test("Seeking jumps blocks and lands on the first document at or after the target")
    func seeking() {
        let model = Self.model()
        let list = Self.list(model)
        list.withCursor { cursor in
            for target in stride(from: UInt32(0), to: model.last!.document + 2, by: 9_973) {
                let expected = model.first { $0.document >= target }
                let found = cursor.seek(target)
                #expect(found == (expected != nil))
                if let expected {
                    #expect(cursor.document == expected.document)
                    let positions = cursor.positions()
                    #expect(positions == expected.positions)
                }
            }
        }
    }

    @Test("A dense list takes about four bytes a posting, where arrays took twelve")
    func compression() {
        var list = PostingList(hasPositions: true)
        for document in UInt32(1)...1280 { list.append(document: document, weightedCount: 1, positions: [document % 100]) }
        // One byte each for the distance, the weighted count, the position count and the position.
        #expect(list.byteCount == 1280 * 4 + 10 * MemoryLayout<PostingList.Skip>.stride)
    }

    @Test("Unigram lists keep no positions")
    func withoutPositions() {
        var list = PostingList(hasPositions: false)
        list.append(document: 5, weightedCount: 3, positions: [1, 2, 3])
        list.withCursor { cursor in
            let moved = cursor.next()
            #expect(moved)
            let positions = cursor.positions()
            #expect(positions == [])
        }
        #expect(list.byteCount == 2 + MemoryLayout<PostingList.Skip>.stride)
    }

    @Test("The widest values and a long run of positions read back")
    func widestValues() {
        // setup: five-byte distances, a saturated count, and more positions than a page of stack.
        let model: [(document: UInt32, weighted: Int, positions: [UInt32])] = [
            (1, 1, [0, UInt32.max]),
            (UInt32.max - 1, 70_000, (0..<20_000).map { UInt32($0 * 3) }),
            (UInt32.max, 2, []),
        ]
        // MUT
        let list = Self.list(model)
        // validate
        list.withCursor { cursor in
            for posting in model {
                let moved = cursor.next()
                #expect(moved)
                #expect(cursor.document == posting.document)
                #expect(Int(cursor.weightedCount) == min(posting.weighted, Int(UInt16.max)))
                let positions = cursor.positions()
                #expect(positions == posting.positions)
            }
            let movedPastEnd = cursor.next()
            #expect(!movedPastEnd)
        }
    }
}
