import Foundation
import TribunalKernel

/// What a judge or a party puts to the damages calculator: the law, the basis and its amount in
/// yuan, and optionally a licence-fee multiple, a punitive multiple with its formula, and the
/// reasonable expenses of stopping the infringement.
public struct DamagesClaim: Codable, Hashable, Sendable {
    public var law: IntellectualPropertyLaw
    public var basis: DamagesBasis
    /// The loss, the profit, the licence fee, or the statutory amount chosen, in yuan.
    public var amount: Decimal
    /// The multiple of the licence fee (licence-fee basis only).
    public var licenceMultiple: Decimal?
    /// The punitive multiple, 1 to 5, for wilful (malicious) infringement in serious circumstances.
    public var punitiveMultiple: Decimal?
    /// How the punitive multiple applies; the court's setting when absent.
    public var punitiveFormula: PunitiveFormula?
    /// Reasonable expenses of stopping the infringement (合理开支), added after any multiple.
    public var expenses: Decimal?

    public init(law: IntellectualPropertyLaw, basis: DamagesBasis, amount: Decimal, licenceMultiple: Decimal? = nil,
                punitiveMultiple: Decimal? = nil, punitiveFormula: PunitiveFormula? = nil, expenses: Decimal? = nil) {
        self.law = law
        self.basis = basis
        self.amount = amount
        self.licenceMultiple = licenceMultiple
        self.punitiveMultiple = punitiveMultiple
        self.punitiveFormula = punitiveFormula
        self.expenses = expenses
    }
}

/// One step of an assessment, in both languages, with the amount it arrives at and the provision
/// it applies.
public struct DamagesStep: Codable, Hashable, Sendable {
    public let en: String
    public let zh: String
    public let amount: Decimal?
    public let source: LegalSource?
}

/// The calculator's answer: the amounts, the reading of the punitive multiple it applied, and
/// every step explained.
public struct DamagesAssessment: Codable, Hashable, Sendable {
    public let claim: DamagesClaim
    /// The article that governs the claim.
    public let source: LegalSource
    /// The compensatory base: the amount, times the licence multiple where there is one.
    public let base: Decimal
    /// The reading of the punitive multiple applied; nil without punitive damages.
    public let formula: PunitiveFormula?
    /// What the award holds beyond the base because of the punitive multiple.
    public let punitive: Decimal
    public let expenses: Decimal
    /// Base, punitive part and expenses, to the fen.
    public let total: Decimal
    public let steps: [DamagesStep]
}
