import Foundation
import Testing
@testable import TribunalKernel
@testable import CourtOperations

/// Damages under each statute, worked out by hand from the articles the calculator cites; the
/// refusals name the field and the rule.
/// An amount written as the court writes it, read exactly (a `Double` literal would not be).
func d(_ text: String) -> Decimal { Decimal(string: text)! }

@Suite("Damages calculator")
struct DamagesTests {
    let court = DamagesCalculator(defaultFormula: .multiple)

    /// One row of the table: the claim and the total worked out by hand.
    struct Row: CustomTestStringConvertible, Sendable {
        let claim: DamagesClaim
        let total: Decimal
        let why: String
        var testDescription: String { why }
    }

    static let table: [Row] = [
        Row(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: 1_000_000, expenses: 50_000),
            total: 1_050_000, why: "patent: loss 1,000,000 + expenses 50,000"),
        Row(claim: DamagesClaim(law: .patent, basis: .infringerProfit, amount: d("2345678.9")),
            total: d("2345678.9"), why: "patent: profit alone, no expenses claimed"),
        Row(claim: DamagesClaim(law: .patent, basis: .licenceFee, amount: 200_000, licenceMultiple: 3, punitiveMultiple: 2),
            total: 1_200_000, why: "patent: fee 200,000 × 3 = 600,000, × 2 as the whole award"),
        Row(claim: DamagesClaim(law: .patent, basis: .licenceFee, amount: 200_000, licenceMultiple: 3, punitiveMultiple: 2, punitiveFormula: .additive),
            total: 1_800_000, why: "patent: 600,000 + 600,000 × 2"),
        Row(claim: DamagesClaim(law: .patent, basis: .statutory, amount: 30_000), total: 30_000, why: "patent: statutory minimum"),
        Row(claim: DamagesClaim(law: .patent, basis: .statutory, amount: 5_000_000, expenses: d("120000.5")),
            total: d("5120000.5"), why: "patent: statutory maximum, expenses added outside it"),
        Row(claim: DamagesClaim(law: .tradeSecret, basis: .infringerProfit, amount: 6_000_000, punitiveMultiple: 5, expenses: 400_000),
            total: 30_400_000, why: "trade secret, five times as in the carbomer case: 6,000,000 × 5 + expenses 400,000 (base illustrative)"),
        Row(claim: DamagesClaim(law: .tradeSecret, basis: .licenceFee, amount: 800_000, licenceMultiple: 1),
            total: 800_000, why: "trade secret: the licence fee measures the loss, multiple 1"),
        Row(claim: DamagesClaim(law: .tradeSecret, basis: .statutory, amount: 5_000_000), total: 5_000_000, why: "trade secret: statutory maximum"),
        Row(claim: DamagesClaim(law: .trademark, basis: .infringerProfit, amount: 1_000_000, punitiveMultiple: 3, punitiveFormula: .additive),
            total: 4_000_000, why: "trademark: 1,000,000 + 1,000,000 × 3"),
        Row(claim: DamagesClaim(law: .trademark, basis: .infringerProfit, amount: 1_000_000, punitiveMultiple: 3),
            total: 3_000_000, why: "trademark: 1,000,000 × 3, the court's setting"),
        Row(claim: DamagesClaim(law: .trademark, basis: .statutory, amount: d("0.01")), total: d("0.01"), why: "trademark: no statutory minimum"),
        Row(claim: DamagesClaim(law: .copyright, basis: .statutory, amount: 500, expenses: 2_000), total: 2_500, why: "copyright: statutory minimum 500"),
        Row(claim: DamagesClaim(law: .copyright, basis: .licenceFee, amount: d("333.33"), licenceMultiple: 1, punitiveMultiple: d("1.5")),
            total: 500, why: "copyright: royalty 333.33 × 1.5 = 499.995, rounded to the fen: 500.00"),
        Row(claim: DamagesClaim(law: .copyright, basis: .actualLoss, amount: 10_000, punitiveMultiple: 1),
            total: 10_000, why: "copyright: a multiple of 1 as the whole award adds nothing"),
        Row(claim: DamagesClaim(law: .copyright, basis: .actualLoss, amount: 10_000, punitiveMultiple: 1, punitiveFormula: .additive),
            total: 20_000, why: "copyright: a multiple of 1 on top doubles"),
        Row(claim: DamagesClaim(law: .plantVariety, basis: .licenceFee, amount: 150_000, licenceMultiple: d("2.5"), punitiveMultiple: 4, expenses: 35_000),
            total: 1_535_000, why: "plant variety: 150,000 × 2.5 = 375,000, × 4 = 1,500,000, + 35,000"),
        Row(claim: DamagesClaim(law: .plantVariety, basis: .statutory, amount: 5_000_000, expenses: 100_000), total: 5_100_000, why: "plant variety: statutory maximum"),
    ]

    @Test("totals worked out by hand", arguments: table)
    func totals(row: Row) throws {
        let assessment = try court.assess(row.claim)
        #expect(assessment.total == row.total)
        #expect(assessment.steps.last?.amount == row.total)
        #expect(assessment.total == assessment.base + assessment.punitive + assessment.expenses)
    }

    @Test("every step names its rule, in both languages, and the total is its last line")
    func explanation() throws {
        let assessment = try court.assess(DamagesClaim(law: .trademark, basis: .infringerProfit, amount: 1_000_000, punitiveMultiple: 3, expenses: 20_000))
        #expect(assessment.source.en == "Trademark Law of the PRC (2019 amendment), Art. 63")
        #expect(assessment.formula == .multiple)
        #expect(assessment.steps.count == 5)
        #expect(assessment.steps[1].en.contains("only when the right holder's loss is hard to determine"))
        #expect(assessment.steps[2].source == DamagesStatute.punitiveBaseSource)
        #expect(assessment.steps[2].en.contains("the court's setting"))
        #expect(assessment.steps[2].zh.contains("不包括合理开支"))
        #expect(assessment.steps[3].en.contains("added after any multiple"))
        #expect(assessment.steps[4].en == "Total: 3,020,000.00 yuan.")
        #expect(assessment.steps[4].zh == "赔偿总额3,020,000.00元。")
        let chosen = try court.assess(DamagesClaim(law: .trademark, basis: .infringerProfit, amount: 1_000_000, punitiveMultiple: 3, punitiveFormula: .additive))
        #expect(chosen.steps[2].en.contains("as asked"))
        #expect(chosen.punitive == 3_000_000)
    }

    @Test("the court's setting decides the formula when the claim names none")
    func courtSetting() throws {
        let claim = DamagesClaim(law: .patent, basis: .actualLoss, amount: 100_000, punitiveMultiple: 2)
        #expect(try DamagesCalculator(defaultFormula: .additive).assess(claim).total == 300_000)
        #expect(try DamagesCalculator(defaultFormula: .multiple).assess(claim).total == 200_000)
    }

    /// One refused claim: the field at fault and words the reason must hold.
    struct Refusal: CustomTestStringConvertible, Sendable {
        let claim: DamagesClaim
        let field: String
        let reason: String
        var testDescription: String { "\(field): \(reason)" }
    }

    static let refusals: [Refusal] = [
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: -1), field: "amount", reason: "cannot be negative"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: 0), field: "amount", reason: "more than zero"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: d("1.234")), field: "amount", reason: "two decimals"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: 2_000_000_000_000), field: "amount", reason: "ceiling"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: 1_000, expenses: -5), field: "expenses", reason: "cannot be negative"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .statutory, amount: d("29999.99")), field: "amount", reason: "30,000.00 to 5,000,000.00"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .statutory, amount: d("5000000.01")), field: "amount", reason: "Art. 71"),
        Refusal(claim: DamagesClaim(law: .copyright, basis: .statutory, amount: d("499.99")), field: "amount", reason: "500.00 to 5,000,000.00"),
        Refusal(claim: DamagesClaim(law: .tradeSecret, basis: .statutory, amount: 6_000_000), field: "amount", reason: "at most 5,000,000.00"),
        Refusal(claim: DamagesClaim(law: .trademark, basis: .statutory, amount: 100_000, punitiveMultiple: 2), field: "punitiveMultiple", reason: "statutory damages are no base"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: 100_000, punitiveMultiple: d("0.5")), field: "punitiveMultiple", reason: "1 to 5 times"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: 100_000, punitiveMultiple: d("5.01")), field: "punitiveMultiple", reason: "1 to 5 times"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: 100_000, punitiveMultiple: 6), field: "punitiveMultiple", reason: "6 is outside"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: 100_000, punitiveFormula: .additive), field: "punitiveFormula", reason: "only with a punitive multiple"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .actualLoss, amount: 100_000, licenceMultiple: 2), field: "licenceMultiple", reason: "only the licence-fee basis"),
        Refusal(claim: DamagesClaim(law: .patent, basis: .licenceFee, amount: 100_000, licenceMultiple: 0), field: "licenceMultiple", reason: "more than 0"),
        Refusal(claim: DamagesClaim(law: .copyright, basis: .licenceFee, amount: 100_000, licenceMultiple: 2), field: "licenceMultiple", reason: "Copyright Law of the PRC (2020 amendment), Art. 54 takes the licence fee itself"),
        Refusal(claim: DamagesClaim(law: .tradeSecret, basis: .licenceFee, amount: 100_000, licenceMultiple: 3), field: "licenceMultiple", reason: "Fa Shi [2020] No. 7"),
    ]

    @Test("refusals name the field and the rule", arguments: refusals)
    func refused(refusal: Refusal) {
        do {
            let assessment = try court.assess(refusal.claim)
            Issue.record("assessed at \(assessment.total) instead of refusing")
        } catch {
            #expect(error.field == refusal.field)
            #expect(error.reason.contains(refusal.reason), "\(error.reason)")
        }
    }

    @Test("amounts are written to the fen with thousands grouped")
    func yuanText() {
        #expect(d("1234567.8").yuanText == "1,234,567.80")
        #expect(Decimal(0).yuanText == "0.00")
        #expect(Decimal(-1_000).yuanText == "-1,000.00")
        #expect(Decimal(string: "499.995")!.yuanText == "500.00")
        #expect(Decimal(999).yuanText == "999.00")
        #expect(Decimal(string: "30400000")!.plainYuanText == "30400000.00")
    }
}
