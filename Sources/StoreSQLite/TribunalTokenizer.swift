import Foundation
import GRDB
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The FTS5 tokenizer `tribunal`: Tribunal's `Analyzer`, so that SQLite indexes and queries with
/// exactly the tokens every other engine uses. Byte offsets are the original text's, which
/// `snippet()` and `highlight()` need.
final class TribunalTokenizer: FTS5CustomTokenizer {
    static let name = "tribunal"
    private let indexAnalyzer = Analyzer(mode: .index)
    private let queryAnalyzer = Analyzer(mode: .query)

    init(db: Database, arguments: [String]) {}

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization,
                  pText: UnsafePointer<CChar>?, nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        let text = String(decoding: UnsafeRawBufferPointer(start: pText, count: Int(nText)), as: UTF8.self)
        let analyzer = tokenization.contains(.query) ? queryAnalyzer : indexAnalyzer
        for token in analyzer.tokens(text) {
            let flags: CInt = token.colocated ? FTS5TokenFlags.colocated.rawValue : 0
            var utf8 = token.text.utf8CString  // nul-terminated; the count passed excludes the nul
            let rc = utf8.withUnsafeMutableBufferPointer { buffer in
                tokenCallback(context, flags, buffer.baseAddress, CInt(buffer.count - 1),
                              CInt(token.utf8Range.lowerBound), CInt(token.utf8Range.upperBound))
            }
            if rc != 0 { return rc }  // SQLITE_OK is 0
        }
        return 0
    }
}
