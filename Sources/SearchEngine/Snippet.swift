import Foundation

/// A short extract of a hit's text around the first matched term, as HTML with the matched
/// terms in `<mark>`.
public enum Snippet {
    /// Characters of context before the first match, and the extract's length.
    static let lead = 24, length = 96
    /// Text is analysed in pieces of about this many bytes, stopping at the first piece with a
    /// match: a long judgment is not analysed whole for the sake of one line.
    static let piece = 2048

    /// The extract of the first of `texts` that contains one of `terms` (index analyzer tokens),
    /// or, when none does, the opening of the first non-empty text, unmarked.
    public static func html(_ texts: [String], marking terms: Set<String>) -> String {
        guard !terms.isEmpty else { return opening(of: texts) }
        let analyzer = Analyzer(mode: .index)
        // Most terms (Han bigrams, words whose stem is a prefix) occur literally in the text: the
        // analyzer then runs on a window around the first literal occurrence only.
        let hints = terms.filter { !$0.hasPrefix("§") }
        for text in texts where !text.isEmpty {
            guard let found = firstOccurrence(of: hints, in: text) else { continue }
            let start = text.index(found, offsetBy: -2 * lead, limitedBy: text.startIndex) ?? text.startIndex
            let end = text.index(found, offsetBy: length + lead, limitedBy: text.endIndex) ?? text.endIndex
            let part = String(text[start..<end])
            let matched = analyzer.tokens(part).filter { terms.contains($0.text) }.map(\.utf8Range)
            if !matched.isEmpty { return extract(part, around: matched, before: start > text.startIndex, more: end < text.endIndex) }
        }
        // Otherwise, analyse piece by piece until a piece has a match.
        for text in texts where !text.isEmpty {
            var pieceStart = text.startIndex, bytes = 0
            var index = text.startIndex
            while index < text.endIndex {
                bytes += text[index].utf8.count
                index = text.index(after: index)
                guard bytes >= piece || index == text.endIndex else { continue }
                let part = String(text[pieceStart..<index])
                let matched = analyzer.tokens(part).filter { terms.contains($0.text) }.map(\.utf8Range)
                if !matched.isEmpty {
                    return extract(part, around: matched, before: pieceStart > text.startIndex, more: index < text.endIndex)
                }
                pieceStart = index
                bytes = 0
            }
        }
        return opening(of: texts)
    }

    /// Where the first of `terms` first occurs in `text`, ignoring case.
    ///
    /// Foundation's case-insensitive search folded every character of a judgment for each term,
    /// a quarter of a search's time at a million judgments. A term whose letters are ASCII or
    /// have no case (a Han bigram, an English stem, a number) is found among the text's bytes
    /// with ASCII letters lowered, which gives the same occurrence; only a term with other
    /// cased letters (é, ß) still goes to Foundation.
    static func firstOccurrence(of terms: some Sequence<String>, in text: String) -> String.Index? {
        var foldedText: [UInt8]?
        var first: String.Index?
        for term in terms {
            let found: String.Index?
            if term.unicodeScalars.allSatisfy({ $0.isASCII || !$0.properties.changesWhenCaseMapped }) {
                if foldedText == nil { foldedText = text.utf8.map(asciiLowercased) }
                found = firstOffset(of: Array(term.utf8).map(asciiLowercased), in: foldedText!)
                    .map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
            } else {
                found = text.range(of: term, options: [.caseInsensitive])?.lowerBound
            }
            if let found, found < first ?? text.endIndex { first = found }
        }
        return first
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// The offset of the first occurrence of `needle` in `haystack`. Not the standard library's
    /// `firstRange(of:)`: on a judgment's 5 KB it took a hundred times as long as this scan.
    private static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let head = needle.first, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        var start = 0
        while let candidate = haystack[start...].firstIndex(of: head), candidate + needle.count <= haystack.count {
            if haystack[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            start = candidate + 1
        }
        return nil
    }

    /// The opening of the first non-empty text, unmarked.
    static func opening(of texts: [String]) -> String {
        let text = texts.first { !$0.isEmpty } ?? ""
        return String(text.prefix(length + lead)).escapedForMarkup + (text.count > length + lead ? "…" : "")
    }

    /// The extract of `text` around the first of `ranges` (UTF-8 offsets), all of them marked;
    /// `before` and `more` tell whether `text` is a part of a longer one.
    static func extract(_ text: String, around ranges: [Range<Int>], before: Bool, more: Bool) -> String {
        let bytes = Array(text.utf8)
        let first = ranges.map(\.lowerBound).min()!
        // Count characters back and forth from the first match on character boundaries.
        let matchIndex = text.utf8.index(text.startIndex, offsetBy: first)
        let startIndex = text.index(matchIndex, offsetBy: -lead, limitedBy: text.startIndex) ?? text.startIndex
        let endIndex = text.index(startIndex, offsetBy: length, limitedBy: text.endIndex) ?? text.endIndex
        let window = text.utf8.distance(from: text.startIndex, to: startIndex)..<text.utf8.distance(from: text.startIndex, to: endIndex)

        // Overlapping bigrams of a phrase (保护, 护范, 范围) make one mark.
        var marks: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.overlaps(window) {
            let clamped = range.clamped(to: window)
            if let last = marks.last, clamped.lowerBound <= last.upperBound {
                marks[marks.count - 1] = last.lowerBound..<max(last.upperBound, clamped.upperBound)
            } else {
                marks.append(clamped)
            }
        }
        var html = window.lowerBound > 0 || before ? "…" : ""
        var cursor = window.lowerBound
        for mark in marks {
            html += String(decoding: bytes[cursor..<mark.lowerBound], as: UTF8.self).escapedForMarkup
            html += "<mark>" + String(decoding: bytes[mark], as: UTF8.self).escapedForMarkup + "</mark>"
            cursor = mark.upperBound
        }
        html += String(decoding: bytes[cursor..<window.upperBound], as: UTF8.self).escapedForMarkup
        return html + (window.upperBound < bytes.count || more ? "…" : "")
    }
}
