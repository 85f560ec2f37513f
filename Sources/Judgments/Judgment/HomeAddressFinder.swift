import Foundation
import TribunalKernel
import Accounts
import Docket

/// Natural persons' home addresses (Art. 10(1) of 法释〔2016〕19号), told from organisations'
/// addresses, which the rules do not protect, by the clause they stand in: 住, 住址, 户籍地, 现住,
/// 家住 are said of people; 住所地 is said of both, and counts as a home only in a clause that
/// describes a person (男, 女, 出生, 汉族…) and names no organisation. The province, city and
/// district stay, as published judgments show them; the rest of the address goes.
enum HomeAddressFinder {
    static func proposals(in scan: RedactionScan, language: Redactor.Language) -> [ProposedRedaction] {
        chinese(in: scan, language: language) + english(in: scan, language: language)
    }

    private static let marker = try! NSRegularExpression(pattern:
        #"(住址|户籍地|户籍所在地|经常居住地|现住址?|家住|现居住?于?|收件地址|收货地址|送达地址(?!确认)|住所地|住所|(?:^|(?<=[，,、）)]))住(?![宅房院所]))[:：为在]?|位于(?=[^，。；]{4,60}?的(?:住所|住处|住宅|家))"#)

    /// An address's body: up to the end of its clause, or the 的 of 位于…的住所.
    private static let body = try! NSRegularExpression(pattern: #"^[\p{Han}A-Za-z0-9\-－·（）()]{4,60}?(?=[，。；;,、\n]|的(?:住所|住处|住宅|家)|$)"#)

    /// The divisions that stay: province (or municipality), prefecture-level city, county or district.
    private static let divisions = try! NSRegularExpression(pattern:
        #"^(?:\p{Han}{2,7}?(?:省|自治区))?(?:\p{Han}{2,7}?(?:市|自治州|地区|盟))?(?:\p{Han}{1,7}?(?:新区|区|县|市|旗))?"#)

    private static let personWords = ["男", "女", "出生", "汉族", "族，", "农民", "学生", "个体工商户", "证人", "自述", "其家", "经营者", "居民"]
    private static let organisationWords = ["公司", "企业", "厂", "研究院", "研究所", "大学", "学院", "医院", "法院", "派出所", "委员会", "局", "中心",
                                            "协会", "银行", "事务所", "合作社", "集团", "分店", "门店", "超市", "商行", "经营部"]

    private static func chinese(in scan: RedactionScan, language: Redactor.Language) -> [ProposedRedaction] {
        let text = scan.folded as String
        return marker.matches(in: text, range: scan.whole).compactMap { match in
            let clause = clause(before: match.range.location, in: scan)
            let word = scan.folded.substring(with: match.range(at: 1).location == NSNotFound ? match.range : match.range(at: 1))
            let isPerson = personWords.contains(where: clause.contains)
            let namesOrganisation = organisationWords.contains(where: clause.contains) && !clause.contains("个体工商户")
            // 住所地 and 位于 are said of companies too: only a person's clause makes them a home.
            let ambiguous = word.hasPrefix("住所") || word.hasPrefix("位于")
            guard !namesOrganisation || (isPerson && !ambiguous), !ambiguous || isPerson else { return nil }
            let start = match.range.location + match.range.length
            guard let address = body.firstMatch(in: text, range: NSRange(location: start, length: scan.folded.length - start)) else { return nil }
            let kept = divisions.firstMatch(in: text, range: address.range)?.range.length ?? 0
            let removed = NSRange(location: address.range.location + kept, length: address.range.length - kept)
            guard removed.length >= 2 else { return nil }
            return scan.proposal(.homeAddress, removed, RedactionKind.homeAddress.marker(language))
        }
    }

    /// The clause a marker stands in: back to the last full stop, semicolon or line break.
    private static func clause(before location: Int, in scan: RedactionScan) -> String {
        let before = scan.before(location, count: 120)
        guard let stop = before.lastIndex(where: { "。；;\n".contains($0) }) else { return before }
        return String(before[before.index(after: stop)...])
    }

    private static let englishMarker = try! NSRegularExpression(pattern:
        #"\b(?:residing|resident|living|lives|domiciled|residence) at |\bhome address(?: is|:)? "#, options: [.caseInsensitive])
    private static let sentenceEnd = try! NSRegularExpression(pattern: #"(?<!\bNo)(?<!\bRd)(?<!\bSt)(?<!\bAve)(?<!\bBldg)\.(?:\s|$)|;"#)
    private static let englishOrganisation = try! NSRegularExpression(pattern:
        #"\b(?:Co\.|Ltd|Inc\.?|Corporation|Company|LLC|GmbH|University|Court|Bureau|Office|Hospital|Institute)\b"#)

    private static func english(in scan: RedactionScan, language: Redactor.Language) -> [ProposedRedaction] {
        let text = scan.folded as String
        return englishMarker.matches(in: text, range: scan.whole).compactMap { match in
            let clause = clause(before: match.range.location, in: scan)
            let clauseRange = NSRange(location: 0, length: (clause as NSString).length)
            guard englishOrganisation.firstMatch(in: clause, range: clauseRange) == nil else { return nil }
            let start = match.range.location + match.range.length
            // To the end of the sentence: a full stop followed by a space or the end, but not the
            // stop of an abbreviation inside an address ("No. 21", "Rd.", "St.").
            let rest = NSRange(location: start, length: scan.folded.length - start)
            let end = sentenceEnd.firstMatch(in: text, range: rest)?.range.location ?? scan.folded.length
            let removed = NSRange(location: start, length: end - start)
            guard removed.length >= 4 else { return nil }
            return scan.proposal(.homeAddress, removed, RedactionKind.homeAddress.marker(language))
        }
    }
}
