import Foundation
import TribunalKernel
import Accounts
import Docket
import CourtOperations

/// Each role's home in the staff area: the work waiting for it, most urgent first, then its tools.
enum StaffHomePage {
    struct Model: PageModel {
        static let template = "staff-home"

        struct CaseLine { let url: String; let number: String; let cause: String?; let status: String; let note: String? }
        struct Section { let id: String; let title: String; let intro: String; let lines: [CaseLine]; let empty: Bool; let emptyText: String }

        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        let greeting: String
        let sections: [Section]
        let preservation: [StaffCasePage.Model.MatterLine]
        let hasPreservation: Bool
        let mayReadStatistics: Bool
        let mayAssessDamages: Bool
        let mayRecordPreservation: Bool

        init(desk: StaffDesk, role: Role, now: Date, wording: Wording) {
            let language = wording.language
            let lang = language.rawValue
            title = wording("staffArea")
            greeting = wording("deskFor", "role", wording("role_\(role.rawValue)"))
            func line(_ courtCase: CourtCase, note: String? = nil) -> CaseLine {
                CaseLine(url: "/\(lang)/staff/cases/\(courtCase.id)", number: courtCase.number.canonical, cause: language.label(courtCase.cause),
                         status: language.label(courtCase.status), note: note)
            }
            func watched(_ entry: TrialPeriodWatchlist.Entry) -> CaseLine {
                let note = entry.overdue ? wording("overdueSince", "date", entry.dueOn.description)
                    : wording("dueIn", "n", String(entry.daysLeft)) + " (\(entry.dueOn))"
                let request = entry.extensionRequest.map { " · " + wording("extensionRequested", "date", $0.requestedOn.description) } ?? ""
                return CaseLine(url: "/\(lang)/staff/cases/\(entry.caseId)", number: entry.caseNumber.canonical, cause: nil,
                                status: language.label(entry.status), note: note + request)
            }
            var sections: [Section] = []
            func add(_ id: String, _ lines: [CaseLine], shown: Bool) {
                guard shown else { return }
                sections.append(Section(id: id, title: wording("desk_\(id)"), intro: wording("desk_\(id)_intro"), lines: lines,
                                        empty: lines.isEmpty, emptyText: wording("desk_\(id)_empty")))
            }
            let judge = role == .judge || role == .presidingJudge
            add("hearings", desk.hearingsThisWeek.map { line($0, note: $0.hearingOn?.description) }, shown: judge || role == .clerk || role == .assistant)
            add("dueSoon", desk.dueSoon.map(watched), shown: true)
            add("extensionRequests", desk.extensionRequests.map(watched), shown: PermissionRegistry.court.may(role, .readStatistics) || role == .presidingJudge)
            add("panelsToForm", desk.panelsToForm.map { line($0, note: $0.docketedOn.description) }, shown: role == .presidingJudge || role == .admin)
            add("hearingsToRecord", desk.hearingsToRecord.map { line($0, note: $0.hearingOn?.description) }, shown: role == .clerk || role == .assistant || role == .admin)
            add("toClose", desk.toClose.map { line($0, note: $0.decidedOn?.description) }, shown: role == .clerk || role == .assistant || role == .admin)
            add("myCases", desk.myCases.map { line($0) }, shown: judge)
            self.sections = sections
            preservation = desk.pendingPreservation.map { PreservationLine.line($0, now: now, wording: wording) }
            hasPreservation = !preservation.isEmpty
            mayReadStatistics = PermissionRegistry.court.may(role, .readStatistics)
            mayAssessDamages = PermissionRegistry.court.may(role, .assessDamages)
            mayRecordPreservation = PermissionRegistry.court.may(role, .recordPreservation)
        }
    }
}
