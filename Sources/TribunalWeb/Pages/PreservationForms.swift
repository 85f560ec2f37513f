import Foundation
import TribunalKernel
import Accounts
import CourtOperations

/// The workspace's forms for action preservation: filing an application, and each move of a
/// matter the role may make in its state; a submitted form becomes the domain's value, and a value
/// that cannot be read names its field.
enum PreservationForms {
    static let moves: [(name: String, permission: Permission)] = [
        ("rule", .rulePreservation), ("reconsideration", .recordPreservation), ("reconsideration-decision", .rulePreservation),
        ("report", .recordPreservation), ("lift", .rulePreservation),
    ]

    static func permission(of move: String) -> Permission? { moves.first { $0.name == move }?.permission }

    /// The moves that make sense in the matter's state.
    static func available(for matter: PreservationMatter) -> [String] {
        switch matter.status {
        case .pending: return ["rule"]
        case .inForce:
            var names = ["report", "lift"]
            if matter.reconsideration == nil { names.insert("reconsideration", at: 0) }
            if matter.reconsideration != nil, matter.reconsideration?.outcome == nil { names.insert("reconsideration-decision", at: 0) }
            return names
        case .refused:
            return matter.ruling != nil && matter.reconsideration == nil ? ["reconsideration"]
                : matter.reconsideration?.outcome == nil && matter.reconsideration != nil ? ["reconsideration-decision"] : []
        case .lifted: return []
        }
    }

    static func choices<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ prefix: String, _ wording: Wording) -> [Choice] where T.RawValue == String {
        T.allCases.map { Choice(value: $0.rawValue, label: wording("\(prefix)_\($0.rawValue)"), selected: false) }
    }

    static func forms(for matter: PreservationMatter, role: Role, today: CalendarDate, wording: Wording,
                      refused: (move: String, form: FormFields, failures: [any DomainFailure])?) -> [StaffForm] {
        available(for: matter).compactMap { name in
            guard let permission = permission(of: name), PermissionRegistry.court.may(role, permission) else { return nil }
            let day = today.description
            let defaults: [String: String] = ["on": day, "appliedOn": day, "decidedOn": day, "liftedOn": day, "startsOn": day,
                                              "outcome": name == "rule" ? "granted" : "dismissed", "trigger": "fromBreach",
                                              "kind": matter.isInBreach ? "compliance" : "breach"]
            let sent = refused?.move == name ? refused : nil
            let values = sent?.form.over(defaults) ?? defaults
            return StaffForm(id: name, title: wording("pmove_\(name)"), action: "/\(wording.language.rawValue)/staff/preservation/\(matter.id)/\(name)",
                             submit: wording("pmove_\(name)"), controls: controls(name, wording).map { $0.filled(values) }, failures: sent?.failures ?? [])
        }
    }

    private static func controls(_ move: String, _ wording: Wording) -> [FormControl] {
        switch move {
        case "rule":
            return [FormControl("outcome", wording("rulingOutcome"), .select, choices: choices(PreservationRuling.Outcome.self, "outcome", wording)),
                    FormControl("ordered", wording("measuresOrdered"), .textarea, required: false),
                    FormControl("perDay", wording("finePerDay"), .number, required: false, hint: wording("finePerDayHint"), answersFor: ["dailyFine.perDay"]),
                    FormControl("startsOn", wording("fineStartsOn"), .date, required: false, answersFor: ["dailyFine.startsOn"]),
                    FormControl("trigger", wording("fineTrigger"), .select, choices: choices(DailyFine.Trigger.self, "trigger", wording), required: false)]
        case "reconsideration":
            return [FormControl("applicant", wording("reconsiderationApplicant"), .text), FormControl("appliedOn", wording("appliedOn"), .date),
                    FormControl("rulingReceivedOn", wording("rulingReceivedOn"), .date, required: false, hint: wording("rulingReceivedOnHint")),
                    FormControl("grounds", wording("grounds"), .textarea)]
        case "reconsideration-decision":
            return [FormControl("outcome", wording("reconsiderationOutcome"), .select, choices: choices(Reconsideration.Outcome.self, "reconsider", wording)),
                    FormControl("decidedOn", wording("decidedOn"), .date), FormControl("variedOrder", wording("variedOrder"), .textarea, required: false)]
        case "report":
            return [FormControl("kind", wording("reportKind"), .select, choices: choices(ComplianceReport.Kind.self, "report", wording)),
                    FormControl("on", wording("reportFrom"), .date), FormControl("reportedBy", wording("reportedBy"), .text),
                    FormControl("details", wording("details"), .textarea)]
        case "lift":
            return [FormControl("liftedOn", wording("liftedOn"), .date), FormControl("reason", wording("reason"), .textarea)]
        default: return []
        }
    }

    /// The move a submitted form asks for.
    static func move(_ name: String, _ form: FormFields) throws -> PreservationMove {
        func day(_ field: String) throws -> CalendarDate {
            guard let date = try form.date(field) else { throw InvalidValue(field: field, "a date is required") }
            return date
        }
        switch name {
        case "rule":
            guard let outcome = try form.oneOf("outcome", PreservationRuling.Outcome.self) else { throw InvalidValue(field: "outcome", "choose the outcome") }
            var fine: DailyFine?
            if !form["perDay"].isBlank {
                guard let trigger = try form.oneOf("trigger", DailyFine.Trigger.self) else { throw InvalidValue(field: "trigger", "choose when the fine runs") }
                fine = DailyFine(perDay: try MoneyInput.read(form, "perDay"), startsOn: try day("startsOn"), trigger: trigger)
            }
            return .rule(outcome, ordered: form["ordered"], dailyFine: fine)
        case "reconsideration":
            let received = form["rulingReceivedOn"].isBlank ? nil : try day("rulingReceivedOn")
            return .applyForReconsideration(Reconsideration(applicant: form["applicant"], appliedOn: try day("appliedOn"), rulingReceivedOn: received, grounds: form["grounds"]))
        case "reconsideration-decision":
            guard let outcome = try form.oneOf("outcome", Reconsideration.Outcome.self) else { throw InvalidValue(field: "outcome", "choose the decision") }
            return .decideReconsideration(outcome, on: try day("decidedOn"), variedOrder: form["variedOrder"].isBlank ? nil : form["variedOrder"])
        case "report":
            guard let kind = try form.oneOf("kind", ComplianceReport.Kind.self) else { throw InvalidValue(field: "kind", "choose what is reported") }
            return .report(kind, on: try day("on"), details: form["details"], reportedBy: form["reportedBy"])
        case "lift":
            return .lift(on: try day("liftedOn"), reason: form["reason"])
        default: throw NotFound(field: "move", "no move is called '\(name)'")
        }
    }

    /// The application a clerk files, from the form.
    static func application(_ form: FormFields, caseIds: [Int64]) throws -> NewPreservationMatter {
        guard let stage = try form.oneOf("stage", PreservationMatter.Stage.self) else { throw InvalidValue(field: "stage", "choose before or during litigation") }
        guard let kind = try form.oneOf("respondentKind", RespondentKind.self) else { throw InvalidValue(field: "respondentKind", "choose a person or an organisation") }
        guard let receivedAt = InstantInput.read(form["receivedAt"]) else {
            throw InvalidValue(field: "receivedAt", "the day and time of receipt, Beijing time (YYYY-MM-DDTHH:MM)")
        }
        let security = form["securityAmount"].isBlank ? nil : try MoneyInput.read(form, "securityAmount")
        return NewPreservationMatter(stage: stage, caseIds: stage == .duringLitigation ? caseIds : [], application: PreservationApplication(
            applicant: form["applicant"], respondent: form["respondent"], respondentKind: kind, measures: form["measures"],
            securityAmount: security, securityForm: form["securityForm"].isBlank ? nil : form["securityForm"],
            urgent: form["urgent"] == "true", reasons: form["reasons"], receivedAt: receivedAt))
    }

    /// The filing form's controls.
    static func filing(values: [String: String], wording: Wording, failures: [any DomainFailure]) -> StaffForm {
        let controls = [
            FormControl("stage", wording("stage"), .select, choices: choices(PreservationMatter.Stage.self, "stage", wording)),
            FormControl("caseNumbers", wording("caseNumbersHeard"), .text, required: false, hint: wording("caseNumbersHint"), answersFor: ["caseIds"]),
            FormControl("applicant", wording("applicant"), .text, answersFor: ["application.applicant"]),
            FormControl("respondent", wording("respondent"), .text, answersFor: ["application.respondent"]),
            FormControl("respondentKind", wording("respondentKind"), .select, choices: choices(RespondentKind.self, "partyKind", wording)),
            FormControl("measures", wording("measuresAsked"), .textarea, answersFor: ["application.measures"]),
            FormControl("securityAmount", wording("securityAmount"), .number, required: false, answersFor: ["application.securityAmount"]),
            FormControl("securityForm", wording("securityForm"), .text, required: false, answersFor: ["application.securityForm"]),
            FormControl("urgent", wording("urgent"), .checkbox, required: false),
            FormControl("reasons", wording("reasons"), .textarea, required: false, answersFor: ["application.reasons"]),
            FormControl("receivedAt", wording("receivedAt"), .datetime, answersFor: ["application.receivedAt"]),
        ]
        return StaffForm(id: "file", title: wording("filePreservation"), action: "/\(wording.language.rawValue)/staff/preservation",
                         submit: wording("file"), controls: controls.map { $0.filled(values) }, failures: failures)
    }
}

extension FormControl {
    /// The control showing `values[name]`, its choice selected.
    func filled(_ values: [String: String]) -> FormControl {
        if isSelect { return selecting(values[name] ?? "") }
        var control = self
        control.value = values[name] ?? ""
        return control
    }
}

/// An amount of money as a person types it: digits with an optional fen, thousands separators allowed.
enum MoneyInput {
    static func read(_ form: FormFields, _ field: String) throws -> Decimal {
        let text = form[field].replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "").trimmingCharacters(in: .whitespaces)
        guard text.range(of: #"^-?[0-9]{1,13}(\.[0-9]+)?$"#, options: .regularExpression) != nil, let value = Decimal(string: text) else {
            throw InvalidValue(field: field, "'\(form[field].prefix(40))' is not an amount in yuan")
        }
        return value
    }
}

/// A moment as a `datetime-local` control sends it, read in Beijing time.
enum InstantInput {
    static func read(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// `2026-12-03T09:30`, Beijing time, as a `datetime-local` control shows it.
    static func text(_ instant: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return formatter.string(from: instant)
    }
}
