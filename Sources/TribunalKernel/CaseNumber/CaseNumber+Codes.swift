import Foundation

/// The parts of a case number the SPC's rules define (关于人民法院案件案号的若干规定, 法〔2015〕137号,
/// with its annexes 各级法院代字表 and 人民法院案件类型及其代字标准, as amended by 法〔2018〕335号):
/// （收案年度）+ 法院代字 + 专门审判代字 + 类型代字 + 案件编号 + 号.
extension CaseNumber {
    /// The level of the court a code names.
    public enum CourtLevel: String, Sendable {
        /// 最高法
        case supreme
        /// A high people's court: the province's abbreviation alone (京, 川, 豫).
        case high
        /// An intermediate or specialised court: abbreviation + two digits (京01, 粤73 for the
        /// Guangzhou IP Court, 沪72 for the Shanghai Maritime Court, 沪74 for the financial court).
        case intermediate
        /// A basic court: abbreviation + four digits (京0108).
        case basic
    }

    /// The provinces' abbreviations of 各级法院代字表, with 兵 for the courts of the Xinjiang
    /// Production and Construction Corps.
    static let regionAbbreviations: Set<Character> = Set("京津沪渝冀晋内辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔云藏陕甘青宁新兵")

    /// The specialised-trial character (专门审判代字) of intellectual-property cases, put before
    /// the type code by 法〔2018〕335号 (知民终, 知行初, 知刑初).
    static let intellectualPropertyMark: Character = "知"

    /// Type codes of 人民法院案件类型及其代字标准 that Tribunal reads: civil, administrative,
    /// criminal, preservation, enforcement, bankruptcy and state-compensation cases.
    static let typeCodes: Set<String> = [
        // Civil
        "民初", "民终", "民申", "民再", "民抗", "民监", "民撤", "民特", "民特监", "民催", "民督", "民督监",
        "民辖", "民辖终", "民辖监", "民他", "民请", "民复",
        // Administrative
        "行初", "行终", "行申", "行再", "行抗", "行监", "行辖", "行辖终", "行辖监", "行审", "行审复", "行他",
        "行赔初", "行赔终", "行赔申", "行赔再",
        // Criminal
        "刑初", "刑终", "刑核", "刑申", "刑再", "刑抗", "刑监", "刑辖", "刑他", "刑更",
        // Preservation before proceedings: of property, of conduct (and its reconsideration), of evidence
        "财保", "行保", "行保复", "证保",
        // Enforcement
        "执", "执恢", "执保", "执异", "执复", "执监", "执协", "执他",
        // Bankruptcy, state compensation
        "破申", "破", "破监", "委赔", "赔",
    ]

    /// The type codes that take the IP character: the proceedings of IP trials, first and second
    /// instance, jurisdiction, retrial review and retrial, special procedure, reconsideration and
    /// supervision; not the summary ones (督促, 公示催告), state compensation or enforcement.
    static let intellectualPropertyTypeCodes: Set<String> = [
        "民初", "民终", "民申", "民再", "民抗", "民监", "民撤", "民特", "民辖", "民辖终", "民复",
        "行初", "行终", "行申", "行再", "行抗", "行监", "行辖", "行辖终",
        "刑初", "刑终", "刑申", "刑再", "刑抗", "刑监",
    ]

    static func takesIntellectualPropertyMark(_ code: String) -> Bool {
        intellectualPropertyTypeCodes.contains(code)
    }

    /// Whether `code` (with or without 知) is a type code of the rules.
    static func isKnownTypeCode(_ code: String) -> Bool {
        if code.first == intellectualPropertyMark {
            let base = String(code.dropFirst())
            return typeCodes.contains(base) && takesIntellectualPropertyMark(base)
        }
        return typeCodes.contains(code)
    }

    /// The level of the court that allocated this number.
    public var courtLevel: CourtLevel {
        if courtCode == Self.supremeCourtCode { return .supreme }
        switch courtCode.count {
        case 1: return .high
        case 3: return .intermediate
        default: return .basic
        }
    }

    /// Whether the number is of an intellectual-property case (its type code carries 知).
    public var isIntellectualProperty: Bool { typeCode.first == Self.intellectualPropertyMark }
}
