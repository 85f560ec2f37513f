import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
import TribunalDemo

/// The benchmark corpus: `JudgmentGenerator`'s judgments for the demo court's archive cases.
struct GeneratedCorpus {
    let judgments: Int

    /// The case numbers that open each twentieth of the corpus, as far as they fall in the batch
    /// that starts at `offset`.
    static func samples(offset: Int, of judgments: Int, _ batch: [(CourtCase, PublishedJudgment)]) -> [CaseNumber] {
        let step = max(1, judgments / 20)
        return batch.indices.filter { (offset + $0) % step == 0 }.map { batch[$0].0.number }
    }

    /// The archive cases with their publications, in batches as they are generated, with the
    /// offset of each batch.
    func forEachBatch(size: Int = 1000, _ body: (Int, [(CourtCase, PublishedJudgment)]) async throws -> Void) async rethrows {
        let demo = DemoCourt(seed: 20190101, caseCount: judgments, currentCaseload: 0, today: CalendarDate(year: 2026, month: 11, day: 26)!)
        let writer = JudgmentGenerator(seed: 562, translatedPercent: 30)
        var numbering: [String: Int] = [:]
        var judgmentId: Int64 = 0
        for offset in stride(from: 0, to: judgments, by: size) {
            let cases = demo.archiveCases(offset: offset, count: min(size, judgments - offset), numbering: &numbering)
            try await body(offset, cases.map { courtCase in
                let draft = writer.judgment(for: courtCase, judges: ["张明", "李华", "王静"])
                judgmentId += 1
                var publication = Judgment(id: judgmentId, caseId: courtCase.id, draft: draft).publication(
                    of: courtCase, at: Date(timeIntervalSince1970: 1_764_000_000))
                publication.judgmentId = judgmentId
                publication.version = 1
                return (courtCase, publication)
            })
        }
    }

    /// Every search document of the corpus.
    func documents() async -> [SearchDocument] {
        var documents: [SearchDocument] = []
        await forEachBatch { _, batch in documents += batch.flatMap { SearchDocument.documents(of: $0.1) } }
        return documents
    }
}
