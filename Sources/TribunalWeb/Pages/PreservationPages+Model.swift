import Foundation
import TribunalKernel
import Accounts
import CourtOperations

/// The preservation queue: applications waiting for a ruling on their clocks, orders in force
/// with their fines so far.
enum PreservationQueuePage {
    struct Model: PageModel {
        static let template = "staff-preservation-queue"
        let title: String
        let crumbs: [Crumb]
        let pending: [StaffCasePage.Model.MatterLine]
        let inForce: [StaffCasePage.Model.MatterLine]
        let hasPending: Bool
        let hasInForce: Bool
        let newURL: String?

        init(pending: [PreservationMatter], inForce: [PreservationMatter], role: Role, now: Date, wording: Wording) {
            title = wording("preservation")
            crumbs = StaffArea.crumbs(title, wording)
            self.pending = pending.map { PreservationLine.line($0, now: now, wording: wording) }
            self.inForce = inForce.map { PreservationLine.line($0, now: now, wording: wording) }
            hasPending = !pending.isEmpty
            hasInForce = !inForce.isEmpty
            newURL = PermissionRegistry.court.may(role, .recordPreservation) ? "/\(wording.language.rawValue)/staff/preservation/new" : nil
        }
    }
}

/// A page that is one staff form: filing an application, the damages calculator's entry.
enum StaffFormPage {
    struct Model: PageModel {
        static let template = "staff-form-page"
        let title: String
        let crumbs: [Crumb]
        let intro: String
        let form: StaffForm

        init(title: String, intro: String, form: StaffForm, parent: Crumb?, wording: Wording) {
            self.title = title
            crumbs = [Crumb(title: wording("staffArea"), url: "/\(wording.language.rawValue)/staff")] + (parent.map { [$0] } ?? [])
                + [Crumb(title: title, url: nil)]
            self.intro = intro
            self.form = form
        }
    }
}

/// One preservation matter: the application, the ruling and its clock, reconsideration, reports,
/// the fine statement on a chosen day, the history, and the moves the role may make.
enum PreservationMatterPage {
    struct Model: PageModel {
        static let template = "staff-preservation"

        typealias Fact = LabelledValue
        struct Stretch { let from: String; let through: String; let days: Int; let amount: String; let running: Bool }
        struct Entry { let at: String; let actor: String; let summary: String }

        let title: String
        let crumbs: [Crumb]
        let status: String
        let facts: [Fact]
        let ruling: [Fact]
        let hasRuling: Bool
        let reconsideration: [Fact]
        let hasReconsideration: Bool
        let reports: [Entry]
        let hasReports: Bool
        let hasFine: Bool
        let asOf: String
        let stretches: [Stretch]
        let fineDays: Int
        let fineTotal: String
        let history: [Entry]
        let forms: [StaffForm]
        let hasForms: Bool
        let caseLinks: [Crumb]

        init(matter: PreservationMatter, caseLinks: [(id: Int64, number: String)], role: Role, now: Date, asOf: CalendarDate, wording: Wording,
             refused: (move: String, form: FormFields, failures: [any DomainFailure])? = nil) {
            let lang = wording.language.rawValue
            let formatter = InstantFormatter()
            let number = matter.ruling?.number.canonical ?? matter.caseNumber.canonical
            title = "\(wording("preservation")) \(number)"
            crumbs = StaffArea.crumbs(wording("preservation"), wording).dropLast().map { $0 }
                + [Crumb(title: wording("preservation"), url: "/\(lang)/staff/preservation"), Crumb(title: number, url: nil)]
            status = wording("preservation_\(matter.status.rawValue)")
            let a = matter.application
            var facts = [
                Fact(label: wording("stage"), value: wording("stage_\(matter.stage.rawValue)")),
                Fact(label: wording("applicant"), value: a.applicant),
                Fact(label: wording("respondent"), value: "\(a.respondent) (\(wording("partyKind_\(a.respondentKind.rawValue)")))"),
                Fact(label: wording("measuresAsked"), value: a.measures),
                Fact(label: wording("securityAmount"), value: a.securityAmount.map { "\($0.yuanText) \(wording("yuan"))" + (a.securityForm.map { " · \($0)" } ?? "") } ?? "—"),
                Fact(label: wording("urgentShort"), value: wording(a.urgent ? "yes" : "no")),
                Fact(label: wording("reasons"), value: a.reasons.isEmpty ? "—" : a.reasons),
                Fact(label: wording("receivedAt"), value: formatter.text(a.receivedAt)),
            ]
            if let due = matter.rulingDueAt {
                facts.append(Fact(label: wording("rulingDueAt"), value: formatter.text(due) + " " + (PreservationLine.line(matter, now: now, wording: wording).clock ?? "")))
            }
            if let deadline = matter.suitDeadline {
                let late = deadline.overdue(asOf: CalendarDate(now)) ? " · " + wording("suitOverdue") : ""
                facts.append(Fact(label: wording("suitDueOn"), value: "\(deadline.lastDay)" + (deadline.provisional ? " " + wording("provisionalDay") : "") + late))
            }
            self.facts = facts
            ruling = matter.ruling.map { r in
                [Fact(label: wording("rulingNumber"), value: r.number.canonical),
                 Fact(label: wording("rulingOutcome"), value: wording("outcome_\(r.outcome.rawValue)")),
                 Fact(label: wording("measuresOrdered"), value: r.ordered.isEmpty ? "—" : r.ordered),
                 Fact(label: wording("dailyFine"), value: r.dailyFine.map { "\($0.perDay.yuanText) \(wording("yuan")) · \(wording("fineStartsOn")) \($0.startsOn) · \(wording("trigger_\($0.trigger.rawValue)"))" } ?? "—"),
                 Fact(label: wording("ruledAt"), value: "\(formatter.text(r.ruledAt)) · \(r.ruledBy)")]
            } ?? []
            hasRuling = !ruling.isEmpty
            reconsideration = matter.reconsideration.map { r in
                [Fact(label: wording("reconsiderationApplicant"), value: "\(r.applicant) · \(r.appliedOn)"),
                 Fact(label: wording("grounds"), value: r.grounds),
                 Fact(label: wording("reconsiderationOutcome"), value: r.outcome.map { "\(wording("reconsider_\($0.rawValue)")) · \(r.number?.canonical ?? "") · \(r.decidedOn?.description ?? "")" } ?? wording("pending"))]
            } ?? []
            hasReconsideration = !reconsideration.isEmpty
            reports = matter.reports.map { Entry(at: $0.on.description, actor: $0.reportedBy, summary: "\(wording("report_\($0.kind.rawValue)")): \($0.details)") }
            hasReports = !reports.isEmpty
            let statement = matter.fineStatement(asOf: asOf)
            hasFine = statement != nil
            self.asOf = asOf.description
            stretches = statement?.stretches.map { Stretch(from: $0.from.description, through: $0.through.description, days: $0.days, amount: $0.amount.yuanText, running: $0.running) } ?? []
            fineDays = statement?.days ?? 0
            fineTotal = statement?.total.yuanText ?? "0.00"
            history = matter.history.map { Entry(at: formatter.text($0.at), actor: $0.actor, summary: $0.summary) }
            forms = PreservationForms.forms(for: matter, role: role, today: CalendarDate(now), wording: wording, refused: refused)
            hasForms = !forms.isEmpty
            self.caseLinks = caseLinks.map { Crumb(title: $0.number, url: "/\(lang)/staff/cases/\($0.id)") }
        }
    }
}
