import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import CourtOperations

/// A case as the panel and the clerks work on it: parties, panel, the decision under appeal,
/// the trial period, preservation matters, damages assessments, hearings, every event on one
/// timeline, and the forms for the moves the signed-in role may make.
enum StaffCasePage {
    struct Model: PageModel {
        /// The name a refused hearing outcome is shown back under.
        static let hearingOutcomeMove = "hearing-outcome"

        static let template = "staff-case"

        typealias Fact = LabelledValue
        struct PartyLine { let role: String; let name: String; let nameEn: String?; let kind: String; let abroad: Bool; let counsel: String? }
        struct Seat { let role: String; let name: String }
        struct Entry { let at: String; let actor: String; let summary: String; let source: String }
        struct MatterLine { let url: String; let number: String; let status: String; let applicant: String; let clock: String?; let late: Bool; let fine: String? }
        struct AssessmentLine { let law: String; let basis: String; let total: String; let recordedBy: String; let recordedAt: String }
        struct HearingLine {
            let when: String; let mode: String; let place: String; let status: String; let isPublic: Bool
            /// What the clerk can record of a scheduled hearing: held (once begun), postponed, cancelled.
            let outcomes: [HearingOutcomeButton]
        }
        struct HearingOutcomeButton { let action: String; let label: String }
        struct Period {
            let limit: String
            let startsOn: String
            let used: Int
            let excluded: Int
            let allowed: String
            let left: String
            let dueOn: String
            let overdue: Bool
            let warnings: [String]
            let explanation: [String]
            let hasWarnings: Bool
        }

        let title: String
        let crumbs: [Crumb]
        let number: String
        let status: String
        let facts: [Fact]
        let origin: [Fact]
        let hasOrigin: Bool
        let parties: [PartyLine]
        let panel: [Seat]
        let hasPanel: Bool
        let period: Period
        let timeline: [Entry]
        let matters: [MatterLine]
        let hasMatters: Bool
        let assessments: [AssessmentLine]
        let hasAssessments: Bool
        let hearings: [HearingLine]
        let hasHearings: Bool
        /// Why recording a hearing's outcome was refused.
        let hearingProblem: String?
        let calendarURL: String
        let forms: [StaffForm]
        let hasForms: Bool
        let preservationURL: String?
        struct JudgmentLine { let url: String; let number: String; let kind: String; let status: String }
        let judgments: [JudgmentLine]
        let hasJudgments: Bool
        /// Where a judgment of the case is drafted, for those who draft.
        let draftJudgmentURL: String?
        let damagesURL: String?

        init(courtCase: CourtCase, events: [CaseEvent], matters: [PreservationMatter], assessments: [RecordedAssessment],
             hearings: [Hearing] = [], courtrooms: [Courtroom] = [], judgments: [Judgment] = [], staff: [StaffMember], role: Role, now: Date, wording: Wording,
             refused: (move: String, form: FormFields, failures: [any DomainFailure])? = nil) {
            let language = wording.language
            let lang = language.rawValue
            let today = CalendarDate(now)
            let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, language == .zh ? $0.nameZh : "\($0.nameEn) (\($0.nameZh))") })
            number = courtCase.number.canonical
            title = number
            crumbs = [Crumb(title: wording("staffArea"), url: "/\(lang)/staff"), Crumb(title: wording("docket"), url: "/\(lang)/staff/cases"),
                      Crumb(title: number, url: nil)]
            status = language.label(courtCase.status)
            let dash = "—"
            facts = [
                Fact(label: wording("caseType"), value: language.label(courtCase.type)),
                Fact(label: wording("cause"), value: language.label(courtCase.cause)),
                Fact(label: wording("technicalField"), value: courtCase.technicalField ?? dash),
                Fact(label: wording("foreignRelated"), value: wording(courtCase.foreignRelated ? "yes" : "no")),
                Fact(label: wording("receivedOn"), value: courtCase.receivedOn.description),
                Fact(label: wording("docketedOn"), value: courtCase.docketedOn.description),
                Fact(label: wording("hearingOn"), value: courtCase.hearingOn?.description ?? dash),
                Fact(label: wording("decidedOn"), value: courtCase.decidedOn?.description ?? dash),
                Fact(label: wording("disposition"), value: courtCase.disposition.map(language.label) ?? dash),
                Fact(label: wording("closedOn"), value: courtCase.closedOn?.description ?? dash),
            ]
            origin = courtCase.origin.map { origin in
                [Fact(label: wording("court_"), value: language.courtLabel(origin.courtCode)),
                 Fact(label: wording("caseNumber"), value: origin.caseNumber.canonical),
                 Fact(label: wording("decidedOn"), value: origin.decidedOn.description),
                 Fact(label: wording("decisionKind"), value: wording("decision_\(origin.kind.rawValue)"))]
            } ?? []
            hasOrigin = !origin.isEmpty
            parties = courtCase.parties.map { party in
                PartyLine(role: wording("party_\(party.role.rawValue)"), name: party.name, nameEn: party.nameEn,
                          kind: wording("partyKind_\(party.kind.rawValue)"), abroad: !party.domiciledInChina,
                          counsel: party.counsel.isEmpty ? nil : party.counsel.map { [$0.name, $0.firm].compactMap { $0 }.joined(separator: ", ") }.joined(separator: "; "))
            }
            if let seats = courtCase.panel {
                panel = [Seat(role: wording("presidingJudge"), name: names[seats.presidingJudgeId] ?? "#\(seats.presidingJudgeId)")]
                    + seats.judgeIds.map { Seat(role: wording("judge"), name: names[$0] ?? "#\($0)") }
                    + [seats.assistantId.map { Seat(role: wording("role_assistant"), name: names[$0] ?? "#\($0)") },
                       seats.clerkId.map { Seat(role: wording("role_clerk"), name: names[$0] ?? "#\($0)") }].compactMap { $0 }
            } else {
                panel = []
            }
            hasPanel = !panel.isEmpty
            let report = courtCase.trialPeriod(asOf: today)
            period = Period(limit: courtCase.trialPeriodLimit.map { language.label($0.period) } ?? wording("noLimit"), startsOn: report.countingStartsOn.description,
                            used: report.daysUsed, excluded: report.daysExcluded, allowed: report.daysAllowed.map(String.init) ?? dash,
                            left: report.daysLeft.map(String.init) ?? dash, dueOn: report.dueOn?.description ?? dash, overdue: report.overdue,
                            warnings: report.warnings, explanation: report.explanation, hasWarnings: !report.warnings.isEmpty)

            let formatter = InstantFormatter()
            var entries: [(Date, Entry)] = events.map { event in
                (event.at, Entry(at: formatter.text(event.at), actor: event.actor, summary: event.summary, source: wording("docket")))
            }
            for matter in matters {
                for event in matter.history {
                    entries.append((event.at, Entry(at: formatter.text(event.at), actor: event.actor, summary: event.summary,
                                                    source: wording("preservation") + " " + matter.caseNumber.canonical)))
                }
            }
            for recorded in assessments {
                entries.append((recorded.recordedAt, Entry(at: formatter.text(recorded.recordedAt), actor: recorded.recordedBy,
                                                           summary: "\(wording("damagesRecorded")): \(recorded.assessment.total.yuanText) \(wording("yuan"))",
                                                           source: wording("damages"))))
            }
            timeline = entries.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)

            self.matters = matters.map { PreservationLine.line($0, now: now, wording: wording) }
            hasMatters = !matters.isEmpty
            self.assessments = assessments.map { recorded in
                AssessmentLine(law: wording("law_\(recorded.assessment.claim.law.rawValue)"), basis: wording("basis_\(recorded.assessment.claim.basis.rawValue)"),
                               total: recorded.assessment.total.yuanText, recordedBy: recorded.recordedBy, recordedAt: formatter.text(recorded.recordedAt))
            }
            hasAssessments = !assessments.isEmpty
            let rooms = Dictionary(uniqueKeysWithValues: courtrooms.map { ($0.id, $0) })
            let mayManageHearings = PermissionRegistry.court.may(role, .manageHearings)
            self.hearings = hearings.map { hearing in
                let end = InstantFormatter().text(hearing.endsAt).suffix(5)
                let room = hearing.courtroomId.flatMap { rooms[$0] }.map { language == .zh ? $0.nameZh : $0.nameEn }
                let outcomes: [Hearing.Status] = !mayManageHearings || hearing.status != .scheduled ? []
                    : (hearing.startsAt <= now ? [.held] : []) + [.postponed, .cancelled]
                return HearingLine(when: "\(formatter.text(hearing.startsAt))–\(end)", mode: wording("mode_\(hearing.mode.rawValue)"),
                                   place: room ?? "—", status: wording("hearing_\(hearing.status.rawValue)"), isPublic: hearing.isPublic,
                                   outcomes: outcomes.map { HearingOutcomeButton(action: "/\(lang)/staff/hearings/\(hearing.id)/\($0.rawValue)",
                                                                                 label: wording("markHearing_\($0.rawValue)")) })
            }
            hearingProblem = refused.flatMap { $0.move == Self.hearingOutcomeMove ? $0.failures.map(\.fieldAndReason).joined(separator: "; ") : nil }
            hasHearings = !hearings.isEmpty
            calendarURL = "/\(lang)/staff/cases/\(courtCase.id)/hearings.ics"
            forms = CaseMoveForms.forms(for: courtCase, role: role, staff: staff, courtrooms: courtrooms, today: today, wording: wording, refused: refused)
            hasForms = !forms.isEmpty
            let open = courtCase.status != .closed
            self.judgments = judgments.map { judgment in
                JudgmentLine(url: "/\(lang)/staff/judgments/\(judgment.id)", number: judgment.caseNumber.canonical,
                             kind: wording("judgmentKind_\(judgment.kind.rawValue)"), status: wording("judgmentStatus_\(judgment.status.rawValue)"))
            }
            hasJudgments = !judgments.isEmpty
            draftJudgmentURL = PermissionRegistry.court.may(role, .draftJudgments) ? "/\(lang)/staff/cases/\(courtCase.id)/judgments/new" : nil
            preservationURL = open && PermissionRegistry.court.may(role, .recordPreservation) ? "/\(lang)/staff/preservation/new?case=\(courtCase.id)" : nil
            damagesURL = PermissionRegistry.court.may(role, .assessDamages) ? "/\(lang)/staff/damages?case=\(courtCase.id)" : nil
        }
    }
}

/// A preservation matter as one line of a list: number, status, the 48-hour clock, the fine so far.
enum PreservationLine {
    static func line(_ matter: PreservationMatter, now: Date, wording: Wording) -> StaffCasePage.Model.MatterLine {
        let lang = wording.language.rawValue
        var clock: String?
        var late = false
        if matter.status == .pending, let due = matter.rulingDueAt {
            let hours = Int((due.timeIntervalSince(now) / 3600).rounded(.down))
            late = hours < 0
            clock = late ? wording("clockOverdue", "n", String(-hours)) : wording("clockLeft", "n", String(hours))
        }
        let fine = matter.fineStatement(asOf: CalendarDate(now)).map { "\($0.total.yuanText) \(wording("yuan"))" }
        return StaffCasePage.Model.MatterLine(url: "/\(lang)/staff/preservation/\(matter.id)", number: matter.ruling?.number.canonical ?? matter.caseNumber.canonical,
                                         status: wording("preservation_\(matter.status.rawValue)"), applicant: matter.application.applicant,
                                         clock: clock, late: late, fine: fine)
    }
}

/// An instant as the court reads it: Beijing time, to the minute.
struct InstantFormatter {
    private let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    func text(_ instant: Date) -> String { formatter.string(from: instant) }
}
