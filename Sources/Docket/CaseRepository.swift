import Foundation
import TribunalKernel
import Accounts

/// The docket: where cases, their numbers and their histories are kept.
///
/// Implemented by the SQLite adapter (StoreSQLite) and, later, PostgreSQL; the store contract
/// suite runs the same tests against each. Every method that writes does all its writing in one
/// transaction: a failure leaves the docket as it was.
public protocol CaseRepository: Sendable {
    /// Dockets a case: allocates the next sequence for (docket year, type), with no duplicate and no
    /// gap even under concurrent calls, stores the case and its first history entry, and returns it.
    func docket(_ draft: NewCase, actor: String, at instant: Date) async throws -> CourtCase

    /// The case with this identifier, or nil.
    func find(id: Int64) async throws -> CourtCase?

    /// The case with this number (without any 之n suffix), or nil.
    func find(number: CaseNumber) async throws -> CourtCase?

    /// One page of cases matching the query, newest docketed first (oldest first when the query
    /// says so), ties by id in the same direction.
    func list(_ query: CaseQuery) async throws -> CasePage

    /// Reads the case, lets `change` apply one move to it, and stores the changed case with the
    /// history entry `change` returns, in one transaction. If `change` throws, nothing is written.
    /// Throws `NotFound` for an unknown id.
    func update(id: Int64, _ change: @Sendable (inout CourtCase) throws -> CaseEvent) async throws -> CourtCase

    /// The case's history, oldest first.
    func events(caseId: Int64) async throws -> [CaseEvent]

    /// How many cases the docket holds.
    func caseCount() async throws -> Int
}

extension CaseRepository {
    /// Every case of `query`, page after page from its cursor on.
    public func all(matching query: CaseQuery) async throws -> [CourtCase] {
        var query = query
        var found: [CourtCase] = []
        repeat {
            let page = try await list(query)
            found += page.cases
            query.after = page.next
        } while query.after != nil
        return found
    }
}

/// Filters for listing the docket, with a cursor for the next page.
public struct CaseQuery: Hashable, Sendable {
    public var year: Int?
    public var type: TribunalCaseType?
    public var cause: CauseOfAction?
    public var status: CaseStatus?
    /// A judge on the panel (presiding or not).
    public var judgeId: Int64?
    public var originCourtCode: String?
    /// The opaque cursor from the previous page.
    public var after: CaseCursor?
    public var limit: Int
    /// Oldest docketed first, instead of newest first.
    public var oldestFirst = false

    public init(year: Int? = nil, type: TribunalCaseType? = nil, cause: CauseOfAction? = nil,
                status: CaseStatus? = nil, judgeId: Int64? = nil, originCourtCode: String? = nil,
                after: CaseCursor? = nil, limit: Int = 50) {
        self.year = year
        self.type = type
        self.cause = cause
        self.status = status
        self.judgeId = judgeId
        self.originCourtCode = originCourtCode
        self.after = after
        self.limit = limit
    }
}

/// A position in the docket's listing order (docketed on, then id, both in the listing's direction).
public struct CaseCursor: Hashable, Sendable {
    public let docketedOn: CalendarDate
    public let id: Int64

    public init(docketedOn: CalendarDate, id: Int64) {
        self.docketedOn = docketedOn
        self.id = id
    }

    /// The cursor as an opaque token for URLs.
    public var token: String {
        Data("\(docketedOn)|\(id)".utf8).base64URLEncodedString()
    }

    /// Reads a token made by `token`.
    public init(token: String) throws(MalformedInput) {
        guard let data = Data(base64URLEncoded: token), let text = String(data: data, encoding: .utf8) else {
            throw MalformedInput(field: "cursor", "not a cursor returned by this API")
        }
        let parts = text.split(separator: "|")
        guard parts.count == 2, let date = CalendarDate(iso: String(parts[0])), let id = Int64(parts[1]) else {
            throw MalformedInput(field: "cursor", "not a cursor returned by this API")
        }
        self.init(docketedOn: date, id: id)
    }
}

/// A page of cases and the cursor of the next page, nil on the last page.
public struct CasePage: Sendable {
    public let cases: [CourtCase]
    public let next: CaseCursor?

    public init(cases: [CourtCase], next: CaseCursor?) {
        self.cases = cases
        self.next = next
    }
}
