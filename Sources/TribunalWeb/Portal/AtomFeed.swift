import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// An Atom (RFC 4287) feed of published judgments.
struct AtomFeed {
    /// A tag URI (RFC 4151) naming the feed for good.
    let id: String
    /// Where the feed is served.
    let selfURL: String
    let title: String
    let updated: Date
    let entries: [PublishedJudgment]

    var xml: String {
        let formatter = ISO8601DateFormatter()
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">"#,
            "<id>\(id.escapedForMarkup)</id>",
            "<title>\(title.escapedForMarkup)</title>",
            "<updated>\(formatter.string(from: updated))</updated>",
            #"<link rel="self" href="\#(selfURL.escapedForMarkup)"/>"#,
            "<author><name>最高人民法院知识产权法庭</name></author>",
        ]
        for entry in entries {
            let url = PortalLanguage.zh.judgmentURL(entry.caseNumber.canonical)
            let summary = entry.designation?.holdingZh ?? entry.zh.text(of: .holding)
            lines += [
                "<entry>",
                "<id>tag:tribunal,\(entry.decidedOn.year):\(entry.caseNumber.canonical.escapedForMarkup):v\(entry.version)</id>",
                "<title>\(entry.zh.title.escapedForMarkup)</title>",
                #"<link href="\#(url.escapedForMarkup)"/>"#,
                "<updated>\(formatter.string(from: entry.publishedAt))</updated>",
                "<category term=\"\(entry.cause.rawValue)\" label=\"\(entry.cause.zh.escapedForMarkup)\"/>",
                "<summary>\(summary.escapedForMarkup)</summary>",
                "</entry>",
            ]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n")
    }
}

extension AtomFeed {
    /// The latest published version of each hit, in the hits' order.
    static func entries(for hits: [SearchHit], from store: any JudgmentRepository) async throws -> [PublishedJudgment] {
        var entries: [PublishedJudgment] = []
        for hit in hits {
            if let latest = try await store.publications(caseNumber: try CaseNumber(parsing: hit.caseNumber)).last { entries.append(latest) }
        }
        return entries
    }

    var response: Response {
        Response(status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: xml)))
    }
}
