import Foundation
import TribunalKernel

extension SearchQuery {
    /// Parses what a user types: terms, "phrases", -exclusions, OR, and fields
    /// (case:, year:, type:, cause:, court:, judge:, party:, patent:, statute:).
    ///
    /// A case number anywhere in the query, in any spelling and even with spaces inside it, is
    /// read as `case:` — a number search must never fail because of how it was typed.
    public init(parsing input: String) throws(SearchQueryError) {
        var text = input.precomposedStringWithCompatibilityMapping
        text = Self.liftCaseNumbers(text)
        let items = Self.lex(text)
        var groups: [[SearchQuery]] = []
        var joinNext = false
        for item in items {
            if item.isOperatorOR {
                joinNext = !groups.isEmpty
                continue
            }
            let clause = try item.clause()
            if joinNext, !groups.isEmpty {
                groups[groups.count - 1].append(clause)
            } else {
                groups.append([clause])
            }
            joinNext = false
        }
        let clauses = groups.map { $0.count == 1 ? $0[0] : .any($0) }
        guard !clauses.isEmpty else { throw .empty }
        guard clauses.contains(where: { if case .not = $0 { return false } else { return true } }) else {
            throw .onlyExclusions
        }
        self = clauses.count == 1 ? clauses[0] : .all(clauses)
    }

    /// Rewrites each case number in the text as a `case:"…"` clause in canonical form.
    static func liftCaseNumbers(_ text: String) -> String {
        let units = Analyzer.normalize(text)
        let entities = EntityRecognizer.entities(in: units).filter { $0.kind == .caseNumber }
        guard !entities.isEmpty else { return text }
        var result = ""
        var index = 0
        for entity in entities {
            result += Analyzer.text(of: units[index..<entity.units.lowerBound])
            // The user may have written case: already.
            result += (result.lowercased().hasSuffix("case:") ? "" : "case:") + "\"\(entity.text)\""
            index = entity.units.upperBound
        }
        result += Analyzer.text(of: units[index...])
        return result
    }

    /// One space-separated item of the query.
    struct Item {
        var excluded = false
        var field: SearchField?
        var value: String
        var quoted: Bool

        var isOperatorOR: Bool { !excluded && field == nil && !quoted && value == "OR" }

        func clause() throws(SearchQueryError) -> SearchQuery {
            let positive: SearchQuery
            if let field {
                positive = .field(field, try SearchQuery.validated(field, value))
            } else {
                positive = quoted ? .phrase(value) : .text(value)
            }
            return excluded ? .not(positive) : positive
        }
    }

    static func lex(_ text: String) -> [Item] {
        var items: [Item] = []
        var characters = Array(text)[...]
        func skipSpaces() { while let c = characters.first, c.isWhitespace { characters.removeFirst() } }
        func readQuoted() -> String {
            characters.removeFirst()  // opening quote
            var value = ""
            while let c = characters.first, c != "\"" { value.append(c); characters.removeFirst() }
            if !characters.isEmpty { characters.removeFirst() }  // closing quote, if any
            return value
        }
        while true {
            skipSpaces()
            guard !characters.isEmpty else { break }
            var item = Item(value: "", quoted: false)
            if characters.first == "-", characters.count > 1, !characters[characters.startIndex + 1].isWhitespace {
                item.excluded = true
                characters.removeFirst()
            }
            // field:value, when the word before the colon is a known field.
            if let colon = characters.prefix(while: { !$0.isWhitespace && $0 != "\"" }).firstIndex(of: ":"),
               let field = SearchField(rawValue: String(characters[characters.startIndex..<colon]).lowercased()) {
                item.field = field
                characters = characters[(colon + 1)...]
            }
            if characters.first == "\"" {
                item.value = readQuoted()
                item.quoted = true
            } else {
                while let c = characters.first, !c.isWhitespace { item.value.append(c); characters.removeFirst() }
            }
            if !item.value.isEmpty { items.append(item) }
        }
        return items
    }

    /// Checks and normalises a field's value: a year is four digits, a type a Tribunal type code,
    /// a cause one of the vocabulary (its key or its zh or en name), a court a known code or name.
    static func validated(_ field: SearchField, _ value: String) throws(SearchQueryError) -> String {
        switch field {
        case .year:
            guard let year = Int(value), (2019...2100).contains(year) else {
                throw .invalidFieldValue(field, value, "a year is four digits, 2019 or later")
            }
            return String(year)
        case .type:
            guard let type = TribunalCaseType(rawValue: value) else {
                throw .invalidFieldValue(field, value, "a type is one of " + TribunalCaseType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return type.rawValue
        case .cause:
            let lowered = value.lowercased()
            guard let cause = CauseOfAction.allCases.first(where: {
                $0.rawValue.lowercased() == lowered || $0.zh == value || $0.en.lowercased() == lowered
            }) else {
                throw .invalidFieldValue(field, value, "not a cause of action; see /api/v1/causes")
            }
            return cause.rawValue
        case .court:
            guard let court = CourtDirectory.official.courts.first(where: { $0.code == value || $0.zh == value || $0.en.lowercased() == value.lowercased() }) else {
                throw .invalidFieldValue(field, value, "not a court code or name; see /api/v1/courts")
            }
            return court.code
        case .caseNumber:
            do {
                return try CaseNumber(parsing: value).canonical
            } catch {
                throw .invalidFieldValue(field, value, error.description)
            }
        case .judge, .party, .patent, .statute:
            return value
        }
    }
}
