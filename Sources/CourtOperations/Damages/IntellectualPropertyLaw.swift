import TribunalKernel

/// The law under which damages for an infringement are assessed; each brings its own statute
/// (`DamagesStatute`).
public enum IntellectualPropertyLaw: String, CaseIterable, Codable, Hashable, Sendable {
    case patent
    /// Technical secrets and other trade secrets, under the Anti-Unfair Competition Law.
    case tradeSecret = "trade-secret"
    case trademark
    case copyright
    /// Plant varieties, under the Seed Law.
    case plantVariety = "plant-variety"
}

/// What the compensatory amount rests on. The statutes rank them: the right holder's actual loss
/// and the infringer's profit first, then the licence fee, and statutory damages only when none
/// of those can be determined.
public enum DamagesBasis: String, CaseIterable, Codable, Hashable, Sendable {
    case actualLoss = "actual-loss"
    case infringerProfit = "infringer-profit"
    case licenceFee = "licence-fee"
    case statutory
}

/// How a punitive multiple m turns the base into the award. The statutes say the award may be
/// fixed at "one to five times the amount determined above"; courts read that either as the
/// whole award (base × m) or as punitive damages on top of the compensation (base + base × m).
/// The court's setting chooses, and a caller may choose for one assessment; the result names it.
public enum PunitiveFormula: String, CaseIterable, Codable, Hashable, Sendable {
    /// The award is base × m; m = 1 adds nothing punitive.
    case multiple
    /// The award is the compensation plus punitive damages of m times the base.
    case additive
}
