import Foundation

/// Makes the public text of a judgment: anonymises natural persons and removes personal data and
/// confidential passages, following 最高人民法院关于人民法院在互联网公布裁判文书的规定 (2016), Arts. 8–11.
public struct Redactor: Sendable {
    public enum Language: Sendable { case zh, en }

    /// Natural persons' full names in Chinese; each becomes its surname + 某 (刘某).
    public let personNamesZh: [String]
    /// Their names in English translations ("Liu Wei"); each becomes the surname alone.
    public let personNamesEn: [String]

    public init(personNamesZh: [String], personNamesEn: [String] = []) {
        // Longer names first, so that 欧阳明华 is replaced before 欧阳明.
        self.personNamesZh = Array(Set(personNamesZh.filter { $0.count >= 2 && !$0.hasSuffix("某") })).sorted { $0.count > $1.count }
        self.personNamesEn = Array(Set(personNamesEn.filter { $0.contains(" ") })).sorted { $0.count > $1.count }
    }

    /// The marker that stands where a confidential passage was.
    public static func confidentialMarker(_ language: Language) -> String {
        language == .zh ? "〔此处涉及技术秘密，不予公开〕" : "[Confidential technical information withheld]"
    }

    public func redact(_ text: JudgmentText, language: Language) -> JudgmentText {
        JudgmentText(title: redact(text.title, language: language), sections: text.sections.map { section in
            JudgmentSection(kind: section.kind, passages: section.passages.map { passage in
                // A confidential passage is dropped whole: not one of its characters is kept.
                passage.confidential ? Passage(Self.confidentialMarker(language)) : Passage(redact(passage.text, language: language))
            })
        })
    }

    /// The public form of one piece of text.
    public func redact(_ text: String, language: Language) -> String {
        var result = text
        for (pattern, zh, en) in Self.personalData {
            result = pattern.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result),
                                                      withTemplate: NSRegularExpression.escapedTemplate(for: language == .zh ? zh : en))
        }
        for name in personNamesZh {
            result = result.replacingOccurrences(of: name, with: Self.surname(of: name) + "某")
        }
        for name in personNamesEn {
            // Chinese names in translation put the surname first ("Liu Wei"); keep it.
            result = result.replacingOccurrences(of: name, with: String(name.split(separator: " ")[0]))
        }
        return result
    }

    private static let compoundSurnames: Set<String> = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容",
                                                          "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫"]

    static func surname(of name: String) -> String {
        let two = String(name.prefix(2))
        return name.count >= 3 && compoundSurnames.contains(two) ? two : String(name.prefix(1))
    }

    /// Personal data by pattern, in the order applied: ID numbers before bank accounts, since an
    /// ID number is also a long run of digits.
    private static let personalData: [(NSRegularExpression, String, String)] = [
        (try! NSRegularExpression(pattern: "(?<![0-9A-Za-z])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])"),
         "〔身份证号码已隐去〕", "[ID number withheld]"),
        (try! NSRegularExpression(pattern: "(?<![0-9])(?:\\+?86[- ]?)?1[3-9]\\d{9}(?![0-9])"), "〔电话号码已隐去〕", "[phone number withheld]"),
        (try! NSRegularExpression(pattern: "(?<![0-9])0\\d{2,3}-\\d{7,8}(?![0-9])"), "〔电话号码已隐去〕", "[phone number withheld]"),
        (try! NSRegularExpression(pattern: "(?<![0-9.])(?:\\d{4}[ ]?){3}\\d{4}(?:[ ]?\\d{1,3})?(?![0-9.])"), "〔银行账号已隐去〕", "[bank account withheld]"),
        (try! NSRegularExpression(pattern: "(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?\\p{Han}{0,12}?(?:市|区|县|旗)[\\p{Han}0-9\\-]{1,30}?(?:路|街|道|巷|村|镇|大厦|小区)[\\p{Han}0-9\\-]{0,20}?(?:号|室|栋|楼|单元)"),
         "〔住址已隐去〕", "[address withheld]"),
    ]
}
