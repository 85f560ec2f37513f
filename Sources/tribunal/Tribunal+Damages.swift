import ArgumentParser
import Foundation
import TribunalKernel
import CourtOperations

extension Tribunal {
    struct Damages: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Assess damages under an IP statute: the total in yuan on the first line, then every step with its source.")

        @Option(help: "patent, trade-secret, trademark, copyright or plant-variety.") var law: String
        @Option(help: "actual-loss, infringer-profit, licence-fee or statutory.") var basis: String
        @Option(help: "The loss, profit, licence fee or statutory amount, in yuan (to the fen).") var amount: String
        @Option(help: "The multiple of the licence fee (licence-fee basis).") var licenceMultiple: String?
        @Option(help: "The punitive multiple, 1 to 5, for wilful infringement in serious circumstances.") var punitive: String?
        @OptionGroup var court: CourtSettings
        @Option(help: "Reasonable expenses of stopping the infringement, in yuan, added after any multiple.") var expenses: String?
        @Option(help: "en or zh: the language of the explanation.") var language: String = "en"

        func run() throws {
            guard let law = IntellectualPropertyLaw(rawValue: law) else {
                throw CommandFailure(description: "--law: '\(law)' is not one of " + IntellectualPropertyLaw.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let basis = DamagesBasis(rawValue: basis) else {
                throw CommandFailure(description: "--basis: '\(basis)' is not one of " + DamagesBasis.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard ["en", "zh"].contains(language) else { throw CommandFailure(description: "--language: '\(language)' is neither en nor zh") }
            let environment = ProcessInfo.processInfo.environment
            // The claim names a formula only when the caller gave one; otherwise the court's setting applies and is named so.
            let chosen = try CourtSettings.formula(court.punitiveFormula, environment: [:])
            let claim = DamagesClaim(law: law, basis: basis, amount: try Self.decimal(amount, "--amount"),
                                     licenceMultiple: try licenceMultiple.map { try Self.decimal($0, "--licence-multiple") },
                                     punitiveMultiple: try punitive.map { try Self.decimal($0, "--punitive") },
                                     punitiveFormula: chosen, expenses: try expenses.map { try Self.decimal($0, "--expenses") })
            let setting = try CourtSettings.formula(nil, environment: environment) ?? .multiple
            let assessment: DamagesAssessment
            do {
                assessment = try DamagesCalculator(defaultFormula: setting).assess(claim)
            } catch {
                throw CommandFailure(description: "--\(Self.option(for: error.field)): \(error.reason)")
            }
            print(assessment.total.plainYuanText)
            for step in assessment.steps {
                let text = language == "zh" ? step.zh : step.en
                // A step that names its provision in its text does not repeat it.
                let source = step.source.map { language == "zh" ? $0.zh : $0.en }.flatMap { text.contains($0) ? nil : $0 }
                print(text + (source.map { language == "zh" ? "（\($0)）" : " (\($0))" } ?? ""))
            }
        }

        /// An amount or multiple as typed, read exactly.
        static func decimal(_ text: String, _ option: String) throws -> Decimal {
            let trimmed = text.replacingOccurrences(of: ",", with: "")
            guard trimmed.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil, let value = Decimal(string: trimmed) else {
                throw CommandFailure(description: "\(option): '\(text)' is not a number")
            }
            return value
        }

        /// The option that sets a field of the claim.
        static func option(for field: String?) -> String {
            switch field {
            case "licenceMultiple": return "licence-multiple"
            case "punitiveMultiple": return "punitive"
            case "punitiveFormula": return "punitive-formula"
            default: return field ?? "amount"
            }
        }
    }
}
