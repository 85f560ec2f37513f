import Foundation

/// Why a text is not a case number. Each case says what was expected, so that a clerk who typed
/// the number can mend it.
public enum CaseNumberError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case missingYear
    case yearOutOfRange(Int)
    case missingCourtCode
    case unknownTypeCode(String)
    case missingSequence
    case invalidSequence(String)
    case duplicateSequence(Int)
    case missingHao
    case invalidSuffix(String)
    case unexpectedText(String)

    public var description: String {
        switch self {
        case .empty:
            return "the case number is empty"
        case .missingYear:
            return "a case number starts with the year in brackets, e.g. （2019）"
        case let .yearOutOfRange(year):
            return "the year \(year) is not a plausible docket year (1985 to 2100)"
        case .missingCourtCode:
            return "after the year comes the court code: 最高法; a province's abbreviation for its high court (京, 川); with two digits for an intermediate or specialised court (粤73, 苏01); with four for a basic court (京0108)"
        case let .unknownTypeCode(code):
            let tribunal = TribunalCaseType.allCases.map(\.rawValue).joined(separator: ", ")
            return code.isEmpty
                ? "the case-type code is missing (the Tribunal's are \(tribunal))"
                : "'\(code)' is not a case-type code of the SPC's rules (法〔2015〕137号; the Tribunal's are \(tribunal); others include 民初, 民终, 民申, 行终, 知民初, 执)"
        case .missingSequence:
            return "the sequence number is missing before 号"
        case let .invalidSequence(text):
            return "'\(text)' is not a sequence number (a positive whole number)"
        case let .duplicateSequence(sequence):
            return "the sequence \(sequence) appears twice in a compound number"
        case .missingHao:
            return "a case number ends with 号 after the sequence"
        case let .invalidSuffix(text):
            return "'\(text)' is not a valid suffix; later rulings are numbered 之一, 之二 … 之九十九"
        case let .unexpectedText(text):
            return "unexpected text '\(text)' after the case number"
        }
    }
}

extension CaseNumber {
    /// Parses a case number as people type it: full-width or half-width brackets (also 〔〕 and
    /// [] ), stray spaces, full-width digits, and 、 or , between the numbers of a compound number.
    public init(parsing text: String) throws(CaseNumberError) {
        var scanner = Self.normalized(text)[...]
        guard !scanner.isEmpty else { throw .empty }

        // （year）
        guard scanner.first == "(" else { throw .missingYear }
        scanner.removeFirst()
        let yearDigits = scanner.prefix { $0.isASCII && $0.isNumber }
        guard yearDigits.count == 4, let year = Int(yearDigits) else { throw .missingYear }
        scanner.removeFirst(4)
        guard scanner.first == ")" else { throw .missingYear }
        scanner.removeFirst()
        guard (1985...2100).contains(year) else { throw .yearOutOfRange(year) }

        // Court code: 最高法, or a province's abbreviation alone (a high court), with two digits
        // (an intermediate or specialised court) or with four (a basic court).
        let courtCode: String
        if scanner.hasPrefix(Self.supremeCourtCode) {
            courtCode = Self.supremeCourtCode
            scanner.removeFirst(Self.supremeCourtCode.count)
        } else if let region = scanner.first, Self.regionAbbreviations.contains(region) {
            let digits = scanner.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard [0, 2, 4].contains(digits.count) else { throw .missingCourtCode }
            courtCode = String(region) + digits
            scanner.removeFirst(1 + digits.count)
        } else {
            throw .missingCourtCode
        }

        // Case-type code: the Han characters up to the first digit, with or without 知.
        let typeCode = String(scanner.prefix { !($0.isASCII && $0.isNumber) })
        scanner.removeFirst(typeCode.count)
        guard Self.isKnownTypeCode(typeCode) else {
            if typeCode.contains("号") { throw .missingSequence }
            throw .unknownTypeCode(typeCode)
        }

        // Sequences, separated by 、 or a comma, up to 号.
        guard let hao = scanner.firstIndex(of: "号") else {
            throw scanner.isEmpty ? .missingSequence : .missingHao
        }
        let sequenceText = scanner[..<hao]
        guard !sequenceText.isEmpty else { throw .missingSequence }
        var sequences: [Int] = []
        for part in sequenceText.split(whereSeparator: { $0 == "、" || $0 == "," }) {
            guard part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part), value > 0, part.count <= 7 else {
                throw .invalidSequence(String(part))
            }
            guard !sequences.contains(value) else { throw .duplicateSequence(value) }
            sequences.append(value)
        }
        guard !sequences.isEmpty else { throw .missingSequence }
        scanner = scanner[scanner.index(after: hao)...]

        // Optional 之n.
        var suffix: Int?
        if scanner.first == "之" {
            let numeral = scanner.dropFirst()
            guard let value = ChineseNumeral.parse(numeral) else { throw .invalidSuffix(String(scanner)) }
            suffix = value
            scanner = scanner[scanner.endIndex...]
        }
        guard scanner.isEmpty else { throw .unexpectedText(String(scanner)) }

        self.init(year: year, courtCode: courtCode, typeCode: typeCode, sequences: sequences, suffix: suffix)
    }

    /// NFKC (full-width digits and brackets become ASCII), then other bracket forms to ( ), and
    /// every kind of white space removed.
    static func normalized(_ text: String) -> String {
        var result = ""
        // NFKC through Foundation is most of parsing; the search analyzer parses every case
        // number of every judgment, in text it has already normalised.
        let compatible = isCompatibilityStable(text) ? text : text.precomposedStringWithCompatibilityMapping
        for character in compatible {
            let scalars = character.unicodeScalars
            // A one-scalar character (nearly all) is matched by its scalar: matching a
            // `Character` against non-ASCII literals compares by canonical equivalence, which was
            // most of this loop. No literal below has a decomposition, so no longer character
            // can equal one.
            guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
                if !character.isWhitespace { result.append(character) }
                continue
            }
            switch scalar {
            case "〔", "[", "【", "［", "﹝": result.append("(")
            case "〕", "]", "】", "］", "﹞": result.append(")")
            case "，", "､": result.append(",")
            default:
                if !scalar.properties.isWhitespace { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether NFKC leaves `text` as it is, judged by the characters a case number is written
    /// with: ASCII, the CJK unified ideographs, 、 and the brackets 【】〔〕. None of them has a
    /// decomposition or composes with another character; anything else (full-width forms, the
    /// ideographic space, combining marks) answers false, and NFKC runs.
    static func isCompatibilityStable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x00...0x7F, 0x4E00...0x9FFF, 0x3001, 0x3010, 0x3011, 0x3014, 0x3015: return true
            default: return false
            }
        }
    }
}
