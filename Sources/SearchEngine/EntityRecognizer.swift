import Foundation
import TribunalKernel

/// Finds the spans that are searched as a whole: case numbers, patent numbers, statute articles.
enum EntityRecognizer {
    struct Entity {
        let units: Range<Int>
        let text: String
        let kind: Token.Kind
    }

    /// Statutes by their Chinese short name, with the English names that cite them.
    static let statutes: [(zh: String, en: [String])] = [
        ("专利法实施细则", ["implementing regulations of the patent law", "patent law implementing regulations"]),
        ("专利法", ["patent law"]),
        ("民事诉讼法", ["civil procedure law"]),
        ("行政诉讼法", ["administrative litigation law", "administrative procedure law"]),
        ("反垄断法", ["anti-monopoly law", "antimonopoly law"]),
        ("反不正当竞争法", ["anti-unfair competition law"]),
        ("著作权法", ["copyright law"]),
        ("商标法", ["trademark law"]),
        ("民法典", ["civil code"]),
        ("种子法", ["seed law"]),
        ("植物新品种保护条例", ["regulations on the protection of new varieties of plants"]),
        ("集成电路布图设计保护条例", ["regulations on the protection of layout-designs of integrated circuits"]),
        ("计算机软件保护条例", ["regulations on the protection of computer software"]),
    ]

    private static let regions = "京津沪渝冀晋内辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔云藏陕甘青宁新兵"

    private static let caseNumberPattern = try! NSRegularExpression(pattern:
        "[(\\[〔【]\\s*\\d{4}\\s*[)\\]〕】]\\s*(?:最高法|[\(regions)](?:\\s*\\d{2}(?:\\d{2})?)?)\\s*\\p{Han}{1,4}?\\s*\\d+(?:\\s*[、,]\\s*\\d+)*\\s*号(?:之[一二三四五六七八九十]{1,3})?")
    private static let patentPattern = try! NSRegularExpression(pattern:
        "(?<![0-9a-z.])(?:zl\\s?(\\d{8}|\\d{12})\\s?\\.?\\s?([0-9x])|(\\d{8}|\\d{12})\\.([0-9x])|cn\\s?(\\d{6,9}\\s?[abcuys]\\d?))(?![0-9a-z])")
    private static let zhStatutePattern = try! NSRegularExpression(pattern:
        "《?(?:中华人民共和国)?(\(statutes.map(\.zh).joined(separator: "|")))》?\\s*第([零一二三四五六七八九十百千两0-9]+)条")
    private static let enStatutePattern = try! NSRegularExpression(pattern:
        "(?:the\\s+)?(\(statutes.flatMap(\.en).map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")))(?:\\s+of\\s+the\\s+(?:people's\\s+republic\\s+of\\s+china|prc))?,?\\s+art(?:icle|\\.)?\\s*(\\d{1,4})")

    /// A statute token written as the analyzer writes it (§专利法65), so that a token can be searched for as it is.
    private static let statuteTokenPattern = try! NSRegularExpression(pattern:
        "§(\(statutes.map(\.zh).joined(separator: "|")))(\\d{1,4})")

    /// The entities of `units`; `ignoringClues` runs every pattern on every window, for tests.
    static func entities(in units: [Analyzer.Unit], ignoringClues: Bool = false) -> [Entity] {
        var found: [Entity] = []
        for window in windows(in: units) {
            found += entities(in: units, window: window, clues: ignoringClues ? Clues.everything : Clues(units[window]))
        }
        // Keep the earliest of overlapping entities.
        found.sort { $0.units.lowerBound < $1.units.lowerBound }
        var result: [Entity] = []
        for entity in found where entity.units.lowerBound >= (result.last?.units.upperBound ?? 0) {
            result.append(entity)
        }
        return result
    }

    /// The stretches of text that may hold an entity: around the characters each kind of entity
    /// must contain (号, 条, digits, "art", §). The patterns then run on these alone, not on the
    /// whole judgment; that was most of the analyzer's time.
    static func windows(in units: [Analyzer.Unit]) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        func add(_ lower: Int, _ upper: Int) {
            var lower = max(0, lower), upper = min(units.count, upper)
            // Never cut a run of letters, digits and dots: the patterns look behind and ahead of them.
            while lower > 0, isRunCharacter(units[lower - 1].scalar) { lower -= 1 }
            while upper < units.count, isRunCharacter(units[upper].scalar) { upper += 1 }
            if let last = windows.last, lower <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                windows.append(lower..<upper)
            }
        }
        for (i, unit) in units.enumerated() {
            switch unit.scalar {
            case "号": add(i - 64, i + 6)
            case "条": add(i - 48, i + 1)
            case "§": add(i, i + 24)
            case "0"..."9": add(i - 4, i + 20)
            case "a" where i + 2 < units.count && units[i + 1].scalar == "r" && units[i + 2].scalar == "t": add(i - 128, i + 12)
            default: break
            }
        }
        return windows
    }

    private static func isRunCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || scalar == "."
    }

    /// The entities in one window, with unit ranges of the whole text.
    private static func entities(in units: [Analyzer.Unit], window: Range<Int>, clues: Clues) -> [Entity] {
        // Most windows open around a date or a sum and hold no clue: building their text for no
        // pattern was a tenth of the analyzer's time.
        guard clues.anyPattern else { return [] }
        let text = Analyzer.text(of: units[window])
        let nsText = text as NSString
        // Map UTF-16 offsets of the joined text back to unit indices.
        var unitAtUTF16: [Int] = []
        unitAtUTF16.reserveCapacity(nsText.length + 1)
        for index in window {
            for _ in 0..<UTF16.width(units[index].scalar) { unitAtUTF16.append(index) }
        }
        unitAtUTF16.append(window.upperBound)
        let whole = NSRange(location: 0, length: nsText.length)
        var found: [Entity] = []

        func unitRange(_ range: NSRange) -> Range<Int> {
            unitAtUTF16[range.location]..<unitAtUTF16[range.location + range.length]
        }

        for match in clues.caseNumber ? caseNumberPattern.matches(in: text, range: whole) : [] {
            if let number = try? CaseNumber(parsing: nsText.substring(with: match.range)) {
                found.append(Entity(units: unitRange(match.range), text: number.canonical, kind: .caseNumber))
            }
        }
        for match in clues.patent ? patentPattern.matches(in: text, range: whole) : [] {
            func group(_ i: Int) -> String? {
                let r = match.range(at: i)
                return r.location == NSNotFound ? nil : nsText.substring(with: r)
            }
            let token: String
            if let digits = group(1), let check = group(2) { token = "zl\(digits).\(check)" }
            else if let digits = group(3), let check = group(4) { token = "zl\(digits).\(check)" }
            else if let publication = group(5) { token = "cn" + publication.replacingOccurrences(of: " ", with: "") }
            else { continue }
            found.append(Entity(units: unitRange(match.range), text: token, kind: .patentNumber))
        }
        for match in clues.tiao ? zhStatutePattern.matches(in: text, range: whole) : [] {
            let law = nsText.substring(with: match.range(at: 1))
            guard let article = parseArticle(nsText.substring(with: match.range(at: 2))) else { continue }
            found.append(Entity(units: unitRange(match.range), text: "§\(law)\(article)", kind: .statute))
        }
        for match in clues.section ? statuteTokenPattern.matches(in: text, range: whole) : [] {
            let law = nsText.substring(with: match.range(at: 1))
            guard let article = Int(nsText.substring(with: match.range(at: 2))) else { continue }
            found.append(Entity(units: unitRange(match.range), text: "§\(law)\(article)", kind: .statute))
        }
        for match in clues.art ? enStatutePattern.matches(in: text, range: whole) : [] {
            let name = nsText.substring(with: match.range(at: 1))
            guard let law = statutes.first(where: { $0.en.contains(name) })?.zh,
                  let article = Int(nsText.substring(with: match.range(at: 2))) else { continue }
            found.append(Entity(units: unitRange(match.range), text: "§\(law)\(article)", kind: .statute))
        }
        return found
    }

    /// What a window holds that each pattern cannot match without. Most windows open around a
    /// date or a sum of money and hold none of it; running every pattern on every window was a
    /// fifth of the analyzer's time.
    struct Clues {
        var hao = false, tiao = false, section = false, art = false
        /// An opening bracket, then (after any spaces) four digits: how a case number starts.
        var bracketedYear = false
        /// A run of six or more decimal digits (`\d`, any script) after zl or cn, or one of
        /// eight or more before a dot: what each form of patent number needs.
        var patent = false

        /// Whether a case number can stand in the window.
        var caseNumber: Bool { hao && bracketedYear }

        /// Whether any pattern can match.
        var anyPattern: Bool { caseNumber || patent || tiao || section || art }

        /// Clues for every pattern.
        static let everything = Clues(hao: true, tiao: true, section: true, art: true, bracketedYear: true, patent: true)

        private init(hao: Bool, tiao: Bool, section: Bool, art: Bool, bracketedYear: Bool, patent: Bool) {
            (self.hao, self.tiao, self.section, self.art, self.bracketedYear, self.patent) = (hao, tiao, section, art, bracketedYear, patent)
        }

        init(_ units: ArraySlice<Analyzer.Unit>) {
            var run = 0
            var zl = false, cn = false, longestRun = 0, runBeforeDot = false
            var beforeLast: Unicode.Scalar = " ", last: Unicode.Scalar = " "
            // Whether only spaces and digits came since the last opening bracket (a false alarm
            // costs a search of the window; a missed one, a case number).
            var afterOpener = false
            for unit in units {
                let scalar = unit.scalar
                let isDigit = scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType == .decimal
                switch scalar {
                case "号": hao = true
                case "条": tiao = true
                case "§": section = true
                case "t" where beforeLast == "a" && last == "r": art = true
                case "l" where last == "z": zl = true
                case "n" where last == "c": cn = true
                case "." where run >= 8: runBeforeDot = true
                default: break
                }
                (beforeLast, last) = (last, scalar)
                run = isDigit ? run + 1 : 0
                longestRun = max(longestRun, run)
                switch scalar {
                case "(", "[", "〔", "【": afterOpener = true
                default:
                    guard afterOpener else { break }
                    if run >= 4 { bracketedYear = true }
                    if !isDigit, !scalar.properties.isWhitespace { afterOpener = false }
                }
            }
            patent = longestRun >= 6 && (zl || cn || runBeforeDot)
        }
    }

    /// 65, 六十五, 一百二十三, 一千零五 → the article number.
    static func parseArticle(_ text: String) -> Int? {
        if let value = Int(text) { return value > 0 ? value : nil }
        let digits: [Character: Int] = ["零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
        var total = 0, pending = 0
        for character in text {
            if let digit = digits[character] {
                pending = digit
            } else if let unit = units[character] {
                total += (pending == 0 ? 1 : pending) * unit
                pending = 0
            } else {
                return nil
            }
        }
        total += pending
        return total > 0 ? total : nil
    }
}

/// A statute token in words a judge reads: §专利法65 is 《专利法》第65条, or Patent Law Art. 65.
public enum StatuteCitation {
    public static func readable(_ token: String, english: Bool) -> String {
        guard token.hasPrefix("§") else { return token }
        let body = token.dropFirst()
        let article = String(body.reversed().prefix { $0.isNumber }.reversed())
        let law = String(body.dropLast(article.count))
        guard !article.isEmpty, let statute = EntityRecognizer.statutes.first(where: { $0.zh == law }) else { return token }
        if english, let name = statute.en.first {
            let titled = name.split(separator: " ").map { word in
                word == "of" || word == "the" ? String(word) : word.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
            }
            return titled.joined(separator: " ") + " Art. \(article)"
        }
        return "《\(law)》第\(article)条"
    }
}
