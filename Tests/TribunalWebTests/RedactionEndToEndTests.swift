import Foundation
import RedactionCorpus
import Hummingbird
import HummingbirdTesting
import StoreSQLite
import Testing
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
@testable import TribunalWeb

@Suite("Redaction, end to end")
struct RedactionEndToEndTests {
    /// A judgment whose facts hold every sentence of the redaction table, in Chinese and English.
    static func draft() throws -> String {
        let chinese = RedactionTable.removals.map(\.text).filter { !($0.first?.isASCII ?? false) }
        let english = RedactionTable.removals.map(\.text).filter { $0.first?.isASCII ?? false }
        let lookAlikes = RedactionTable.lookAlikes.map(\.text)
        func passages(_ texts: [String]) -> [[String: String]] { texts.map { ["text": $0] } }
        let document: [String: Any] = [
            "caseNumber": "（2024）最高法知民终1号", "kind": "judgment", "decidedOn": "2024-05-20", "judges": ["张审判长"],
            "zh": ["title": "侵害发明专利权纠纷二审民事判决书", "sections": [
                ["kind": "facts", "passages": passages(chinese + lookAlikes)], ["kind": "holding", "passages": passages(["驳回上诉，维持原判。"])]]],
            "en": ["title": "Judgment on appeal", "sections": [["kind": "facts", "passages": passages(english)]]],
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
    }

    /// What must never be public: each secret as written, and its digits alone (as an index may
    /// keep them) unless a look-alike, which stays public, holds the same digits.
    static var secrets: [String] {
        let published = RedactionTable.lookAlikes.map(\.text).joined(separator: "\n")
        return RedactionTable.removals.flatMap { row -> [String] in
            let digits = row.secret.filter(\.isNumber)
            return digits.count >= 7 && row.kind != "homeAddress" && !published.contains(digits) ? [row.secret, digits] : [row.secret]
        }
    }

    @Test("No personal datum of the table reaches the judgment page, the API, the search or the index snapshot; every look-alike does")
    func nothingLeaks() async throws {
        let path = SQLiteStore.temporaryPath()
        defer { SQLiteStore.removeDatabaseFiles(at: path) }
        let store = try SQLiteStore(path: path)
        let harness = try await APITestHarness(store: store)
        let draft = try Self.draft()
        let secrets = Self.secrets
        try await harness.test { client in
            try await JudgmentAPITests.decidedCase(client)
            let created = try await client.send(.post, "/api/v1/cases/1/judgments", as: .judge, json: draft)
            #expect(created.status == .created)
            let id = try #require(created.json["id"] as? Int)
            _ = try await client.send(.post, "/api/v1/judgment-drafts/\(id)/mark-redacted", as: .assistant)
            #expect(try await client.send(.post, "/api/v1/judgment-drafts/\(id)/publish", as: .presidingJudge, json: "{}").status == .created)

            let number = "（2024）最高法知民终1号".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let pages = [try await client.execute(uri: "/zh/judgments/\(number)", method: .get) { $0.text },
                         try await client.execute(uri: "/en/judgments/\(number)", method: .get) { $0.text }]
            let api = try await client.send(.get, "/api/v1/judgments/\(number)")
            let apiText = String(decoding: try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(buffer: api.body)),
                                                                         options: [.withoutEscapingSlashes]), as: UTF8.self)
            for secret in secrets {
                for page in pages { #expect(!page.contains(secret), "the page shows \(secret)") }
                #expect(!apiText.contains(secret), "the API shows \(secret)")
                let query = "\"\(secret)\"".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let search = try await client.send(.get, "/api/v1/search?q=\(query)")
                #expect(search.status == .ok || search.status == .unprocessableContent, "\(secret)")
                #expect(search.json["total"] as? Int ?? 0 == 0, "a search finds \(secret)")
            }
            // A search for the words just before each secret puts the snippet where the secret
            // stood; the snippet shows the marker, never the secret.
            var snippetsChecked = 0
            for row in RedactionTable.removals {
                guard let range = row.text.range(of: row.secret) else { continue }
                let context = String(row.text[..<range.lowerBound].suffix(4)).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
                guard context.count >= 2 else { continue }
                let query = "\"\(context)\"".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let found = try await client.send(.get, "/api/v1/search?q=\(query)")
                guard let hits = found.json["hits"] as? [Any], !hits.isEmpty else { continue }
                snippetsChecked += 1
                let text = String(decoding: try JSONSerialization.data(withJSONObject: hits, options: [.withoutEscapingSlashes]), as: UTF8.self)
                #expect(!text.contains(row.secret), "a snippet shows \(row.secret)")
            }
            #expect(snippetsChecked > 50, "the snippet check searched near most secrets")
            // The page shows text HTML-escaped, as Mustache writes it.
            func escaped(_ text: String) -> String {
                text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                    .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
            }
            let lost = RedactionTable.lookAlikes.map(\.kept).filter { !pages[0].contains(escaped($0)) }
            #expect(lost.isEmpty, "the page lost \(lost)")
        }
        try await store.saveSearchIndex()
        let snapshot = try Data(contentsOf: URL(fileURLWithPath: path + ".searchindex"))
        #expect(snapshot.count > 1_000)
        for secret in secrets {
            #expect(snapshot.range(of: Data(secret.utf8)) == nil, "the snapshot holds \(secret)")
            #expect(snapshot.range(of: Data(secret.lowercased().utf8)) == nil, "the snapshot holds \(secret.lowercased())")
        }
    }
}
