import Foundation
import TribunalKernel
import Accounts
import Docket

/// The docket as the clerks and judges work through it: filters by status, type, cause, year,
/// court below and judge (a judge's own cases first), in the order asked for (newest or oldest
/// docketed first, or trial period ending soonest), a number to go straight to, each case with its
/// trial period, and the next page.
enum DocketPage {
    /// The orders the docket is listed in.
    enum Order: String, CaseIterable {
        case newest, oldest, dueSoonest
    }

    struct Model: PageModel {
        static let template = "staff-docket"

        struct Row {
            let url: String
            let number: String
            let cause: String
            let status: String
            let parties: String
            let docketedOn: String
            let dueOn: String
            let daysLeft: String
            let overdue: Bool
        }

        struct Filter { let name: String; let label: String; let choices: [Choice] }

        let title: String
        let crumbs: [Crumb]
        let filters: [Filter]
        let yearValue: String
        let mineChecked: Bool
        let mayFilterMine: Bool
        let rows: [Row]
        let empty: Bool
        let nextURL: String?
        let problem: String?

        /// The page for `query` (already read from the address) in `order`, with its `cases`;
        /// `next` is the query-string item of the next page (a cursor or a position), if any.
        init(query: CaseQuery, order: Order, mine: Bool, mayFilterMine: Bool, cases: [CourtCase], next: String?, failure: (any DomainFailure)?,
             today: CalendarDate, wording: Wording) {
            let language = wording.language
            let lang = language.rawValue
            title = wording("docket")
            crumbs = StaffArea.crumbs(title, wording)
            func choices<T: Hashable>(_ all: [T], _ selected: T?, _ value: (T) -> String, _ label: (T) -> String) -> [Choice] {
                [Choice(value: "", label: wording("any"), selected: selected == nil)]
                    + all.map { Choice(value: value($0), label: label($0), selected: $0 == selected) }
            }
            filters = [
                Filter(name: "status", label: wording("status"), choices: choices(CaseStatus.allCases, query.status, \.rawValue, language.label)),
                Filter(name: "type", label: wording("caseType"), choices: choices(TribunalCaseType.allCases, query.type, \.rawValue, language.label)),
                Filter(name: "cause", label: wording("cause"), choices: choices(CauseOfAction.allCases, query.cause, \.rawValue, language.label)),
                Filter(name: "sort", label: wording("sortOrder"), choices: Order.allCases.map {
                    Choice(value: $0.rawValue, label: wording("sort" + $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst()), selected: $0 == order)
                }),
            ]
            yearValue = query.year.map(String.init) ?? ""
            mineChecked = mine
            self.mayFilterMine = mayFilterMine
            problem = failure?.fieldAndReason
            rows = cases.map { courtCase in
                let report = courtCase.trialPeriod(asOf: today)
                let undecided = courtCase.decidedOn == nil
                return Row(url: "/\(lang)/staff/cases/\(courtCase.id)", number: courtCase.number.canonical, cause: language.label(courtCase.cause),
                           status: language.label(courtCase.status),
                           parties: courtCase.parties.prefix(2).map(\.name).joined(separator: "；") + (courtCase.parties.count > 2 ? "…" : ""),
                           docketedOn: courtCase.docketedOn.description,
                           dueOn: undecided ? report.dueOn?.description ?? "—" : "—",
                           daysLeft: undecided ? report.daysLeft.map(String.init) ?? "—" : "—", overdue: undecided && report.overdue)
            }
            empty = rows.isEmpty
            nextURL = next.map { next in
                "/\(lang)/staff/cases?" + (Self.queryItems(query, mine: mine) + (order == .newest ? [] : ["sort=\(order.rawValue)"]) + [next]).joined(separator: "&")
            }
        }

        /// The filters as query-string items, to carry them to the next page.
        static func queryItems(_ query: CaseQuery, mine: Bool) -> [String] {
            var items: [String] = []
            if let status = query.status { items.append("status=\(status.rawValue)") }
            if let type = query.type { items.append("type=" + (type.rawValue.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
            if let cause = query.cause { items.append("cause=\(cause.rawValue)") }
            if let year = query.year { items.append("year=\(year)") }
            if mine { items.append("mine=true") }
            return items
        }
    }
}
