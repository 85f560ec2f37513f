import Foundation
import TribunalKernel
import Accounts

/// The docket's rules in one place: what may be docketed, how a case is found by the numbers
/// people type, how a move is applied, and which trial periods need watching. Repositories only
/// store and load; every engine gets the same rules from here.
public struct DocketService: Sendable {
    public let cases: any CaseRepository
    public let staff: any StaffRepository

    public init(cases: any CaseRepository, staff: any StaffRepository) {
        self.cases = cases
        self.staff = staff
    }

    /// Dockets a new case after checking it: its parties, origin court and dates (see
    /// `NewCase.validate`). A refused case writes nothing and takes no number.
    public func docket(_ draft: NewCase, actor: String, at instant: Date) async throws -> CourtCase {
        try draft.validate()
        return try await cases.docket(draft, actor: actor, at: instant)
    }

    /// The case with this id; `NotFound` naming the id otherwise.
    public func courtCase(id: Int64) async throws -> CourtCase {
        guard let found = try await cases.find(id: id) else { throw NotFound(field: "id", "no case has id \(id)") }
        return found
    }

    /// The case a person names: by id, or by its number in any accepted spelling. A number of
    /// another court is refused, naming that court.
    public func courtCase(reference: String) async throws -> CourtCase {
        if let id = Int64(reference) { return try await courtCase(id: id) }
        let number = try CaseNumber(parsing: reference)
        guard number.isTribunalNumber else {
            throw InvalidValue(field: "caseNumber", "\(number.canonical) is a number of \(number.courtCode), not of the Tribunal")
        }
        guard let found = try await cases.find(number: number) else {
            throw NotFound(field: "caseNumber", "no case has the number \(number.withoutSuffix.canonical)")
        }
        return found
    }

    /// One page of the docket.
    public func list(_ query: CaseQuery) async throws -> CasePage {
        try await cases.list(query)
    }

    /// A case's history, oldest first; `NotFound` for an unknown case.
    public func events(caseId: Int64) async throws -> [CaseEvent] {
        _ = try await courtCase(id: caseId)
        return try await cases.events(caseId: caseId)
    }

    /// The case's trial period as it stands on `asOf`.
    public func trialPeriod(caseId: Int64, asOf: CalendarDate) async throws -> TrialPeriodReport {
        try await courtCase(id: caseId).trialPeriod(asOf: asOf)
    }

    /// Applies one move to the case inside the repository's transaction: the lifecycle's rules
    /// decide, and a refused move writes nothing. A panel is checked against the staff in post.
    public func apply(_ move: CaseMove, toCase id: Int64, actor: String, at instant: Date) async throws -> CourtCase {
        // Only a panel is checked against the staff list; other moves need not read it.
        let directory: [Int64: StaffMember]
        if case .assignPanel = move { directory = try await staff.directory() } else { directory = [:] }
        return try await cases.update(id: id) { courtCase in
            try courtCase.apply(move, staff: directory, actor: actor, at: instant)
        }
    }

    /// Undecided cases whose trial period ends within `withinDays` or has ended, and every
    /// pending extension request, most urgent first.
    public func watchlist(asOf: CalendarDate, withinDays: Int) async throws -> TrialPeriodWatchlist {
        TrialPeriodWatchlist(cases: try await openCases(), asOf: asOf, withinDays: withinDays)
    }

    /// Every undecided case, of one judge's panels when `judgeId` is given.
    public func openCases(judgeId: Int64? = nil) async throws -> [CourtCase] {
        try await openCases(matching: CaseQuery(judgeId: judgeId))
    }

    /// The undecided cases of `query`'s filters (its status, if any, must be an undecided one).
    public func openCases(matching query: CaseQuery) async throws -> [CourtCase] {
        var open: [CourtCase] = []
        for status in CaseStatus.allCases where status != .decided && status != .closed && (query.status ?? status) == status {
            var byStatus = query
            byStatus.status = status
            byStatus.after = nil
            byStatus.limit = 200
            open += try await cases.all(matching: byStatus)
        }
        return open
    }

    /// The undecided cases of `query`'s filters whose trial period ends soonest, overdue ones
    /// first and those without a limit (foreign-related) last, `limit` of them from `offset`;
    /// `more` says whether others follow. The order is worked out from each case's trial period
    /// as of `asOf`, so it reads every undecided case of the filters: the open docket, not the archive.
    public func dueSoonest(_ query: CaseQuery, asOf: CalendarDate, offset: Int, limit: Int) async throws -> (cases: [CourtCase], more: Bool) {
        if let status = query.status, status == .decided || status == .closed {
            throw InvalidValue(field: "sort", "a \(status.rawValue) case has no trial period running: order them by docketing instead")
        }
        let ordered = try await openCases(matching: query)
            .map { (courtCase: $0, dueOn: $0.trialPeriod(asOf: asOf).dueOn) }
            .sorted { a, b in
                switch (a.dueOn, b.dueOn) {
                case let (x?, y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return (a.courtCase.docketedOn, a.courtCase.id) < (b.courtCase.docketedOn, b.courtCase.id)
                }
            }
        let page = ordered.dropFirst(offset).prefix(limit).map(\.courtCase)
        return (Array(page), ordered.count > offset + limit)
    }
}
