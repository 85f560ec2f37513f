import Foundation
import TribunalKernel
import Accounts
import Docket

/// A natural person to anonymise: the Chinese name (刘德明 → 刘某) and the English spellings of it,
/// surname first or last, in any case ("Liu Deming", "DEMING LIU", "Liu De-ming" → "Liu"), and the
/// given name alone when it has two syllables or more ("Deming" → "Liu").
struct PersonName: Hashable, Sendable {
    let chinese: String?
    /// The surname as the English text shows it ("Ouyang").
    let surname: String
    /// The syllables of the given name ("ming", "hua"), or its words for a name given in English only.
    let given: [String]

    var english: String { ([surname] + given).joined(separator: " ") }

    init?(chinese name: String) {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard name.count >= 2, !name.hasSuffix("某"), name.unicodeScalars.allSatisfy({ $0.properties.isIdeographic }) else { return nil }
        // Foundation's Mandarin transliteration ("ōu yáng míng huá"), tone marks stripped.
        guard let pinyin = name.applyingTransform(.mandarinToLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) else { return nil }
        let syllables = pinyin.split(separator: " ").map { String($0).lowercased() }
        let surnameLength = Redactor.surname(of: name).count
        guard syllables.count == name.count, syllables.count > surnameLength else { return nil }
        chinese = name
        surname = syllables.prefix(surnameLength).joined().capitalized
        given = Array(syllables.dropFirst(surnameLength))
    }

    init?(english name: String) {
        let words = name.split(whereSeparator: { $0 == " " }).map(String.init)
        guard words.count >= 2 else { return nil }
        chinese = nil
        surname = words[0].capitalized
        given = words.dropFirst().map { $0.lowercased() }
    }

    func proposals(in scan: RedactionScan) -> [ProposedRedaction] {
        var found: [ProposedRedaction] = []
        if let chinese {
            found += scan.proposals(everywhere: chinese, .personName, Redactor.surname(of: chinese) + "某")
        }
        for expression in expressions {
            for match in expression.matches(in: scan.folded as String, range: scan.whole) {
                found.append(scan.proposal(.personName, match.range, surname))
            }
        }
        return found
    }

    /// Surname and given name in either order, then the given name alone (two syllables or more:
    /// a single syllable such as "Wei" is too often someone else's).
    private var expressions: [NSRegularExpression] {
        let family = NSRegularExpression.escapedPattern(for: surname)
        let givenName = given.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "[ -]?")
        var patterns = [#"\b\#(family)[ ,-]+\#(givenName)\b"#, #"\b\#(givenName)[ ,-]+\#(family)\b"#]
        if given.count >= 2 || given.joined().count >= 5 { patterns.append(#"\b\#(givenName)\b"#) }
        return patterns.map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
    }
}
