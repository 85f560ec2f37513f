import Foundation
import TribunalKernel

/// The one text analyzer of Tribunal, for the index and for queries, for every storage engine.
///
/// NFKC normalisation (full-width to half-width), case folding; Han text as overlapping bigrams in
/// the manner of Lucene's CJKAnalyzer (a lone Han character as a unigram); Latin words stemmed
/// (Porter); numbers; and, kept whole as well, case numbers, patent numbers and statute articles.
public struct Analyzer: Sendable {
    /// Indexing adds each Han character as a unigram at its bigram's position, so that a
    /// one-character query finds it; a query leaves them out, because colocated query tokens would
    /// mean "either".
    public enum Mode: Sendable {
        case index
        case query
    }

    public let mode: Mode

    public init(mode: Mode) {
        self.mode = mode
    }

    /// One character of the input after normalisation, with where it came from.
    struct Unit {
        let scalar: Unicode.Scalar
        let utf8Range: Range<Int>
        var text: String { Analyzer.text(of: CollectionOfOne(self)) }
    }

    /// The text of consecutive units, encoded straight into the string's storage: appending
    /// scalar by scalar to a string was a tenth of the analyzer's time, most of it for bigrams.
    static func text<C: Collection>(of units: C) -> String where C.Element == Unit {
        let length = units.reduce(0) { $0 + UTF8.width($1.scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var filled = 0
            for unit in units {
                UTF8.encode(unit.scalar) { byte in
                    buffer[filled] = byte
                    filled += 1
                }
            }
            return filled
        }
    }

    public func tokens(_ text: String) -> [Token] {
        let units = Self.normalize(text)
        let entities = EntityRecognizer.entities(in: units)
        var tokens: [Token] = []
        var index = 0
        var nextEntity = 0
        while index < units.count {
            if nextEntity < entities.count, entities[nextEntity].units.lowerBound == index {
                let entity = entities[nextEntity]
                nextEntity += 1
                tokens.append(Token(text: entity.text, kind: entity.kind,
                                    utf8Range: units[entity.units.lowerBound].utf8Range.lowerBound..<units[entity.units.upperBound - 1].utf8Range.upperBound))
                if mode == .query { index = entity.units.upperBound; continue }
                // When indexing, the entity's pieces follow at the same position, so that searching
                // for a part (知民终, 562) finds it too.
                let pieces = plainTokens(units, in: entity.units).filter { $0.text != entity.text }
                if let first = pieces.first {
                    tokens.append(Token(text: first.text, kind: first.kind, utf8Range: first.utf8Range, colocated: true))
                    tokens.append(contentsOf: pieces.dropFirst())
                }
                index = entity.units.upperBound
                continue
            }
            let end = nextEntity < entities.count ? entities[nextEntity].units.lowerBound : units.count
            tokens.append(contentsOf: plainTokens(units, in: index..<end))
            index = end
        }
        return tokens
    }

    /// Han bigrams, words and numbers in `range`.
    private func plainTokens(_ units: [Unit], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let scalar = units[i].scalar
            if Self.isHan(scalar) {
                var end = i
                while end < range.upperBound, Self.isHan(units[end].scalar) { end += 1 }
                appendHan(units[i..<end], to: &tokens)
                i = end
            } else if Self.isWordCharacter(scalar) {
                var end = i
                while end < range.upperBound, Self.isWordCharacter(units[end].scalar)
                        || (units[end].scalar == "." && end + 1 < range.upperBound && end > i
                            && Self.isDigit(units[end - 1].scalar) && Self.isDigit(units[end + 1].scalar)) {
                    end += 1
                }
                let word = Self.text(of: units[i..<end])
                let utf8 = units[i].utf8Range.lowerBound..<units[end - 1].utf8Range.upperBound
                let isNumber = word.unicodeScalars.allSatisfy { Self.isDigit($0) || $0 == "." }
                tokens.append(Token(text: isNumber ? word : PorterStemmer.stem(word), kind: isNumber ? .number : .word, utf8Range: utf8))
                i = end
            } else {
                i += 1
            }
        }
        return tokens
    }

    private func appendHan(_ run: ArraySlice<Unit>, to tokens: inout [Token]) {
        let run = Array(run)
        guard run.count > 1 else {
            tokens.append(Token(text: run[0].text, kind: .hanUnigram, utf8Range: run[0].utf8Range))
            return
        }
        for k in 0..<(run.count - 1) {
            tokens.append(Token(text: Self.text(of: run[k...(k + 1)]), kind: .hanBigram,
                                utf8Range: run[k].utf8Range.lowerBound..<run[k + 1].utf8Range.upperBound))
            if mode == .index {
                tokens.append(Token(text: run[k].text, kind: .hanUnigram, utf8Range: run[k].utf8Range, colocated: true))
                if k == run.count - 2 {
                    // The last character has no bigram of its own; it rides on the last bigram.
                    tokens.append(Token(text: run[k + 1].text, kind: .hanUnigram, utf8Range: run[k + 1].utf8Range, colocated: true))
                }
            }
        }
    }

    /// Each character NFKC-normalised and case-folded on its own, so that every unit keeps its
    /// byte range in the original text.
    ///
    /// A character is a grapheme cluster, but finding clusters was a tenth of the analyzer's
    /// time, while nearly every character of a judgment is one scalar that nothing can join: a
    /// scalar of `standsAlone` between two others is taken as it is, and only the rest are read
    /// as clusters.
    static func normalize(_ text: String) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(text.utf8.count / 2)
        var offset = 0
        var clusters: [Character: [Unicode.Scalar]] = [:]
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if standsAlone(scalar), next == scalars.endIndex || standsAlone(scalars[next]) {
                let range = offset..<(offset + UTF8.width(scalar))
                offset = range.upperBound
                index = next
                if scalar.isASCII {
                    units.append(Unit(scalar: ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar, utf8Range: range))
                } else if isUnifiedHan(scalar) {
                    units.append(Unit(scalar: scalar, utf8Range: range))
                } else {
                    for part in foldedLoneScalars[loneScalarSlot(scalar)] { units.append(Unit(scalar: part, utf8Range: range)) }
                }
                continue
            }
            let character = text[index]
            let range = offset..<(offset + character.utf8.count)
            offset = range.upperBound
            index = text.index(after: index)
            if character.isASCII {
                var scalar = character.unicodeScalars.first!
                if ("A"..."Z").contains(scalar) { scalar = Unicode.Scalar(scalar.value + 32)! }
                units.append(Unit(scalar: scalar, utf8Range: range))
                continue
            }
            if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, isUnifiedHan(scalar) {
                units.append(Unit(scalar: scalar, utf8Range: range))
                continue
            }
            let normalized = clusters[character] ?? compatibilityFolded(String(character))
            clusters[character] = normalized
            // A compatibility character may expand (㈱ → (株)); each part keeps the original range.
            for part in normalized { units.append(Unit(scalar: part, utf8Range: range)) }
        }
        return units
    }

    /// NFKC, then lower case.
    static func compatibilityFolded(_ text: String) -> [Unicode.Scalar] {
        Array(text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars)
    }

    /// The scalars that `standsAlone` takes outside ASCII and unified Han: punctuation and
    /// full-width forms, the ranges of `loneScalarSlot`.
    private static let loneScalarRanges: [ClosedRange<UInt32>] = [0x2010...0x205E, 0x3000...0x303F, 0xFF01...0xFF9D]

    /// `compatibilityFolded` of each scalar of `loneScalarRanges`, worked out once: Chinese
    /// punctuation stands in every sentence, and folding it through Foundation at each document
    /// was a sixth of the analyzer's time.
    private static let foldedLoneScalars: [[Unicode.Scalar]] = loneScalarRanges.flatMap { range in
        range.map { compatibilityFolded(String(Unicode.Scalar($0)!)) }
    }

    /// Where `scalar` (one of `loneScalarRanges`) is in `foldedLoneScalars`.
    private static func loneScalarSlot(_ scalar: Unicode.Scalar) -> Int {
        var base = 0
        for range in loneScalarRanges {
            if range.contains(scalar.value) { return base + Int(scalar.value - range.lowerBound) }
            base += range.count
        }
        preconditionFailure("U+\(String(scalar.value, radix: 16)) stands alone but has no folded form")
    }

    /// Han characters of the unified blocks: already in NFKC form, and without case.
    static func isUnifiedHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// Whether `scalar` is a grapheme cluster of its own wherever it stands between two such
    /// scalars: ASCII but CR (CR LF is one cluster), unified Han, CJK and general punctuation
    /// and the full-width forms, leaving out every scalar that extends, joins or prepends.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F: return scalar != "\r"
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return true
        case 0x3000...0x3029, 0x3030...0x303F: return true  // 302A–302F are tone marks that extend
        case 0xFF01...0xFF9D: return true  // FF9E and FF9F are sound marks that extend
        case 0x2010...0x2027, 0x2030...0x205E: return true  // not the joiners and controls around them
        default: return false
        }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2EBEF, 0xF900...0xFAFF, 0x3007: return true
        default: return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || ("a"..."z").contains(scalar)
            || (scalar.properties.isAlphabetic && !isHan(scalar) && scalar.value > 0x7F && !(0x3040...0x30FF).contains(scalar.value))
    }
}
