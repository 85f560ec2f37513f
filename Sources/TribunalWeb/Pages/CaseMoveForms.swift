import Foundation
import TribunalKernel
import Accounts
import Docket
import CourtOperations

/// The workspace's forms for the moves of a case: which a role may make in the case's state,
/// their controls, and how a submitted form becomes a `CaseMove`. The rules stay the docket's:
/// a refused move comes back with the domain's reason beside the field.
enum CaseMoveForms {
    /// Every move a form can make, with the permission it needs, in the order the page shows them.
    static let moves: [(name: String, permission: Permission)] = [
        ("assign-panel", .assignPanels), ("schedule-hearing", .manageHearings), ("record-hearing", .manageHearings),
        ("decide", .decideCases), ("close", .closeCases), ("record-exclusion", .manageTrialPeriods),
        ("end-exclusion", .manageTrialPeriods), ("request-extension", .requestExtensions),
        ("approve-extension", .decideExtensions), ("refuse-extension", .decideExtensions),
    ]

    /// The permission a move's form needs; nil for a name that is no move.
    static func permission(of move: String) -> Permission? {
        moves.first { $0.name == move }?.permission
    }

    /// The moves that make sense in the case's state: nothing once closed, closing once decided.
    static func available(for courtCase: CourtCase) -> [String] {
        switch courtCase.status {
        case .closed: return []
        case .decided: return ["close"]
        default:
            return moves.map(\.name).filter { name in
                switch name {
                case "close": return false
                case "record-hearing": return courtCase.status == .hearingScheduled
                case "end-exclusion": return courtCase.exclusions.contains { $0.to == nil }
                case "approve-extension", "refuse-extension": return courtCase.extensionRequest != nil
                case "request-extension": return courtCase.extensionRequest == nil
                default: return true
                }
            }
        }
    }

    /// The forms `role` may use on the case, one of them possibly refused with `failures` and
    /// showing the values that were sent.
    static func forms(for courtCase: CourtCase, role: Role, staff: [StaffMember], courtrooms: [Courtroom] = [], today: CalendarDate, wording: Wording,
                      refused: (move: String, form: FormFields, failures: [any DomainFailure])? = nil) -> [StaffForm] {
        available(for: courtCase).compactMap { name in
            guard let permission = permission(of: name), PermissionRegistry.court.may(role, permission) else { return nil }
            let sent = refused?.move == name ? refused : nil
            let blank = controls(name, courtCase, staff: staff, courtrooms: courtrooms, today: today, wording: wording)
            let checkboxes = Set(blank.filter(\.isCheckbox).map(\.name))
            let values = sent?.form.over(defaults(name, courtCase, today), checkboxes: checkboxes) ?? defaults(name, courtCase, today)
            let controls = blank.map { $0.filled(values) }
            return StaffForm(id: name, title: wording("move_\(name)"), action: "/\(wording.language.rawValue)/staff/cases/\(courtCase.id)/\(name)",
                             submit: wording("move_\(name)"), controls: controls, failures: sent?.failures ?? [])
        }
    }

    /// What a form shows before anything is sent: today's date, the panel as it stands.
    static func defaults(_ move: String, _ courtCase: CourtCase, _ today: CalendarDate) -> [String: String] {
        let day = today.description
        switch move {
        case "assign-panel":
            guard let panel = courtCase.panel else { return [:] }
            return ["presidingJudgeId": String(panel.presidingJudgeId), "judge1": panel.judgeIds.first.map(String.init) ?? "",
                    "judge2": panel.judgeIds.dropFirst().first.map(String.init) ?? "",
                    "assistantId": panel.assistantId.map(String.init) ?? "", "clerkId": panel.clerkId.map(String.init) ?? ""]
        case "schedule-hearing":
            let next = today.adding(days: HearingRules.noticeDays)
            return ["mode": "inPerson", "startsAt": "\(next)T09:00", "endsAt": "\(next)T12:00", "isPublic": "true"]
        case "record-hearing": return ["on": courtCase.hearingOn?.description ?? day]
        case "request-extension": return ["requestedOn": day, "months": "3", "days": "0"]
        case "approve-extension":
            let request = courtCase.extensionRequest
            return ["approvedOn": day, "months": request.map { String($0.months) } ?? "0", "days": request.map { String($0.days) } ?? "0",
                    "reason": request?.reason ?? ""]
        case "record-exclusion": return ["from": day]
        default: return ["on": day]
        }
    }

    private static func staffChoices(_ staff: [StaffMember], _ roles: Set<StaffMember.Role>, today: CalendarDate, wording: Wording,
                                     optional: Bool) -> [Choice] {
        let none = optional ? [Choice(value: "", label: wording("none"), selected: false)] : [Choice(value: "", label: wording("choose"), selected: false)]
        return none + staff.filter { roles.contains($0.role) && $0.isInPost(on: today) }.map { member in
            Choice(value: String(member.id), label: wording.language == .zh ? member.nameZh : "\(member.nameEn) (\(member.nameZh))", selected: false)
        }
    }

    private static func controls(_ move: String, _ courtCase: CourtCase, staff: [StaffMember], courtrooms: [Courtroom], today: CalendarDate,
                                 wording: Wording) -> [FormControl] {
        func date(_ name: String, _ label: String, answersFor: [String] = [], required: Bool = true) -> FormControl {
            FormControl(name, wording(label), .date, required: required, answersFor: answersFor)
        }
        switch move {
        case "assign-panel":
            let judges = staffChoices(staff, [.presidingJudge, .judge], today: today, wording: wording, optional: false)
            return [
                FormControl("presidingJudgeId", wording("presidingJudge"), .select,
                            choices: staffChoices(staff, [.presidingJudge], today: today, wording: wording, optional: false),
                            answersFor: ["panel.presidingJudgeId", "panel"]),
                FormControl("judge1", wording("judge") + " 1", .select, choices: judges, answersFor: ["panel.judgeIds"]),
                FormControl("judge2", wording("judge") + " 2", .select, choices: judges),
                FormControl("assistantId", wording("role_assistant"), .select,
                            choices: staffChoices(staff, [.judicialAssistant], today: today, wording: wording, optional: true), required: false,
                            answersFor: ["panel.assistantId"]),
                FormControl("clerkId", wording("role_clerk"), .select,
                            choices: staffChoices(staff, [.clerk], today: today, wording: wording, optional: true), required: false,
                            answersFor: ["panel.clerkId"]),
            ]
        case "schedule-hearing":
            let rooms = [Choice(value: "", label: wording("none"), selected: false)]
                + courtrooms.map { Choice(value: String($0.id), label: wording.language == .zh ? $0.nameZh : $0.nameEn, selected: false) }
            return [FormControl("mode", wording("hearingMode"), .select, choices: PreservationForms.choices(Hearing.Mode.self, "mode", wording)),
                    FormControl("courtroomId", wording("courtroom"), .select, choices: rooms, required: false),
                    FormControl("startsAt", wording("startsAt"), .datetime, hint: wording("noticeHint")),
                    FormControl("endsAt", wording("endsAt"), .datetime, answersFor: ["hearingOn"]),
                    FormControl("isPublic", wording("heardInPublic"), .checkbox, required: false)]
        case "record-hearing": return [date("on", "heardOn", answersFor: ["heardOn"])]
        case "decide":
            return [FormControl("disposition", wording("disposition"), .select,
                                choices: [Choice(value: "", label: wording("choose"), selected: false)]
                                    + Disposition.allCases.map { Choice(value: $0.rawValue, label: wording.language.label($0), selected: false) }),
                    date("on", "decidedOn", answersFor: ["decidedOn"])]
        case "close": return [date("on", "closedOn", answersFor: ["closedOn"])]
        case "record-exclusion":
            return [FormControl("kind", wording("exclusionKind"), .select,
                                choices: TrialPeriodExclusion.Kind.allCases.map { Choice(value: $0.rawValue, label: wording("exclusion_\($0.rawValue)"), selected: false) }),
                    date("from", "from"), date("to", "to", required: false),
                    FormControl("reason", wording("reason"), .textarea), FormControl("approvedBy", wording("approvedBy"), .text)]
        case "end-exclusion":
            let running = courtCase.exclusions.enumerated().filter { $0.element.to == nil }.map { index, exclusion in
                Choice(value: String(index), label: "\(wording("exclusion_\(exclusion.kind.rawValue)")) · \(exclusion.from)", selected: false)
            }
            return [FormControl("index", wording("exclusionKind"), .select, choices: running), date("on", "endedOn")]
        case "request-extension":
            return [FormControl("months", wording("months"), .number), FormControl("days", wording("days"), .number),
                    date("requestedOn", "requestedOn"), FormControl("reason", wording("reason"), .textarea),
                    FormControl("requestedBy", wording("requestedBy"), .text)]
        case "approve-extension":
            return [FormControl("months", wording("months"), .number), FormControl("days", wording("days"), .number),
                    date("approvedOn", "approvedOn"), FormControl("reason", wording("reason"), .textarea),
                    FormControl("approvedBy", wording("approvedBy"), .text)]
        case "refuse-extension":
            return [date("on", "refusedOn"), FormControl("by", wording("refusedBy"), .text),
                    FormControl("reason", wording("reason"), .textarea, required: false)]
        default: return []
        }
    }

    /// The move a submitted form asks for; a value that cannot be read names its field.
    static func move(_ name: String, _ form: FormFields) throws -> CaseMove {
        func day(_ field: String) throws -> CalendarDate {
            guard let date = try form.date(field) else { throw InvalidValue(field: field, "a date is required") }
            return date
        }
        func id(_ field: String) throws -> Int64? {
            form[field].isBlank ? nil : try form.parsed(field, expected: "a staff member of the list", Identifier.parse)
        }
        func count(_ field: String, _ range: ClosedRange<Int>) throws -> Int {
            form[field].isBlank ? 0 : try form.number(field, in: range) ?? 0
        }
        switch name {
        case "assign-panel":
            guard let presiding = try id("presidingJudgeId") else { throw InvalidValue(field: "presidingJudgeId", "choose the presiding judge") }
            let judges = try [id("judge1"), id("judge2")]
            guard let first = judges[0], let second = judges[1] else { throw InvalidValue(field: "judge1", "a panel seats two judges besides the presiding judge") }
            return .assignPanel(Panel(presidingJudgeId: presiding, judgeIds: [first, second], assistantId: try id("assistantId"), clerkId: try id("clerkId")))
        case "record-hearing": return .recordHearing(on: try day("on"))
        case "decide":
            guard let disposition = try form.oneOf("disposition", Disposition.self) else { throw InvalidValue(field: "disposition", "choose how the case was decided") }
            return .decide(disposition, on: try day("on"))
        case "close": return .close(on: try day("on"))
        case "record-exclusion":
            guard let kind = try form.oneOf("kind", TrialPeriodExclusion.Kind.self) else { throw InvalidValue(field: "kind", "choose what the interval is") }
            let to = form["to"].isBlank ? nil : try day("to")
            return .recordExclusion(TrialPeriodExclusion(kind: kind, from: try day("from"), to: to, reason: form["reason"], approvedBy: form["approvedBy"]))
        case "end-exclusion":
            guard let index = try form.number("index", in: 0...1000) else { throw InvalidValue(field: "index", "choose the interval to end") }
            return .endExclusion(index: index, on: try day("on"))
        case "request-extension":
            return .requestExtension(TrialPeriodExtensionRequest(months: try count("months", 0...12), days: try count("days", 0...366),
                                                                 requestedOn: try day("requestedOn"), reason: form["reason"], requestedBy: form["requestedBy"]))
        case "approve-extension":
            return .approveExtension(TrialPeriodExtension(months: try count("months", 0...12), days: try count("days", 0...366),
                                                          approvedOn: try day("approvedOn"), reason: form["reason"], approvedBy: form["approvedBy"]))
        case "refuse-extension": return .refuseExtension(on: try day("on"), by: form["by"], reason: form["reason"])
        default: throw NotFound(field: "move", "no move is called '\(name)'")
        }
    }
}

extension CaseMoveForms {
    /// The hearing a submitted booking form asks for.
    static func hearing(_ form: FormFields) throws -> HearingService.Request {
        guard let mode = try form.oneOf("mode", Hearing.Mode.self) else { throw InvalidValue(field: "mode", "choose how the hearing is held") }
        guard let startsAt = InstantInput.read(form["startsAt"]) else { throw InvalidValue(field: "startsAt", "the day and time it starts, Beijing time") }
        guard let endsAt = InstantInput.read(form["endsAt"]) else { throw InvalidValue(field: "endsAt", "the day and time it ends, Beijing time") }
        let room = form["courtroomId"].isBlank ? nil : try form.parsed("courtroomId", expected: "a courtroom of the list", Identifier.parse)
        return HearingService.Request(mode: mode, courtroomId: room, startsAt: startsAt, endsAt: endsAt, isPublic: form["isPublic"] == "true")
    }
}
