import TribunalKernel

/// A search: the parsed query, filters, order and page.
public struct SearchRequest: Hashable, Sendable {
    public enum Sort: String, CaseIterable, Sendable {
        case relevance
        case date
    }

    /// The deepest a result list is paged: past it, a search should be narrowed, not paged.
    public static let maximumOffset = 10_000

    public var query: SearchQuery
    public var filters: SearchFilters
    public var sort: Sort
    public var limit: Int
    /// Results to skip: the cursor of the previous page.
    public var offset: Int

    public init(query: SearchQuery, filters: SearchFilters = SearchFilters(), sort: Sort = .relevance, limit: Int = 20, offset: Int = 0) {
        self.query = query
        self.filters = filters
        self.sort = sort
        self.limit = limit
        self.offset = offset
    }
}

/// Facet filters, each a single value as chosen from the facet list.
public struct SearchFilters: Hashable, Sendable {
    /// The facet and filter names, in display order; query parameters and facet keys use them.
    public static let names = ["year", "type", "cause", "court", "disposition", "language"]

    /// The chosen value of each facet, nil where none is chosen, in the order of `names`.
    public var values: [String?] {
        [year.map(String.init), type?.rawValue, cause?.rawValue, courtCode, disposition?.rawValue, language]
    }

    public var year: Int?
    public var type: TribunalCaseType?
    public var cause: CauseOfAction?
    public var courtCode: String?
    public var disposition: Disposition?
    /// zh or en.
    public var language: String?

    public init(year: Int? = nil, type: TribunalCaseType? = nil, cause: CauseOfAction? = nil, courtCode: String? = nil,
                disposition: Disposition? = nil, language: String? = nil) {
        self.year = year
        self.type = type
        self.cause = cause
        self.courtCode = courtCode
        self.disposition = disposition
        self.language = language
    }
}

/// One matching judgment.
public struct SearchHit: Codable, Hashable, Sendable {
    public var judgmentId: Int64
    public var version: Int
    public var caseNumber: String
    public var language: String
    public var title: String
    /// HTML: the text is escaped and the matched terms are wrapped in <mark>.
    public var snippet: String
    public var decidedOn: CalendarDate
    public var cause: CauseOfAction
    public var type: TribunalCaseType
    public var courtCode: String?
    public var disposition: Disposition?
    public var designation: DesignationKind?

    public init(judgmentId: Int64, version: Int, caseNumber: String, language: String, title: String, snippet: String,
                decidedOn: CalendarDate, cause: CauseOfAction, type: TribunalCaseType, courtCode: String?,
                disposition: Disposition?, designation: DesignationKind?) {
        self.judgmentId = judgmentId
        self.version = version
        self.caseNumber = caseNumber
        self.language = language
        self.title = title
        self.snippet = snippet
        self.decidedOn = decidedOn
        self.cause = cause
        self.type = type
        self.courtCode = courtCode
        self.disposition = disposition
        self.designation = designation
    }
}

/// A facet value and how many judgments have it.
public struct FacetCount: Codable, Hashable, Sendable {
    public var value: String
    public var count: Int

    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}

/// A page of hits, the total, and the facets.
public struct SearchResults: Codable, Hashable, Sendable {
    public var total: Int
    public var hits: [SearchHit]
    /// By facet name (year, type, cause, court, disposition, language), most frequent first.
    public var facets: [String: [FacetCount]]
    /// The offset of the next page, nil on the last.
    public var nextOffset: Int?

    public init(total: Int, hits: [SearchHit], facets: [String: [FacetCount]], nextOffset: Int?) {
        self.total = total
        self.hits = hits
        self.facets = facets
        self.nextOffset = nextOffset
    }
}
