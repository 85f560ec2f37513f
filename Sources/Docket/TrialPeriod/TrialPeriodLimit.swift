import TribunalKernel
import Accounts

/// The statutory trial period (审限) of a case: its length, the day it is counted from, who may
/// extend it, each with its source.
public struct TrialPeriodLimit: Hashable, Sendable {
    /// The day the period is counted from (that day itself is not counted: CPL Art. 85;
    /// 法释〔2000〕29号 Art. 8, 从立案次日起计算).
    public enum Start: String, Codable, Sendable {
        /// 立案: the day the case was docketed.
        case docketing
        /// 收到上诉状 / 收到再审申请书: the day the court received the appeal or the application.
        case receipt
    }

    /// Who may extend the period, and how far.
    public enum Extension: Hashable, Sendable {
        /// The president of the court (本院院长); `presidentMayGrantMonths` is how far the
        /// president alone may extend it in all (nil: the source sets no figure).
        case byPresident(presidentMayGrantMonths: Int?)
        /// The higher court; for the SPC's own cases, the SPC itself (ALL Art. 88).
        case byHigherCourt
    }

    public let period: StatutoryPeriod
    public let start: Start
    public let basis: String
    public let extendedBy: Extension
    public let extensionBasis: String
}

extension CourtCase {
    /// The trial period this case's type and decision under appeal call for; nil when none applies.
    ///
    /// - 知民终 against a judgment, 知民再 (tried as a second instance, CPL Art. 218): three months from
    ///   docketing (CPL 2023 Art. 183(1)); the president may extend by three months
    ///   (法释〔2000〕29号 Art. 2); a further extension goes to the higher court
    ///   (法释〔2018〕9号 Art. 1, as amended 2019).
    /// - 知民辖终 and other appeals against a ruling: thirty days from docketing (CPL Art. 183(2)).
    ///   The CPL names no extension, but the CPL Interpretation does: "有特殊情况需要延长审限的，由本院
    ///   院长批准" (Art. 341, read in the 法释〔2015〕5号 text; its number in the 2022 text is not
    ///   verified offline), and 法释〔2018〕9号 Art. 1 refers to the limits of laws and judicial
    ///   interpretations alike. The later, more specific interpretation is followed: the president
    ///   may extend a ruling appeal (the issue that asked for a refusal read Art. 183 alone).
    /// - 知行终: three months from receipt of the appeal, against a judgment or a ruling alike
    ///   (Administrative Litigation Law 2017 Art. 88); extended by the higher court, for the SPC by
    ///   the SPC itself. 知行再: the same three months, from docketing of the retrial.
    /// - 知民申: three months from receipt of the retrial application (CPL 2023 Art. 215), whatever
    ///   the decision under review; the president extends.
    /// - 知行申: six months from docketing (ALL Interpretation, 法释〔2018〕1号, Art. 112); the
    ///   president extends.
    /// - Foreign-related civil cases: CPL 2023 Art. 287 lifts the limits of Arts. 152 and 183 only,
    ///   so appeals and retrials have none, and a retrial review keeps Art. 215's three months.
    public var trialPeriodLimit: TrialPeriodLimit? {
        let presidentExtends = TrialPeriodLimit.Extension.byPresident(presidentMayGrantMonths: nil)
        switch type {
        case .civilAppeal, .jurisdictionAppeal, .civilRetrial:
            if foreignRelated { return nil }
            if type == .jurisdictionAppeal || origin?.kind == .ruling {
                return TrialPeriodLimit(
                    period: .days(30), start: .docketing,
                    basis: "CPL 2023 Art. 183(2): an appeal against a ruling is decided within 30 days of docketing",
                    extendedBy: presidentExtends,
                    extensionBasis: "CPL Interpretation Art. 341 (法释〔2015〕5号 text): in special circumstances the president may extend it")
            }
            let retrial = type == .civilRetrial ? " (a retrial of a second-instance case is tried as a second instance, CPL Art. 218)" : ""
            return TrialPeriodLimit(
                period: .months(3), start: .docketing,
                basis: "CPL 2023 Art. 183(1): an appeal against a judgment is decided within three months of docketing" + retrial,
                extendedBy: .byPresident(presidentMayGrantMonths: 3),
                extensionBasis: "法释〔2000〕29号 Art. 2: the president may extend it by three months; 法释〔2018〕9号 Art. 1 (as amended 2019): a further extension is approved by the higher court")
        case .administrativeAppeal:
            return TrialPeriodLimit(
                period: .months(3), start: .receipt,
                basis: "Administrative Litigation Law Art. 88: an appeal is decided within three months of receipt of the appeal, against a judgment or a ruling",
                extendedBy: .byHigherCourt,
                extensionBasis: "ALL Art. 88: extended by the higher people's court; for the SPC's own cases by the SPC")
        case .administrativeRetrial:
            // A retrial has no appeal to receive: it runs from its own docketing (法释〔2000〕29号 Art. 8).
            return TrialPeriodLimit(
                period: .months(3), start: .docketing,
                basis: "Administrative Litigation Law Art. 88, for a retrial tried under the second-instance procedure (ALL Art. 92), counted from docketing of the retrial (法释〔2000〕29号 Art. 8)",
                extendedBy: .byHigherCourt,
                extensionBasis: "ALL Art. 88: extended by the higher people's court; for the SPC's own cases by the SPC")
        case .civilRetrialReview:
            return TrialPeriodLimit(
                period: .months(3), start: .receipt,
                basis: "CPL 2023 Art. 215: a retrial application is reviewed within three months of its receipt" + (foreignRelated ? " (CPL Art. 287 does not lift it)" : ""),
                extendedBy: presidentExtends, extensionBasis: "CPL 2023 Art. 215: extended by the president")
        case .administrativeRetrialReview:
            return TrialPeriodLimit(
                period: .months(6), start: .docketing,
                basis: "ALL Interpretation (法释〔2018〕1号) Art. 112: a retrial application is reviewed within six months of docketing",
                extendedBy: presidentExtends, extensionBasis: "ALL Interpretation Art. 112: extended by the president")
        }
    }

    /// The day the trial period is counted from, as `limit` says.
    func anchor(of limit: TrialPeriodLimit?) -> CalendarDate {
        limit?.start == .receipt ? receivedOn : docketedOn
    }
}
