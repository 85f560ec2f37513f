import Foundation
import TribunalKernel
import Accounts
import Docket

/// The court's trial periods to watch: requests to extend waiting for a leader's decision, then
/// every undecided case due within the window or overdue, grouped by presiding judge, with the
/// court's totals; a leader decides a request from here.
enum TrialPeriodsPage {
    struct Model: PageModel {
        static let template = "staff-trial-periods"

        struct Line { let url: String; let number: String; let status: String; let dueOn: String; let daysLeft: Int; let overdue: Bool; let warnings: [String] }
        struct Request { let line: Line; let months: Int; let days: Int; let length: String; let requestedOn: String; let requestedBy: String; let reason: String
                         let decideBy: String; let late: Bool; let approveURL: String; let refuseURL: String }
        struct Group { let judge: String; let overdue: Int; let dueSoon: Int; let lines: [Line] }

        let title: String
        let crumbs: [Crumb]
        let withinDays: Int
        let dueWithinText: String
        let requests: [Request]
        let hasRequests: Bool
        let mayDecide: Bool
        let groups: [Group]
        let overdueTotal: Int
        let dueSoonTotal: Int
        let today: String

        init(watchlist: TrialPeriodWatchlist, cases: [Int64: CourtCase], staff: [StaffMember], role: Role, wording: Wording) {
            let language = wording.language
            let lang = language.rawValue
            title = wording("trialPeriods")
            crumbs = StaffArea.crumbs(title, wording)
            withinDays = watchlist.withinDays
            dueWithinText = wording("dueWithinN", "n", String(watchlist.withinDays))
            today = watchlist.asOf.description
            let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, language == .zh ? $0.nameZh : "\($0.nameEn) (\($0.nameZh))") })
            func line(_ entry: TrialPeriodWatchlist.Entry) -> Line {
                Line(url: "/\(lang)/staff/cases/\(entry.caseId)", number: entry.caseNumber.canonical, status: language.label(entry.status),
                     dueOn: entry.dueOn.description, daysLeft: entry.daysLeft, overdue: entry.overdue, warnings: entry.warnings)
            }
            requests = watchlist.entries.compactMap { entry in
                guard let request = entry.extensionRequest else { return nil }
                // 法释〔2018〕9号 Art. 1: decided at least five days before the period ends.
                let decideBy = entry.dueOn.adding(days: -5)
                let length = wording("extensionLength", "months", String(request.months)).replacingOccurrences(of: "{days}", with: String(request.days))
                return Request(line: line(entry), months: request.months, days: request.days, length: length, requestedOn: request.requestedOn.description,
                               requestedBy: request.requestedBy, reason: request.reason, decideBy: decideBy.description,
                               late: watchlist.asOf > decideBy, approveURL: "/\(lang)/staff/cases/\(entry.caseId)/approve-extension",
                               refuseURL: "/\(lang)/staff/cases/\(entry.caseId)/refuse-extension")
            }
            hasRequests = !requests.isEmpty
            mayDecide = PermissionRegistry.court.may(role, .decideExtensions)
            let byJudge = Dictionary(grouping: watchlist.entries) { cases[$0.caseId]?.panel?.presidingJudgeId }
            groups = byJudge.map { judge, entries in
                Group(judge: judge.flatMap { names[$0] } ?? wording("noPanelYet"), overdue: entries.filter(\.overdue).count,
                      dueSoon: entries.filter { !$0.overdue }.count, lines: entries.map(line))
            }.sorted { ($0.overdue, $0.dueSoon, $1.judge) > ($1.overdue, $1.dueSoon, $0.judge) }
            overdueTotal = watchlist.entries.filter(\.overdue).count
            dueSoonTotal = watchlist.entries.count - overdueTotal
        }
    }
}
