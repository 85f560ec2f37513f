import Foundation
import TribunalKernel
import Accounts
import Docket

/// A kind of personal data found by its written form (Art. 10 of 法释〔2016〕19号): numbers and
/// addresses that identify a person, with the context that tells them from look-alikes.
struct PersonalDataPattern: Sendable {
    let kind: RedactionKind
    let expression: NSRegularExpression
    /// Words, one of which must stand just before a match for it to count (nil: none needed).
    let requiredLabel: [String]?
    /// Numbers that can also be a person's are kept after these labels: an insurance policy,
    /// an order, an invoice is not a bank account or a phone.
    let checksNonPersonalLabels: Bool

    init(_ kind: RedactionKind, _ pattern: String, requiredLabel: [String]? = nil, checksNonPersonalLabels: Bool = true) {
        self.kind = kind
        self.expression = try! NSRegularExpression(pattern: pattern)
        self.requiredLabel = requiredLabel
        self.checksNonPersonalLabels = checksNonPersonalLabels
    }

    func proposals(in scan: RedactionScan, language: Redactor.Language) -> [ProposedRedaction] {
        expression.matches(in: scan.folded as String, range: scan.whole).compactMap { match in
            let before = scan.before(match.range.location, count: 16).lowercased()
            // A label of a document (合同, 订单…) exempts a number only when no personal label
            // (手机, 身份证…) stands between it and the number: "签订合同后，刘某的手机号为…" is a phone.
            if checksNonPersonalLabels, let exempting = Self.lastOffset(of: Self.nonPersonalLabels, in: before),
               (Self.lastOffset(of: Self.personalLabels, in: before) ?? -1) < exempting { return nil }
            if let requiredLabel, !requiredLabel.contains(where: before.contains) { return nil }
            return scan.proposal(kind, match.range, kind.marker(language))
        }
    }

    static let nonPersonalLabels = ["保单", "订单", "单号", "发票", "报关", "编号为第", "注册号", "代码", "认定书", "批准文号", "登记号",
                                    "合同", "policy", "order", "invoice", "isbn"]

    static let bankLabels = ["账号", "账户", "卡号", "银行卡", "开户", "信用卡", "收款", "account", "card"]

    static let personalLabels = bankLabels + ["手机", "电话", "联系", "身份证", "证件", "号码为", "微信", "tel", "phone", "mobile", "id no", "identity"]

    /// Where the last of `labels` ends in `text`, in characters, or nil.
    static func lastOffset(of labels: [String], in text: String) -> Int? {
        labels.compactMap { label in text.range(of: label, options: .backwards).map { text.distance(from: text.startIndex, to: $0.upperBound) } }.max()
    }

    /// In the order they are tried; where two match the same digits the earlier kind wins
    /// (`RedactionKind`'s order: an ID number before a bank account).
    static let all: [PersonalDataPattern] = [
        PersonalDataPattern(.email, #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#, checksNonPersonalLabels: false),
        // 18 digits with a birth date (the 1999 standard, GB 11643), spaces allowed between the parts.
        PersonalDataPattern(.idNumber, #"(?<![0-9A-Za-z])[1-9][0-9]{5} ?(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]) ?[0-9]{3}[0-9Xx](?![0-9A-Za-z])"#),
        // The 15-digit cards issued before 1999.
        PersonalDataPattern(.idNumber, #"(?<![0-9A-Za-z])[1-9][0-9]{5}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}(?![0-9A-Za-z])"#),
        // Mobiles: 11 digits from 13 to 19, with +86/0086 and any grouping by spaces or dashes.
        PersonalDataPattern(.phone, #"(?<![0-9])(?:(?:\+|00) ?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])"#),
        // Landlines: an area code from 0, in brackets or not, 7 or 8 digits, an extension.
        PersonalDataPattern(.phone, #"(?<![0-9])(?:\(0[0-9]{2,3}\) ?|0[0-9]{2,3}[ -]?)[0-9]{3,4}[ -]?[0-9]{4}(?: ?(?:转|ext\.?|x) ?[0-9]{1,5})?(?![0-9])"#),
        // Bank cards and accounts: after a bank's word, 10 to 25 digits, grouped or not (cards
        // have 16 to 19, organisations' accounts 12 to 25); or a UnionPay number (62…) standing alone.
        PersonalDataPattern(.bankAccount, #"(?<![0-9.])(?:[0-9]{3,6}[ -]){2,5}[0-9]{1,6}(?![0-9])|(?<![0-9.])[0-9]{10,25}(?![0-9])"#, requiredLabel: bankLabels),
        PersonalDataPattern(.bankAccount, #"(?<![0-9.])62[0-9]{2}(?:[ -]?[0-9]{4}){2}[ -]?[0-9]{4}(?:[ -]?[0-9]{1,3})?(?![0-9])"#),
        // Plates: a province's character, the issuing office's letter (never I or O), five or six
        // letters and digits (six for new-energy vehicles).
        PersonalDataPattern(.vehiclePlate, #"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][ ·•-]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])"#),
        // The same in an English translation, the province's character in pinyin ("Su E5T72K"),
        // after a word for a vehicle or its plate.
        PersonalDataPattern(.vehiclePlate, #"\b(?:Jing|Jin|Hu|Yu|Ji|Yun|Liao|Hei|Xiang|Wan|Lu|Xin|Su|Zhe|Gan|E|Gui|Meng|Shaan|Shan|Min|Qing|Zang|Chuan|Ning|Qiong|Yue)[ -]?[A-HJ-NP-Z][ ·-]?[A-HJ-NP-Z0-9]{5,6}\b"#,
                            requiredLabel: ["plate", "licen", "vehicle", "registration"]),
        // Certificates of title: 不动产权 (since 2015), 房权证, 房地字, 集体土地使用证, and their English renderings.
        PersonalDataPattern(.propertyCertificate, #"\p{Han}{1,2}\([0-9]{4}\)\p{Han}{1,12}?不动产权第[0-9]{4,10}号"#, checksNonPersonalLabels: false),
        PersonalDataPattern(.propertyCertificate, #"[A-Z]?\p{Han}{1,3}房权证\p{Han}{1,4}字第[0-9]{3,12}号"#, checksNonPersonalLabels: false),
        PersonalDataPattern(.propertyCertificate, #"\p{Han}{1,2}房地(?:\p{Han}{1,2})?字(?:\([0-9]{4}\))?第[0-9]{3,12}号"#, checksNonPersonalLabels: false),
        PersonalDataPattern(.propertyCertificate, #"\p{Han}{1,3}集用\([0-9]{4}\)字第[0-9]{2,10}号"#, checksNonPersonalLabels: false),
        PersonalDataPattern(.propertyCertificate, #"[A-Z][a-z]{0,4} \([0-9]{4}\) [A-Za-z ]{2,40}? (?:Real Estate|Real Property|Property) (?:Right|Title|Ownership)(?: Certificate)? No\. ?[0-9]{4,10}"#, checksNonPersonalLabels: false),
        // A pupil's national student registry number (全国中小学生学籍号): G, L or J and the ID number.
        PersonalDataPattern(.minorInformation, #"(?<![0-9A-Za-z])[GLJ][0-9]{17}[0-9Xx](?![0-9A-Za-z])"#, requiredLabel: ["学籍", "student registr"], checksNonPersonalLabels: false),
    ]
}
