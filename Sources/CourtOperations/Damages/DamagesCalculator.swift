import Foundation
import TribunalKernel

/// Assesses damages under the statute of the claim's law: the bases in the statute's order, a
/// punitive multiple under the SPC's interpretation (法释〔2021〕4号), the reasonable expenses added
/// last. A claim the law does not allow is refused with the field and the reason; nothing is
/// guessed.
public struct DamagesCalculator: Sendable {
    /// The court's reading of a punitive multiple, used when a claim names none.
    public let defaultFormula: PunitiveFormula

    public init(defaultFormula: PunitiveFormula) {
        self.defaultFormula = defaultFormula
    }

    /// The smallest and largest punitive multiple every IP statute allows: one to five times.
    public static let punitiveRange: ClosedRange<Decimal> = 1...5

    /// The assessment of `claim`, or the first rule it breaks.
    public func assess(_ claim: DamagesClaim) throws(InvalidValue) -> DamagesAssessment {
        let statute = DamagesStatute.of(claim.law)
        try check(claim, under: statute)
        var steps = [DamagesStep(en: "The law: \(statute.source.en). \(orderEn(statute))",
                                 zh: "适用\(statute.source.zh)。\(orderZh(statute))", amount: nil, source: statute.source)]
        let base = (claim.amount * (claim.licenceMultiple ?? 1)).toFen
        steps.append(basisStep(claim, statute: statute, base: base))

        var award = base
        var formula: PunitiveFormula?
        if let multiple = claim.punitiveMultiple {
            let reading = claim.punitiveFormula ?? defaultFormula
            formula = reading
            award = reading == .multiple ? (base * multiple).toFen : (base + base * multiple).toFen
            steps.append(punitiveStep(statute: statute, base: base, multiple: multiple, reading: reading,
                                      chosenByCaller: claim.punitiveFormula != nil, award: award))
        }
        let expenses = claim.expenses ?? 0
        let total = award + expenses
        if claim.expenses != nil {
            steps.append(DamagesStep(
                en: "Reasonable expenses of stopping the infringement, added after any multiple: \(expenses.yuanText) yuan.",
                zh: "权利人为制止侵权行为所支付的合理开支\(expenses.yuanText)元，在倍数之外另行计算。",
                amount: expenses, source: claim.punitiveMultiple == nil ? statute.source : DamagesStatute.punitiveBaseSource))
        }
        steps.append(DamagesStep(en: "Total: \(total.yuanText) yuan.", zh: "赔偿总额\(total.yuanText)元。", amount: total, source: nil))
        return DamagesAssessment(claim: claim, source: statute.source, base: base, formula: formula,
                                 punitive: award - base, expenses: expenses, total: total, steps: steps)
    }

    // MARK: - Refusals

    private func check(_ claim: DamagesClaim, under statute: DamagesStatute) throws(InvalidValue) {
        try MoneyField.check(claim.amount, field: "amount", allowZero: false)
        if let expenses = claim.expenses { try MoneyField.check(expenses, field: "expenses") }
        if let multiple = claim.licenceMultiple {
            guard claim.basis == .licenceFee else {
                throw InvalidValue(field: "licenceMultiple", "only the licence-fee basis takes a multiple; this claim rests on \(claim.basis.rawValue)")
            }
            guard multiple > 0, multiple.rounded(scale: 2) == multiple, multiple <= 100 else {
                throw InvalidValue(field: "licenceMultiple", "a multiple of the licence fee is more than 0 and at most 100, to two decimals (\(multiple))")
            }
            if statute.licenceFee == .feeItself, multiple != 1 {
                throw InvalidValue(field: "licenceMultiple", "\(statute.licenceFeeSource.en) takes the licence fee itself, not a multiple of it")
            }
        }
        if claim.basis == .statutory {
            guard claim.amount >= statute.statutoryMinimum, claim.amount <= statute.statutoryMaximum else {
                throw InvalidValue(field: "amount", "statutory damages under \(statute.source.en) are \(rangeEn(statute)); \(claim.amount.yuanText) is outside it")
            }
            if claim.punitiveMultiple != nil {
                throw InvalidValue(field: "punitiveMultiple", "statutory damages are no base for punitive damages (\(DamagesStatute.punitiveBaseSource.en))")
            }
        }
        if let multiple = claim.punitiveMultiple {
            guard Self.punitiveRange.contains(multiple), multiple.rounded(scale: 2) == multiple else {
                throw InvalidValue(field: "punitiveMultiple", "punitive damages under \(statute.source.en) are 1 to 5 times the base, to two decimals; \(multiple) is outside")
            }
        } else if claim.punitiveFormula != nil {
            throw InvalidValue(field: "punitiveFormula", "a formula applies only with a punitive multiple")
        }
    }

    // MARK: - Explanations

    private func rangeEn(_ statute: DamagesStatute) -> String {
        statute.statutoryMinimum > 0
            ? "\(statute.statutoryMinimum.yuanText) to \(statute.statutoryMaximum.yuanText) yuan"
            : "more than 0 and at most \(statute.statutoryMaximum.yuanText) yuan"
    }

    private func rangeZh(_ statute: DamagesStatute) -> String {
        statute.statutoryMinimum > 0
            ? "\(statute.statutoryMinimum.yuanText)元以上\(statute.statutoryMaximum.yuanText)元以下"
            : "\(statute.statutoryMaximum.yuanText)元以下"
    }

    private func orderEn(_ statute: DamagesStatute) -> String {
        let first = statute.lossAndProfit == .either
            ? "the right holder's actual loss or the infringer's profit"
            : "the right holder's actual loss, then the infringer's profit when the loss is hard to determine"
        let fee: String
        switch (statute.licenceFee, statute.law) {
        case (.reasonableMultiple, _): fee = "a reasonable multiple of the licence fee"
        case (.feeItself, .tradeSecret): fee = "the licence fee as the measure of the loss (\(statute.licenceFeeSource.en))"
        case (.feeItself, _): fee = "the licence fee"
        }
        return "Bases in order: \(first); \(fee) when those are hard to determine; statutory damages of \(rangeEn(statute)) when all are."
    }

    private func orderZh(_ statute: DamagesStatute) -> String {
        let first = statute.lossAndProfit == .either ? "权利人的实际损失或者侵权人因侵权所获得的利益" : "权利人的实际损失；实际损失难以确定的，侵权人因侵权所获得的利益"
        let fee: String
        switch (statute.licenceFee, statute.law) {
        case (.reasonableMultiple, _): fee = "参照许可使用费的倍数合理确定"
        case (.feeItself, .tradeSecret): fee = "参照商业秘密许可使用费确定实际损失（\(statute.licenceFeeSource.zh)）"
        case (.feeItself, _): fee = "参照许可使用费确定"
        }
        return "计算顺序：\(first)；难以确定的，\(fee)；均难以确定的，在\(rangeZh(statute))的范围内确定法定赔偿。"
    }

    private func basisStep(_ claim: DamagesClaim, statute: DamagesStatute, base: Decimal) -> DamagesStep {
        let amount = claim.amount.yuanText
        switch claim.basis {
        case .actualLoss:
            return DamagesStep(en: "The right holder's actual loss: \(amount) yuan.", zh: "权利人因被侵权所受到的实际损失\(amount)元。",
                               amount: base, source: statute.source)
        case .infringerProfit:
            let gains = claim.law == .copyright ? "illegal gains" : "profit from the infringement"
            let gainsZh = claim.law == .copyright ? "违法所得" : "因侵权所获得的利益"
            if statute.lossAndProfit == .either {
                return DamagesStep(en: "The infringer's \(gains), which the statute allows in place of the loss: \(amount) yuan.",
                                   zh: "侵权人的\(gainsZh)\(amount)元（法律允许以之代替实际损失）。", amount: base, source: statute.source)
            }
            return DamagesStep(en: "The infringer's \(gains): the statute takes it only when the right holder's loss is hard to determine, as this basis holds: \(amount) yuan.",
                               zh: "权利人的实际损失难以确定，按照侵权人\(gainsZh)确定：\(amount)元。", amount: base, source: statute.source)
        case .licenceFee:
            if statute.licenceFee == .feeItself {
                let measures = claim.law == .tradeSecret ? " measures the right holder's loss" : " stands for the loss and the gains, both hard to compute"
                let measuresZh = claim.law == .tradeSecret ? "确定权利人的实际损失" : "确定赔偿（实际损失和违法所得均难以计算）"
                return DamagesStep(en: "The licence fee\(measures), taken as it is: \(amount) yuan.",
                                   zh: "参照许可使用费\(measuresZh)：\(amount)元。", amount: base, source: statute.licenceFeeSource)
            }
            let multiple = claim.licenceMultiple ?? 1
            return DamagesStep(en: "The loss and the profit being hard to determine, a reasonable multiple of the licence fee: \(amount) × \(multiple) = \(base.yuanText) yuan.",
                               zh: "实际损失和侵权获利均难以确定，参照许可使用费的倍数合理确定：\(amount)元 × \(multiple) = \(base.yuanText)元。",
                               amount: base, source: statute.source)
        case .statutory:
            return DamagesStep(en: "The loss, the profit and the licence fee all being hard to determine, statutory damages within \(rangeEn(statute)): \(amount) yuan.",
                               zh: "实际损失、侵权获利和许可使用费均难以确定，在\(rangeZh(statute))的范围内确定赔偿\(amount)元。",
                               amount: base, source: statute.source)
        }
    }

    private func punitiveStep(statute: DamagesStatute, base: Decimal, multiple: Decimal, reading: PunitiveFormula,
                              chosenByCaller: Bool, award: Decimal) -> DamagesStep {
        let whose = chosenByCaller ? "as asked" : "the court's setting"
        let whoseZh = chosenByCaller ? "按请求" : "按本院设置"
        let condition = "Punitive damages for \(statute.punitiveConditionEn); the base is \(base.yuanText) yuan, without the reasonable expenses."
        let conditionZh = "\(statute.punitiveConditionZh)的，适用惩罚性赔偿；计算基数\(base.yuanText)元，不包括合理开支。"
        switch reading {
        case .multiple:
            return DamagesStep(en: "\(condition) Reading 'multiple' (\(whose)): the award is the base × \(multiple) = \(award.yuanText) yuan, of which \((award - base).yuanText) beyond the base.",
                               zh: "\(conditionZh)采“倍数”算法（\(whoseZh)）：赔偿数额 = 基数 × \(multiple) = \(award.yuanText)元，其中超出基数部分\((award - base).yuanText)元。",
                               amount: award, source: DamagesStatute.punitiveBaseSource)
        case .additive:
            return DamagesStep(en: "\(condition) Reading 'additive' (\(whose)): the award is the base + the base × \(multiple) = \(base.yuanText) + \((award - base).yuanText) = \(award.yuanText) yuan.",
                               zh: "\(conditionZh)采“相加”算法（\(whoseZh)）：赔偿数额 = 基数 + 基数 × \(multiple) = \(base.yuanText)元 + \((award - base).yuanText)元 = \(award.yuanText)元。",
                               amount: award, source: DamagesStatute.punitiveBaseSource)
        }
    }
}
