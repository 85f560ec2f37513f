import Foundation
import Mustache
import TribunalKernel

/// A form of the staff workspace as values: its controls, each with the domain's refusal beside
/// it, and the refusals that belong to no control at the top. One partial (`staffform`) renders
/// every such form, so that each move's form is data, not another template.
struct StaffForm: MustacheParent {
    let id: String
    let title: String
    let action: String
    let submit: String
    let controls: [FormControl]
    /// Refusals that name no control of the form (the case's state, a stale version).
    let problems: [String]
    var hasProblems: Bool { !problems.isEmpty }

    /// What the `staffform` partial reads; computed values included, which Mustache's reflection misses.
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "action": return action
        case "submit": return submit
        case "controls": return controls
        case "problems": return problems
        case "hasProblems": return hasProblems
        default: return nil
        }
    }

    /// The form with the values a refused submission carried and its refusals placed by field.
    init(id: String, title: String, action: String, submit: String, controls: [FormControl], failures: [any DomainFailure] = []) {
        self.id = id
        self.title = title
        self.action = action
        self.submit = submit
        var unplaced: [String] = []
        var placed = controls
        for failure in failures {
            if let index = placed.firstIndex(where: { $0.answers(for: failure.field) }) {
                placed[index].error = failure.reason
            } else {
                unplaced.append(failure.fieldAndReason)
            }
        }
        self.controls = placed.map { control in
            var control = control
            control.id = "\(id)-\(control.name)"
            return control
        }
        problems = unplaced
    }
}

/// One control of a staff form.
struct FormControl: MustacheParent {
    enum Kind { case text, date, number, textarea, select, checkbox, datetime }

    let name: String
    let label: String
    let kind: Kind
    var value: String
    var choices: [Choice]
    let required: Bool
    let hint: String?
    /// The domain's field names this control answers for, besides its own name
    /// (`decidedOn` for a date named `on`).
    let fields: [String]
    var error: String?
    var id = ""
    /// Lines a text area shows.
    var rows = 3

    init(_ name: String, _ label: String, _ kind: Kind, value: String = "", choices: [Choice] = [], required: Bool = true,
         hint: String? = nil, answersFor fields: [String] = []) {
        self.name = name
        self.label = label
        self.kind = kind
        self.value = value
        self.choices = choices
        self.required = required
        self.hint = hint
        self.fields = fields
    }

    /// The control with its choices marked by `value`.
    func selecting(_ value: String) -> FormControl {
        var control = self
        control.value = value
        control.choices = choices.map { Choice(value: $0.value, label: $0.label, selected: $0.value == value) }
        return control
    }

    func answers(for field: String?) -> Bool {
        guard let field else { return false }
        return field == name || fields.contains(field) || fields.contains { field.hasPrefix($0 + ".") }
    }

    var isText: Bool { kind == .text }
    var isDate: Bool { kind == .date }
    var isNumber: Bool { kind == .number }
    var isDateTime: Bool { kind == .datetime }
    var isTextarea: Bool { kind == .textarea }
    var isSelect: Bool { kind == .select }
    var isCheckbox: Bool { kind == .checkbox }
    var checked: Bool { kind == .checkbox && !value.isEmpty && value != "false" }
    var hasError: Bool { error != nil }

    /// What the `staffform` partial reads; computed values included, which Mustache's reflection misses.
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "name": return self.name
        case "label": return label
        case "value": return value
        case "choices": return choices
        case "required": return required
        case "hint": return hint
        case "error": return error
        case "hasError": return hasError
        case "checked": return checked
        case "isText": return isText
        case "isDate": return isDate
        case "isNumber": return isNumber
        case "isDateTime": return isDateTime
        case "isTextarea": return isTextarea
        case "isSelect": return isSelect
        case "isCheckbox": return isCheckbox
        case "rows": return rows
        default: return nil
        }
    }
}

extension FormFields {
    /// The submitted values over `defaults`: what a refused form shows again. A box left unchecked
    /// is not sent at all, so a checkbox shows what was sent, never its default.
    func over(_ defaults: [String: String], checkboxes: Set<String> = []) -> [String: String] {
        defaults.filter { !checkboxes.contains($0.key) }.merging(values) { _, submitted in submitted }
    }
}
