import Foundation
import TribunalKernel
import Accounts
import Docket
import CourtOperations

/// What waits on a staff member's desk, by role: a judge's own undecided cases and this week's
/// hearings, trial periods due soon or overdue, cases without a panel for a presiding judge,
/// dockets to complete for a clerk (hearings to record, decided cases to close), applications for
/// preservation waiting for a ruling, and extension requests for the court's leaders.
struct StaffDesk {
    /// Days ahead a trial period counts as due soon.
    static let dueSoonDays = 30

    let today: CalendarDate
    let weekStart: CalendarDate
    let myCases: [CourtCase]
    let hearingsThisWeek: [CourtCase]
    let dueSoon: [TrialPeriodWatchlist.Entry]
    let panelsToForm: [CourtCase]
    let hearingsToRecord: [CourtCase]
    let toClose: [CourtCase]
    let pendingPreservation: [PreservationMatter]
    let extensionRequests: [TrialPeriodWatchlist.Entry]

    static func load(for account: Account, services: TribunalServices, today: CalendarDate) async throws -> StaffDesk {
        let role = account.role
        let judge = role == .judge || role == .presidingJudge
        let mineOnly = judge && account.staffId != nil
        let open = try await services.docket.openCases(judgeId: mineOnly ? account.staffId : nil)
        let weekStart = today.adding(days: -(today.isoWeekday - 1))
        let weekEnd = weekStart.adding(days: 6)
        let watch = TrialPeriodWatchlist(cases: open, asOf: today, withinDays: dueSoonDays)
        let forms = role == .presidingJudge || role == .admin
        let keepsDocket = role == .clerk || role == .assistant || role == .admin
        let leads = PermissionRegistry.court.may(role, .readStatistics)
        let mine = Set(open.map(\.id))
        let pending = PermissionRegistry.court.may(role, .recordPreservation) || leads
            ? try await services.preservation.pendingRulings().filter { !mineOnly || !Set($0.caseIds).isDisjoint(with: mine) || $0.caseIds.isEmpty }
            : []
        return StaffDesk(
            today: today, weekStart: weekStart,
            myCases: judge ? open : [],
            hearingsThisWeek: open.filter { $0.status == .hearingScheduled && ($0.hearingOn.map { (weekStart...weekEnd).contains($0) } ?? false) }
                .sorted { ($0.hearingOn!, $0.id) < ($1.hearingOn!, $1.id) },
            dueSoon: watch.entries,
            panelsToForm: forms ? try await services.cases.all(matching: CaseQuery(status: .docketed, limit: 200)) : [],
            hearingsToRecord: keepsDocket ? open.filter { $0.status == .hearingScheduled && ($0.hearingOn.map { $0 < today } ?? false) } : [],
            toClose: keepsDocket ? try await services.cases.all(matching: CaseQuery(status: .decided, limit: 200)) : [],
            pendingPreservation: pending,
            extensionRequests: leads || forms ? watch.entries.filter { $0.extensionRequest != nil } : [])
    }
}
