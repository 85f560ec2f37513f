import Foundation
import TribunalKernel

/// One statute's rules on damages: how its bases rank, what it says of the licence fee, the
/// range of its statutory damages, and the condition of its punitive damages (one to five times
/// in every IP law since the 2019–2021 amendments).
public struct DamagesStatute: Sendable {
    /// How the first two bases relate.
    public enum LossAndProfit: Sendable {
        /// The right holder's loss or the infringer's profit, either one (Patent Law, Copyright Law).
        case either
        /// The loss; the profit only when the loss is hard to determine (Trademark Law, AUCL, Seed Law).
        case lossFirst
    }

    /// What the statute says of the licence fee.
    public enum LicenceFee: Sendable {
        /// A reasonable multiple of the licence fee, the multiple left to the court.
        case reasonableMultiple
        /// The fee itself, with no multiple.
        case feeItself
    }

    public let law: IntellectualPropertyLaw
    /// The article that holds the damages rules.
    public let source: LegalSource
    public let lossAndProfit: LossAndProfit
    public let licenceFee: LicenceFee
    /// Where the licence-fee basis comes from, when it is not the statute itself.
    public let licenceFeeSource: LegalSource
    /// The range of statutory damages in yuan (a statute with no minimum starts at zero, exclusive).
    public let statutoryMinimum: Decimal
    public let statutoryMaximum: Decimal
    /// When punitive damages may be awarded, in the statute's words.
    public let punitiveConditionZh: String
    public let punitiveConditionEn: String

    /// The statute of `law`, in the version in force.
    public static func of(_ law: IntellectualPropertyLaw) -> DamagesStatute {
        switch law {
        case .patent: return .patent
        case .tradeSecret: return .tradeSecret
        case .trademark: return .trademark
        case .copyright: return .copyright
        case .plantVariety: return .plantVariety
        }
    }

    /// Patent Law of the PRC (2020 amendment, in force 2021-06-01), Art. 71: the loss or the
    /// profit; else a reasonable multiple of the licence fee; one to five times for wilful and
    /// serious infringement; statutory damages of 30,000 to 5,000,000 yuan; reasonable expenses
    /// included.
    public static let patent = DamagesStatute(
        law: .patent,
        source: LegalSource(instrumentZh: "《中华人民共和国专利法》（2020年修正）", instrumentEn: "Patent Law of the PRC (2020 amendment)",
                            articleZh: "第七十一条", articleEn: "Art. 71"),
        lossAndProfit: .either, licenceFee: .reasonableMultiple, licenceFeeSource: nil,
        statutoryMinimum: 30_000, statutoryMaximum: 5_000_000,
        punitiveConditionZh: "故意侵犯专利权，情节严重", punitiveConditionEn: "wilful infringement of a patent, in serious circumstances")

    /// Anti-Unfair Competition Law of the PRC (2025 revision, in force 2025-10-15), Art. 22
    /// (Art. 17 before the revision, same rules): the loss; the profit when the loss is hard to
    /// determine; one to five times for malicious infringement of a trade secret in serious
    /// circumstances; statutory damages up to 5,000,000 yuan; reasonable expenses included. The
    /// statute has no licence-fee basis: the SPC's trade-secret interpretation (法释〔2020〕7号,
    /// Art. 20) lets the licence fee measure the right holder's loss.
    public static let tradeSecret = DamagesStatute(
        law: .tradeSecret,
        source: LegalSource(instrumentZh: "《中华人民共和国反不正当竞争法》（2025年修订）", instrumentEn: "Anti-Unfair Competition Law of the PRC (2025 revision)",
                            articleZh: "第二十二条", articleEn: "Art. 22"),
        lossAndProfit: .lossFirst, licenceFee: .feeItself,
        licenceFeeSource: LegalSource(instrumentZh: "《最高人民法院关于审理侵犯商业秘密民事案件适用法律若干问题的规定》（法释〔2020〕7号）",
                                      instrumentEn: "SPC Provisions on Civil Cases of Infringement of Trade Secrets (Fa Shi [2020] No. 7)",
                                      articleZh: "第二十条", articleEn: "Art. 20"),
        statutoryMinimum: 0, statutoryMaximum: 5_000_000,
        punitiveConditionZh: "恶意实施侵犯商业秘密行为，情节严重", punitiveConditionEn: "malicious infringement of a trade secret, in serious circumstances")

    /// Trademark Law of the PRC (2019 amendment, in force 2019-11-01), Art. 63: the loss; the
    /// profit when the loss is hard to determine; a reasonable multiple of the licence fee when
    /// both are; one to five times for malicious infringement in serious circumstances; statutory
    /// damages up to 5,000,000 yuan; reasonable expenses included.
    public static let trademark = DamagesStatute(
        law: .trademark,
        source: LegalSource(instrumentZh: "《中华人民共和国商标法》（2019年修正）", instrumentEn: "Trademark Law of the PRC (2019 amendment)",
                            articleZh: "第六十三条", articleEn: "Art. 63"),
        lossAndProfit: .lossFirst, licenceFee: .reasonableMultiple, licenceFeeSource: nil,
        statutoryMinimum: 0, statutoryMaximum: 5_000_000,
        punitiveConditionZh: "恶意侵犯商标专用权，情节严重", punitiveConditionEn: "malicious infringement of the exclusive right to a trademark, in serious circumstances")

    /// Copyright Law of the PRC (2020 amendment, in force 2021-06-01), Art. 54: the loss or the
    /// infringer's illegal gains; the royalty (权利使用费, no multiple) when both are hard to
    /// compute; one to five times for wilful infringement in serious circumstances; statutory
    /// damages of 500 to 5,000,000 yuan; reasonable expenses included.
    public static let copyright = DamagesStatute(
        law: .copyright,
        source: LegalSource(instrumentZh: "《中华人民共和国著作权法》（2020年修正）", instrumentEn: "Copyright Law of the PRC (2020 amendment)",
                            articleZh: "第五十四条", articleEn: "Art. 54"),
        lossAndProfit: .either, licenceFee: .feeItself, licenceFeeSource: nil,
        statutoryMinimum: 500, statutoryMaximum: 5_000_000,
        punitiveConditionZh: "故意侵犯著作权或者与著作权有关的权利，情节严重", punitiveConditionEn: "wilful infringement of copyright or a related right, in serious circumstances")

    /// Seed Law of the PRC (2021 amendment, in force 2022-03-01), Art. 72: the loss; the profit
    /// when the loss is hard to determine; a reasonable multiple of the licence fee when both are;
    /// one to five times for wilful infringement in serious circumstances; statutory damages up to
    /// 5,000,000 yuan; reasonable expenses included.
    public static let plantVariety = DamagesStatute(
        law: .plantVariety,
        source: LegalSource(instrumentZh: "《中华人民共和国种子法》（2021年修正）", instrumentEn: "Seed Law of the PRC (2021 amendment)",
                            articleZh: "第七十二条", articleEn: "Art. 72"),
        lossAndProfit: .lossFirst, licenceFee: .reasonableMultiple, licenceFeeSource: nil,
        statutoryMinimum: 0, statutoryMaximum: 5_000_000,
        punitiveConditionZh: "故意侵犯植物新品种权，情节严重", punitiveConditionEn: "wilful infringement of a plant-variety right, in serious circumstances")

    /// The SPC's interpretation on punitive damages (法释〔2021〕4号, in force 2021-03-03), Art. 5:
    /// the base is the loss, the illegal gains or the profit, or a multiple of the licence fee when
    /// those are hard to compute; it excludes the reasonable expenses. Statutory damages are no base.
    public static let punitiveBaseSource = LegalSource(
        instrumentZh: "《最高人民法院关于审理侵害知识产权民事案件适用惩罚性赔偿的解释》（法释〔2021〕4号）",
        instrumentEn: "SPC Interpretation on Punitive Damages in Civil Cases of Infringement of IP Rights (Fa Shi [2021] No. 4)",
        articleZh: "第五条", articleEn: "Art. 5")

    private init(law: IntellectualPropertyLaw, source: LegalSource, lossAndProfit: LossAndProfit, licenceFee: LicenceFee,
                 licenceFeeSource: LegalSource?, statutoryMinimum: Decimal, statutoryMaximum: Decimal,
                 punitiveConditionZh: String, punitiveConditionEn: String) {
        self.law = law
        self.source = source
        self.lossAndProfit = lossAndProfit
        self.licenceFee = licenceFee
        self.licenceFeeSource = licenceFeeSource ?? source
        self.statutoryMinimum = statutoryMinimum
        self.statutoryMaximum = statutoryMaximum
        self.punitiveConditionZh = punitiveConditionZh
        self.punitiveConditionEn = punitiveConditionEn
    }
}
