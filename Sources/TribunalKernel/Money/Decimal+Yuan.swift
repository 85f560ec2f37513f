import Foundation

/// Amounts of money are `Decimal` yuan (CNY), kept to the fen (two decimals).
extension Decimal {
    /// The amount rounded to `scale` decimals, halves away from zero (四舍五入).
    public func rounded(scale: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }

    /// The amount rounded to the fen.
    public var toFen: Decimal { rounded(scale: 2) }

    /// Whether the amount has no part smaller than a fen.
    public var isWholeFen: Bool { self == toFen }

    /// `1,234,567.80`: the amount to the fen with thousands grouped, as the court writes sums.
    public var yuanText: String {
        let fen = toFen
        let magnitude = fen < 0 ? -fen : fen
        let parts = "\(magnitude)".split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let cents = (fraction + "00").prefix(2)
        return (fen < 0 ? "-" : "") + grouped + "." + cents
    }

    /// `1234567.80`: the amount to the fen without grouping, for machines (the CLI's first line, CSV).
    public var plainYuanText: String { yuanText.replacingOccurrences(of: ",", with: "") }
}

/// Checks an amount of money a person entered: not negative, to the fen, and below a ceiling no
/// real sum reaches (a typing error of extra zeros is refused rather than carried into a ruling).
public enum MoneyField {
    /// The largest amount any field accepts: one trillion yuan.
    public static let ceiling = Decimal(1_000_000_000_000)

    public static func check(_ amount: Decimal, field: String, allowZero: Bool = true) throws(InvalidValue) {
        guard !amount.isNaN else { throw InvalidValue(field: field, "is not a number") }
        guard amount >= 0 else { throw InvalidValue(field: field, "an amount of money cannot be negative (\(amount.yuanText))") }
        if !allowZero, amount == 0 { throw InvalidValue(field: field, "must be more than zero") }
        guard amount.isWholeFen else { throw InvalidValue(field: field, "an amount is given to the fen, at most two decimals (\(amount))") }
        guard amount <= ceiling else { throw InvalidValue(field: field, "\(amount.yuanText) yuan is above the ceiling of \(ceiling.yuanText) yuan") }
    }
}
