import Foundation
import TribunalKernel
import Accounts
import Docket

/// Information that identifies a minor (法释〔2016〕19号 Art. 8(3) and Art. 10): a child's name,
/// found by the words that say a child is meant (其子, 未成年人, 年仅…岁) since no party list names
/// them, then wherever else it stands in the text; the school and class a child attends; a
/// student registry number (学籍号). Names become surname + 某, as Art. 9 asks; the rest a marker.
enum MinorInformationFinder {
    static func proposals(in scan: RedactionScan, language: Redactor.Language) -> [ProposedRedaction] {
        let text = scan.folded as String
        var found: [ProposedRedaction] = []
        var names: Set<String> = []
        for match in chineseChild.matches(in: text, range: scan.whole) {
            names.insert(scan.original.substring(with: match.range(at: 1)))
        }
        for name in names {
            found += scan.proposals(everywhere: name, .minorInformation, Redactor.surname(of: name) + "某")
        }
        for match in englishChild.matches(in: text, range: scan.whole) {
            let name = match.range(at: 1)
            let surname = (scan.original.substring(with: name).split(separator: " ").first).map(String.init) ?? ""
            found.append(scan.proposal(.minorInformation, name, surname))
        }
        for expression in [chineseSchool, chineseSchoolGrade, englishSchool] {
            for match in expression.matches(in: text, range: scan.whole) {
                let range = match.numberOfRanges > 1 && match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range
                found.append(scan.proposal(.minorInformation, range, RedactionKind.minorInformation.marker(language)))
            }
        }
        return found
    }

    /// The commonest surnames: a child's name must start with one, so that 其子公司 (its
    /// subsidiary) or 之女儿 is never taken for a name.
    private static let surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"

    /// A child named after the words that say so: 其子王小明（2012年…）, 未成年人李某某, 年仅12岁的张小红.
    private static let chineseChild = try! NSRegularExpression(pattern:
        #"(?:未成年人|未成年子女|未成年的|其子|其女|之子|之女|儿子|女儿|孙子|孙女|外孙女?|年仅[0-9一二三四五六七八九十]{1,3}(?:周)?岁的)[：:，, ]?"#
        + #"([\#(surnames)]\p{Han}{1,2}?)(?=[（(，,、。；;：:]|系|出生|年仅|今年|现年|就读|在读|于[0-9]|[0-9])"#)

    /// In English: "her son, Wang Xiaoming," / "a minor, Li Xiaohong (aged 12)".
    private static let englishChild = try! NSRegularExpression(pattern:
        #"\b(?:a minor|the minor|(?:his|her|their) (?:son|daughter|grandson|granddaughter)),? (?:named )?([A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?)\b"#)

    /// The school a child attends: 就读于北京市海淀区某某小学三年级二班.
    private static let chineseSchool = try! NSRegularExpression(pattern:
        #"(?:就读于|就读|在读于|入读|转学至|转学到|转入)([\p{Han}0-9]{2,24}?(?:小学|中学|初级中学|高级中学|初中|高中|幼儿园|学校)(?:[0-9一二三四五六七八九]{1,2}年级)?(?:[0-9一二三四五六七八九十]{1,2}班)?)"#)

    /// A school with the grade of its pupil: 系某某小学三年级学生.
    private static let chineseSchoolGrade = try! NSRegularExpression(pattern:
        #"(?:系|是|为|[，,、（(])([\p{Han}0-9]{2,24}?(?:小学|中学|初中|高中|幼儿园)(?:[0-9一二三四五六七八九]{1,2}年级|[大中小]班)(?:[0-9一二三四五六七八九十]{1,2}班)?)(?=的?(?:学生|幼儿|在读))"#)

    /// In English: "a pupil at Haidian No. 2 Primary School, Grade 3".
    private static let englishSchool = try! NSRegularExpression(pattern:
        #"(?:pupil|student|enrolled|attends|attending|studies|studying)(?: at| in| of)? ((?:the )?[A-Z][A-Za-z0-9.' -]{2,60}?(?:Primary School|Middle School|High School|Kindergarten)(?:,? (?:Grade|Class) [0-9]+)*)"#)
}
