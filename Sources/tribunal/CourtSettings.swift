import ArgumentParser
import Configuration
import Foundation
import CourtOperations

/// The court's own settings, read through swift-configuration: the command line first, then the
/// environment (TRIBUNAL_PUNITIVE_FORMULA), then the defaults.
struct CourtSettings: ParsableArguments {
    @Option(help: ArgumentHelp("How the court reads a punitive multiple m: multiple (the award is base × m) or additive (base + base × m); default multiple (env TRIBUNAL_PUNITIVE_FORMULA).",
                               valueName: "multiple|additive"))
    var punitiveFormula: String?

    /// The court's reading of punitive multiples.
    func formula(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PunitiveFormula {
        try Self.formula(punitiveFormula, environment: environment) ?? .multiple
    }

    /// The formula given on the command line or in the environment, nil when neither gives one.
    static func formula(_ given: String?, environment: [String: String]) throws -> PunitiveFormula? {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        if let given { values[["tribunal", "punitive", "formula"]] = ConfigValue(.string(given), isSecret: false) }
        let reader = ConfigReader(providers: [
            InMemoryProvider(name: "command line", values: values),
            EnvironmentVariablesProvider(environmentVariables: environment),
        ])
        guard let text = reader.string(forKey: "tribunal.punitive.formula") else { return nil }
        guard let formula = PunitiveFormula(rawValue: text) else {
            throw CommandFailure(description: "--punitive-formula (TRIBUNAL_PUNITIVE_FORMULA): '\(text)' is neither multiple nor additive")
        }
        return formula
    }
}
