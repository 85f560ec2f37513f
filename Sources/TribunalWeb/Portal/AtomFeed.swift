import Foundation
import TribunalKernel
import Judgments
import JudgmentSearch
import SearchEngine

/// An Atom (RFC 4287) feed of published judgments, as `feed.atom.mustache` renders it.
struct AtomFeed {
    struct Entry {
        /// A tag URI naming this version of the judgment.
        let id: String
        let title: String
        let url: String
        let updated: String
        let cause: String
        let causeLabel: String
        let summary: String
    }

    /// A tag URI (RFC 4151) naming the feed for good.
    let id: String
    /// Where the feed is served.
    let selfURL: String
    let title: String
    let updated: String
    let entries: [Entry]

    /// `updated` when the feed has no entries; otherwise the latest entry's publication.
    init(id: String, selfURL: String, title: String, updated: Date, entries: [PublishedJudgment]) {
        let formatter = ISO8601DateFormatter()
        self.id = id
        self.selfURL = selfURL
        self.title = title
        self.updated = formatter.string(from: entries.map(\.publishedAt).max() ?? updated)
        self.entries = entries.map { entry in
            Entry(id: "tag:tribunal,\(entry.decidedOn.year):\(entry.caseNumber.canonical):v\(entry.version)",
                  title: entry.zh.title, url: PortalLanguage.zh.judgmentURL(entry.caseNumber.canonical),
                  updated: formatter.string(from: entry.publishedAt), cause: entry.cause.rawValue, causeLabel: entry.cause.zh,
                  summary: entry.designation?.holdingZh ?? entry.zh.text(of: .holding))
        }
    }

    /// The latest published version of each hit, in the hits' order.
    static func latestVersions(of hits: [SearchHit], from store: any JudgmentRepository) async throws -> [PublishedJudgment] {
        var entries: [PublishedJudgment] = []
        for hit in hits {
            if let latest = try await store.publications(caseNumber: try CaseNumber(parsing: hit.caseNumber)).last { entries.append(latest) }
        }
        return entries
    }
}
