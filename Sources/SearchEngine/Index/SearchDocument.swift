import Foundation
import TribunalKernel

/// What the search index holds of one published judgment in one language: its public
/// (redacted) text by field, and the facts that filters, facets and ordering need.
///
/// Every storage engine indexes exactly these documents, made by `documents(of:)`, so that what a
/// search can find is decided in one place.
public struct SearchDocument: Hashable, Sendable {
    /// The text fields, in the order of `SearchDocument.Field.allCases`.
    public enum Field: Int, CaseIterable, Sendable {
        case title, holding, body, parties, judges

        /// BM25 weights: the title and the holding count above the body.
        public var weight: Int {
            switch self {
            case .title: return 10
            case .holding: return 5
            case .body: return 1
            case .parties: return 3
            case .judges: return 2
            }
        }
    }

    public var judgmentId: Int64
    public var version: Int
    /// zh or en.
    public var language: String
    public var caseNumber: CaseNumber
    public var type: TribunalCaseType
    public var cause: CauseOfAction
    public var courtCode: String?
    public var disposition: Disposition?
    public var designation: DesignationKind?
    public var decidedOn: CalendarDate
    public var title: String
    public var holding: String
    public var body: String
    public var parties: String
    public var judges: String

    public init(judgmentId: Int64, version: Int, language: String, caseNumber: CaseNumber, type: TribunalCaseType,
                cause: CauseOfAction, courtCode: String?, disposition: Disposition?, designation: DesignationKind?,
                decidedOn: CalendarDate, title: String, holding: String, body: String, parties: String, judges: String) {
        self.judgmentId = judgmentId
        self.version = version
        self.language = language
        self.caseNumber = caseNumber
        self.type = type
        self.cause = cause
        self.courtCode = courtCode
        self.disposition = disposition
        self.designation = designation
        self.decidedOn = decidedOn
        self.title = title
        self.holding = holding
        self.body = body
        self.parties = parties
        self.judges = judges
    }

    /// The document's value of each facet, in the order of `SearchFilters.names`.
    public var facetValues: [String?] {
        [String(caseNumber.year), type.rawValue, cause.rawValue, courtCode, disposition?.rawValue, language]
    }

    /// The text of `field`.
    public func text(of field: Field) -> String {
        switch field {
        case .title: return title
        case .holding: return holding
        case .body: return body
        case .parties: return parties
        case .judges: return judges
        }
    }

}

/// A search document with the index analyzer's tokens grouped by term: what the index appends
/// to its postings.
///
/// The grouping is done here, on whichever thread analyses, because it hashes every token: done
/// while inserting, on the one thread that may write the index, it was most of the insertion.
/// The tokens themselves are not kept: the terms hold all the index needs, and the tokens would
/// only be carried to the inserting thread to be freed there.
public struct AnalyzedDocument: Sendable {
    /// One distinct term of the document: its weighted count and where its positions are.
    struct Term: Sendable {
        var text: String
        /// `TermTable.hash(of: text)`, worked out on the analysing thread for the index's table.
        var hash: UInt64
        var hasPositions: Bool
        var weightedCount: Int
        /// Its positions in `positions`, ascending (empty for a term without positions).
        var positionRange: Range<Int>
    }

    /// Settable so that an importer can analyse before the database has given the judgment its id.
    public var document: SearchDocument
    /// The distinct terms, in order of first occurrence.
    let terms: [Term]
    /// The positions of every term, term after term: one array rather than one per term, which
    /// allocating and freeing cost more than filling it.
    let positions: [UInt32]
    /// Where each field's positions start, and one past the last.
    let fieldStarts: [UInt32]
    /// The BM25 length: tokens (not colocated ones) weighted by their fields' weights.
    let weightedLength: Int

    public init(_ document: SearchDocument) {
        self.document = document
        let tokens = Self.tokens(of: document)
        // First pass: each token's term and position; second: the positions grouped by term.
        var terms: [Term] = []
        var termTable = TermTable(capacity: tokens.reduce(0) { $0 + $1.count } / 2)
        var occurrences: [(term: Int32, position: UInt32)] = []
        occurrences.reserveCapacity(tokens.reduce(0) { $0 + $1.count })
        var weightedLength = 0
        fieldStarts = Self.forEachPositionedToken(in: tokens) { token, position, field in
            if !token.colocated { weightedLength += field.weight }
            let hash = TermTable.hash(of: token.text)
            let (term, inserted) = termTable.insert(token.text, hash: hash)
            if inserted {
                terms.append(Term(text: token.text, hash: hash, hasPositions: token.kind != .hanUnigram,
                                  weightedCount: field.weight, positionRange: 0..<0))
            } else {
                terms[term].weightedCount += field.weight
            }
            if terms[term].hasPositions {
                terms[term].positionRange = 0..<(terms[term].positionRange.upperBound + 1)
                occurrences.append((Int32(term), position))
            }
        }
        var start = 0
        for term in terms.indices {
            let count = terms[term].positionRange.count
            terms[term].positionRange = start..<start
            start += count
        }
        var positions = [UInt32](repeating: 0, count: start)
        for occurrence in occurrences {
            let term = Int(occurrence.term)
            positions[terms[term].positionRange.upperBound] = occurrence.position
            terms[term].positionRange = terms[term].positionRange.lowerBound..<(terms[term].positionRange.upperBound + 1)
        }
        self.terms = terms
        self.positions = positions
        self.weightedLength = weightedLength
    }

    /// The positions of `term`, ascending.
    func positions(of term: Term) -> ArraySlice<UInt32> { positions[term.positionRange] }

    /// The index analyzer's tokens of each field of `document`, in field order.
    public static func tokens(of document: SearchDocument) -> [[Token]] {
        let analyzer = Analyzer(mode: .index)
        return SearchDocument.Field.allCases.map { analyzer.tokens(document.text(of: $0)) }
    }

    /// Calls `body` with each of `tokens` (by field, as `tokens(of:)` gives them), its position
    /// and its field, and returns where each field's positions start, and one past the last. A
    /// colocated token shares the position before it; fields are one position apart, so that no
    /// phrase runs from one field into the next.
    @discardableResult
    public static func forEachPositionedToken(in tokens: [[Token]], _ body: (Token, UInt32, SearchDocument.Field) throws -> Void) rethrows -> [UInt32] {
        var starts: [UInt32] = []
        var position: UInt32 = 0
        for field in SearchDocument.Field.allCases {
            starts.append(position)
            var started = false
            for token in tokens[field.rawValue] {
                if !token.colocated {
                    if started { position += 1 }
                    started = true
                }
                try body(token, position, field)
            }
            position += started ? 2 : 0
        }
        starts.append(position)
        return starts
    }
}
