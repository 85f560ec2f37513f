import TribunalKernel

extension CourtCase {
    /// The natural days of the trial period of a closed case, from its start to the decision,
    /// less the recorded exclusions (`trialPeriod(asOf:)`); nil for a case not closed or closed
    /// without a decision date. This is the trial period the court's statistics average.
    public var trialDaysToDecision: Int? {
        guard closedOn != nil, let decidedOn else { return nil }
        return trialPeriod(asOf: decidedOn).daysUsed
    }
}
