import Foundation
import Testing
@testable import TribunalKernel
@testable import Accounts
@testable import Docket
@testable import Judgments
@testable import PublicPortal

@Suite("Visitor sketch")
struct VisitorSketchTests {
    @Test("Estimates distinct visitors within 5 %, exactly for a handful", arguments: [1, 3, 10, 100, 1_000, 10_000, 200_000])
    func estimate(count: Int) {
        var sketch = VisitorSketch()
        for index in 0..<count {
            sketch.insert("visitor-\(index)")
            sketch.insert("visitor-\(index)")  // the same visitor again
        }
        let error = abs(Double(sketch.estimate - count)) / Double(count)
        if count <= 10 {
            #expect(sketch.estimate == count)
        } else {
            #expect(error < 0.05, "estimated \(sketch.estimate) for \(count)")
        }
    }

    @Test("Merging counts the union; the size never grows; foreign bytes are refused")
    func merge() {
        var first = VisitorSketch(), second = VisitorSketch()
        for index in 0..<5_000 { first.insert("a\(index)") }
        for index in 2_500..<7_500 { second.insert("a\(index)") }
        first.merge(second)
        #expect(abs(first.estimate - 7_500) < 375)
        #expect(first.registers.count == VisitorSketch.registerCount)
        #expect(VisitorSketch(registers: [1, 2, 3]) == nil)
        #expect(VisitorSketch(registers: [UInt8](repeating: 200, count: VisitorSketch.registerCount)) == nil)
        #expect(VisitorSketch(registers: first.registers) == first)
    }

    @Test("A batch keeps one sketch per day and language however many visitors it sees")
    func batch() {
        var batch = VisitBatch()
        let day = CalendarDate(year: 2024, month: 3, day: 5)!
        for index in 0..<50_000 { batch.add(language: "zh", day: day, visitorDigest: "ua-\(index)") }
        #expect(batch.visitors.count == 1)
        #expect(batch.pageViews[VisitBatch.Key(day: day, language: "zh")] == 50_000)
        #expect(abs((batch.visitors.first?.value.estimate ?? 0) - 50_000) < 2_500)
    }
}
