import Foundation
import GRDB
import TribunalCore
import TribunalSearch

extension SQLiteStore: JudgmentSearchRepository {
    public func search(_ request: SearchRequest) async throws -> SearchResults {
        let compiled = try SQLiteSearchCompiler.compile(request)
        return try await writer.read { db in try compiled.run(db) }
    }
}

/// Turns a `SearchRequest` into SQL over `judgmentIndex` and its FTS5 table `judgmentSearch`.
///
/// The positive full-text part of the query becomes the table's MATCH expression, which BM25
/// ranks (title and holding above body); field filters and anything that cannot be expressed in
/// FTS5 syntax become SQL conditions, full-text ones as `id IN (… MATCH …)` subqueries.
struct SQLiteSearchCompiler {
    var match: [String] = []
    var excludedMatch: [String] = []
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible & Sendable] = []

    /// BM25 column weights: title, holding, body, parties, judges.
    static let weights = "10.0, 5.0, 1.0, 3.0, 2.0"
    static let markOpen = "\u{E000}", markClose = "\u{E001}"

    static func compile(_ request: SearchRequest) throws -> CompiledSearch {
        var compiler = SQLiteSearchCompiler()
        let clauses: [SearchQuery]
        if case let .all(all) = request.query { clauses = all } else { clauses = [request.query] }
        for clause in clauses { try compiler.add(clause) }
        let filters = request.filters
        if let year = filters.year { compiler.sql("i.year = ?", year) }
        if let type = filters.type { compiler.sql("i.typeCode = ?", type.rawValue) }
        if let cause = filters.cause { compiler.sql("i.cause = ?", cause.rawValue) }
        if let court = filters.courtCode { compiler.sql("i.courtCode = ?", court) }
        if let disposition = filters.disposition { compiler.sql("i.disposition = ?", disposition.rawValue) }
        if let language = filters.language { compiler.sql("i.language = ?", language) }
        return CompiledSearch(compiler: compiler, request: request)
    }

    private mutating func sql(_ condition: String, _ values: (any DatabaseValueConvertible & Sendable)...) {
        conditions.append(condition)
        arguments.append(contentsOf: values)
    }

    /// One top-level clause: into the MATCH expression when it can be, else a SQL condition.
    private mutating func add(_ clause: SearchQuery) throws {
        if let expression = try Self.ftsExpression(clause) {
            match.append(expression)
            return
        }
        if case let .not(inner) = clause, let expression = try Self.ftsExpression(inner) {
            excludedMatch.append(expression)
            return
        }
        let (condition, values) = try Self.sqlCondition(clause)
        conditions.append(condition)
        arguments.append(contentsOf: values)
    }

    /// The FTS5 expression for a clause made only of full-text parts, or nil.
    static func ftsExpression(_ clause: SearchQuery) throws -> String? {
        switch clause {
        case let .text(text), let .phrase(text):
            return phrase(text)
        case let .field(field, value):
            switch field {
            case .party: return phrase(value).map { "parties : \($0)" }
            case .judge: return phrase(value).map { "judges : \($0)" }
            case .patent, .statute: return phrase(value)
            default: return nil
            }
        case let .any(parts):
            let expressions = try parts.map(ftsExpression)
            guard expressions.allSatisfy({ $0 != nil }) else { return nil }
            return "(" + expressions.compactMap { $0 }.joined(separator: " OR ") + ")"
        case let .all(parts):
            let expressions = try parts.map(ftsExpression)
            guard expressions.allSatisfy({ $0 != nil }) else { return nil }
            return "(" + expressions.compactMap { $0 }.joined(separator: " AND ") + ")"
        case .not:
            return nil
        }
    }

    /// A quoted FTS5 string: the table's tokenizer turns it into a phrase of the analyzer's tokens.
    /// Nil when the text has no token at all (punctuation), which would match nothing.
    static func phrase(_ text: String) -> String? {
        guard !Analyzer(mode: .query).tokens(text).isEmpty else { return nil }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func sqlCondition(_ clause: SearchQuery) throws -> (String, [any DatabaseValueConvertible & Sendable]) {
        switch clause {
        case let .field(field, value):
            switch field {
            case .caseNumber:
                let number = try CaseNumber(parsing: value)
                return number.suffix == nil ? ("i.caseKey = ?", [number.canonical]) : ("i.caseNumber = ?", [number.canonical])
            case .year: return ("i.year = ?", [Int(value) ?? 0])
            case .type: return ("i.typeCode = ?", [value])
            case .cause: return ("i.cause = ?", [value])
            case .court: return ("i.courtCode = ?", [value])
            case .party, .judge, .patent, .statute:
                guard let expression = try ftsExpression(clause) else { return ("0", []) }
                return ("i.id IN (SELECT rowid FROM judgmentSearch WHERE judgmentSearch MATCH ?)", [expression])
            }
        case .text, .phrase:
            guard let expression = try ftsExpression(clause) else { return ("0", []) }
            return ("i.id IN (SELECT rowid FROM judgmentSearch WHERE judgmentSearch MATCH ?)", [expression])
        case let .not(inner):
            let (condition, values) = try sqlCondition(inner)
            return ("NOT (\(condition))", values)
        case let .any(parts), let .all(parts):
            let compiled = try parts.map(sqlCondition)
            let joiner: String
            if case .any = clause { joiner = " OR " } else { joiner = " AND " }
            return ("(" + compiled.map(\.0).joined(separator: joiner) + ")", compiled.flatMap(\.1))
        }
    }
}

/// A compiled search, ready to run on a connection.
///
/// Two statements: one pass over every match for the ranking key and the facet columns (grouped
/// and counted in Swift, so the match is evaluated once rather than once per facet), then the
/// titles and snippets of the page's rows only — `snippet()` re-tokenizes its document, which must
/// never happen for rows that are not shown.
struct CompiledSearch {
    let compiler: SQLiteSearchCompiler
    let request: SearchRequest

    /// One matching row: a judgment in one language.
    private struct Match {
        let rowId: Int64
        let judgmentId: Int64
        let score: Double
        let decidedOn: String
        let facets: [String?]
    }

    func run(_ db: Database) throws -> SearchResults {
        var conditions = compiler.conditions
        var arguments = compiler.arguments
        let usesMatch = !compiler.match.isEmpty
        var from = "judgmentIndex i"
        var matchExpression: String?
        if usesMatch {
            // FTS5's NOT is binary: the excluded parts follow the positive ones.
            let expression = compiler.match.joined(separator: " AND ") + compiler.excludedMatch.map { " NOT \($0)" }.joined()
            matchExpression = expression
            from = "judgmentSearch JOIN judgmentIndex i ON i.id = judgmentSearch.rowid"
            conditions.insert("judgmentSearch MATCH ?", at: 0)
            arguments.insert(expression, at: 0)
        } else {
            for excluded in compiler.excludedMatch {
                conditions.append("i.id NOT IN (SELECT rowid FROM judgmentSearch WHERE judgmentSearch MATCH ?)")
                arguments.append(excluded)
            }
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let score = usesMatch ? "bm25(judgmentSearch, \(SQLiteSearchCompiler.weights))" : "0.0"
        let statementArguments = StatementArguments(arguments.map { $0.databaseValue })

        // Pass 1: every match, with what ranking and facets need.
        var best: [Int64: Match] = [:]
        var languageCounts: [String: Int] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT i.id, i.judgmentId, \(score), i.decidedOn, i.year, i.typeCode, i.cause, i.courtCode, i.disposition, i.language
            FROM \(from) \(whereClause)
            """, arguments: statementArguments)
        while let row = try cursor.next() {
            let language: String = row[9]
            languageCounts[language, default: 0] += 1
            let match = Match(rowId: row[0], judgmentId: row[1], score: row[2], decidedOn: row[3],
                              facets: [String(row[4] as Int), row[5], row[6], row[7], row[8], language])
            // One hit per judgment: its best-scoring language (bm25 is lower for better matches).
            if let existing = best[match.judgmentId], existing.score <= match.score { continue }
            best[match.judgmentId] = match
        }

        var facets: [String: [FacetCount]] = [:]
        for (index, name) in SearchFilters.names.enumerated() where name != "language" {
            var counts: [String: Int] = [:]
            for match in best.values { if let value = match.facets[index] { counts[value, default: 0] += 1 } }
            facets[name] = Self.sorted(counts)
        }
        facets["language"] = Self.sorted(languageCounts)

        let ordered = best.values.sorted { a, b in
            if request.sort == .relevance, a.score != b.score { return a.score < b.score }
            if a.decidedOn != b.decidedOn { return a.decidedOn > b.decidedOn }
            return a.judgmentId > b.judgmentId
        }
        let limit = max(1, min(request.limit, 100))
        let offset = max(0, min(request.offset, 10_000))
        let page = Array(ordered.dropFirst(offset).prefix(limit))

        // Pass 2: titles and snippets of the page's rows only.
        var details: [Int64: Row] = [:]
        if !page.isEmpty {
            let ids = page.map { String($0.rowId) }.joined(separator: ",")
            let open = SQLiteSearchCompiler.markOpen, close = SQLiteSearchCompiler.markClose
            let sql: String
            var detailArguments: StatementArguments = []
            if let matchExpression {
                sql = """
                    SELECT i.*, snippet(judgmentSearch, -1, '\(open)', '\(close)', '…', 32) AS snippet
                    FROM judgmentSearch JOIN judgmentIndex i ON i.id = judgmentSearch.rowid
                    WHERE judgmentSearch MATCH ? AND judgmentSearch.rowid IN (\(ids))
                    """
                detailArguments = [matchExpression]
            } else {
                sql = "SELECT i.*, substr(CASE WHEN i.holding <> '' THEN i.holding ELSE i.body END, 1, 120) AS snippet FROM judgmentIndex i WHERE i.id IN (\(ids))"
            }
            for row in try Row.fetchAll(db, sql: sql, arguments: detailArguments) { details[row["id"]] = row }
        }
        let hits = page.compactMap { match -> SearchHit? in
            guard let row = details[match.rowId] else { return nil }
            return SearchHit(judgmentId: row["judgmentId"], version: row["version"], caseNumber: row["caseNumber"], language: row["language"],
                             title: row["title"], snippet: Self.html(row["snippet"] ?? ""), decidedOn: row["decidedOn"],
                             cause: CauseOfAction(rawValue: row["cause"]) ?? .inventionPatentInfringement,
                             type: TribunalCaseType(rawValue: row["typeCode"]) ?? .civilAppeal, courtCode: row["courtCode"],
                             disposition: (row["disposition"] as String?).flatMap(Disposition.init(rawValue:)),
                             designation: (row["designation"] as String?).flatMap(Designation.Kind.init(rawValue:)))
        }
        let next = offset + page.count < ordered.count ? offset + page.count : nil
        return SearchResults(total: ordered.count, hits: hits, facets: facets, nextOffset: next)
    }

    private static func sorted(_ counts: [String: Int]) -> [FacetCount] {
        counts.map { FacetCount(value: $0.key, count: $0.value) }.sorted { ($0.count, $1.value) > ($1.count, $0.value) }
    }

    /// Escapes the snippet for HTML, then turns the match markers into <mark>.
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: SQLiteSearchCompiler.markOpen, with: "<mark>")
            .replacingOccurrences(of: SQLiteSearchCompiler.markClose, with: "</mark>")
    }
}
