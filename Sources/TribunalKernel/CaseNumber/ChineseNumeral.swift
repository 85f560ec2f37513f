/// Chinese numerals from 1 to 99, as they appear in the 之一/之二 suffix of case numbers.
enum ChineseNumeral {
    private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func format(_ value: Int) -> String {
        precondition((1...99).contains(value), "case-number suffixes run from 之一 to 之九十九")
        let tens = value / 10, units = value % 10
        var text = ""
        if tens > 1 { text.append(digits[tens]) }
        if tens >= 1 { text.append("十") }
        if units > 0 { text.append(digits[units]) }
        return text
    }

    /// Parses 一 … 九十九; nil for anything else (including 零 and a leading 一十).
    static func parse(_ text: Substring) -> Int? {
        let value = Array(text)
        func digit(_ c: Character) -> Int? {
            guard let index = digits.firstIndex(of: c), index > 0 else { return nil }
            return index
        }
        switch value.count {
        case 1:
            return value[0] == "十" ? 10 : digit(value[0])
        case 2:
            if value[0] == "十" { return digit(value[1]).map { 10 + $0 } }
            if value[1] == "十", let t = digit(value[0]), t > 1 { return t * 10 }
            return nil
        case 3:
            guard value[1] == "十", let t = digit(value[0]), t > 1, let u = digit(value[2]) else { return nil }
            return t * 10 + u
        default:
            return nil
        }
    }
}
