import Foundation
import TribunalKernel
import Accounts
import Docket
import CourtOperations

/// The damages calculator in the workspace: the claim's form, the assessment with every step and
/// its source in the page's language, and the form that records it on a case.
enum DamagesPage {
    struct Model: PageModel {
        static let template = "staff-damages"

        struct Step { let text: String; let source: String? }
        struct Hidden { let name: String; let value: String }

        let title: String
        let crumbs: [Crumb]
        let form: StaffForm
        let hasResult: Bool
        let total: String?
        let formula: String?
        let steps: [Step]
        /// The claim's values, carried by the form that records it.
        let claimFields: [Hidden]
        let recordCase: String?
        let recordCaseId: String?

        static let fields = ["law", "basis", "amount", "licenceMultiple", "punitiveMultiple", "punitiveFormula", "expenses", "case"]

        init(form values: FormFields, assessment: DamagesAssessment?, courtCase: CourtCase?, courtFormula: PunitiveFormula,
             failures: [any DomainFailure], mayRecord: Bool, wording: Wording) {
            let lang = wording.language.rawValue
            title = wording("damagesCalculator")
            crumbs = StaffArea.crumbs(title, wording)
            let formulaChoices = [Choice(value: "", label: wording("courtSetting", "formula", wording("formula_\(courtFormula.rawValue)")), selected: false)]
                + PunitiveFormula.allCases.map { Choice(value: $0.rawValue, label: wording("formula_\($0.rawValue)"), selected: false) }
            let controls = [
                FormControl("law", wording("law"), .select, choices: PreservationForms.choices(IntellectualPropertyLaw.self, "law", wording)),
                FormControl("basis", wording("basis"), .select, choices: PreservationForms.choices(DamagesBasis.self, "basis", wording)),
                FormControl("amount", wording("amountYuan"), .number, hint: wording("amountHint")),
                FormControl("licenceMultiple", wording("licenceMultiple"), .number, required: false),
                FormControl("punitiveMultiple", wording("punitiveMultiple"), .number, required: false, hint: wording("punitiveHint")),
                FormControl("punitiveFormula", wording("punitiveFormula"), .select, choices: formulaChoices, required: false),
                FormControl("expenses", wording("expenses"), .number, required: false),
                FormControl("case", wording("caseNumber"), .text, required: false, hint: wording("damagesCaseHint"), answersFor: ["caseNumber", "caseId"]),
            ]
            form = StaffForm(id: "claim", title: wording("damagesClaim"), action: "/\(lang)/staff/damages", submit: wording("assess"),
                             controls: controls.map { $0.filled(values.values) }, failures: failures)
            hasResult = assessment != nil
            total = assessment.map { "\($0.total.yuanText) \(wording("yuan"))" }
            formula = assessment?.formula.map { wording("formula_\($0.rawValue)") }
            steps = assessment?.steps.map { step in
                let text = wording.language == .zh ? step.zh : step.en
                let source = step.source.map { wording.language == .zh ? $0.zh : $0.en }.flatMap { text.contains($0) ? nil : $0 }
                return Step(text: text, source: source)
            } ?? []
            claimFields = Self.fields.filter { $0 != "case" }.map { Hidden(name: $0, value: values[$0]) }
            recordCase = mayRecord ? courtCase?.number.canonical : nil
            recordCaseId = mayRecord ? courtCase.map { String($0.id) } : nil
        }
    }
}

extension DamagesClaim {
    /// The claim a workspace form describes; a value that cannot be read names its field.
    static func read(_ form: FormFields) throws -> DamagesClaim {
        guard let law = try form.oneOf("law", IntellectualPropertyLaw.self) else { throw InvalidValue(field: "law", "choose the law") }
        guard let basis = try form.oneOf("basis", DamagesBasis.self) else { throw InvalidValue(field: "basis", "choose the basis") }
        func optional(_ field: String) throws -> Decimal? { form[field].isBlank ? nil : try MoneyInput.read(form, field) }
        return DamagesClaim(law: law, basis: basis, amount: try MoneyInput.read(form, "amount"), licenceMultiple: try optional("licenceMultiple"),
                            punitiveMultiple: try optional("punitiveMultiple"),
                            punitiveFormula: form["punitiveFormula"].isBlank ? nil : try form.oneOf("punitiveFormula", PunitiveFormula.self),
                            expenses: try optional("expenses"))
    }
}
