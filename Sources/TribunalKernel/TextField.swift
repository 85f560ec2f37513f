/// The rule every stored text follows, whoever sends it: no control characters (NUL above all, at
/// which SQLite's C strings stop, so that "demo.clerk\u{0}" once signed in as "demo.clerk"), and a
/// bounded length. Names hold one line; reasons, messages and judgments may hold line breaks.
public enum TextField {
    /// Refuses C0 and C1 control characters and the noncharacters U+FFFE and U+FFFF (tabs and line
    /// breaks only in `multiline` text), and text longer than `maxLength` characters.
    public static func check(_ text: (some StringProtocol)?, field: String, maxLength: Int? = nil,
                             multiline: Bool = false) throws(InvalidValue) {
        guard let text else { return }
        for scalar in text.unicodeScalars where !isAllowed(scalar, multiline: multiline) {
            let code = String(scalar.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
            throw InvalidValue(field: field, "contains the control character U+\(padded), which no text may hold")
        }
        if let maxLength, text.count > maxLength {
            throw InvalidValue(field: field, "at most \(maxLength) characters (this has \(text.count))")
        }
    }

    static func isAllowed(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return multiline
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
