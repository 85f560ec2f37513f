import Foundation

/// A Chinese court case number (案号) such as （2019）最高法知民终562号.
///
/// The Tribunal allocates numbers of its own (court code 最高法) and stores the first-instance
/// numbers of the courts below (（2017）粤73民初2163号), which it never allocates. A number may name
/// several cases decided together (（2019）最高法知民终732、733、734号) and may carry the suffix of a
/// later ruling in the same case (…号之一).
public struct CaseNumber: Hashable, Sendable {
    /// The year in brackets: the year the case was docketed.
    public let year: Int
    /// The court's code: 最高法 for the Supreme People's Court, 粤73 for Guangzhou IP Court.
    public let courtCode: String
    /// The case-type code: 知民终, 民初 …
    public let typeCode: String
    /// The sequence numbers; more than one for a compound number.
    public let sequences: [Int]
    /// The n of 之n (之一 = 1), for a later ruling in the same case.
    public let suffix: Int?

    /// The code of the Supreme People's Court in case numbers.
    public static let supremeCourtCode = "最高法"

    public init(year: Int, courtCode: String, typeCode: String, sequences: [Int], suffix: Int? = nil) {
        self.year = year
        self.courtCode = courtCode
        self.typeCode = typeCode
        self.sequences = sequences
        self.suffix = suffix
    }

    /// A number the Tribunal allocates: （year）最高法 + type + sequence + 号.
    public init(year: Int, type: TribunalCaseType, sequence: Int) {
        self.init(year: year, courtCode: Self.supremeCourtCode, typeCode: type.rawValue, sequences: [sequence])
    }

    /// Whether this is a number of a type the Tribunal dockets and allocates (the SPC's other
    /// chambers' numbers, （2019）最高法民申3502号, are read and stored, never allocated).
    public var isTribunalNumber: Bool { tribunalCaseType != nil }

    /// The Tribunal case type, for a Tribunal number.
    public var tribunalCaseType: TribunalCaseType? {
        courtCode == Self.supremeCourtCode ? TribunalCaseType(rawValue: typeCode) : nil
    }

    /// The canonical spelling, with full-width brackets and no spaces: （2019）最高法知民终562号之一.
    public var canonical: String {
        let numbers = sequences.map(String.init).joined(separator: "、")
        let tail = suffix.map { "之" + ChineseNumeral.format($0) } ?? ""
        return "（\(year)）\(courtCode)\(typeCode)\(numbers)号\(tail)"
    }

    /// The number of the case itself, without the 之n suffix of a later ruling.
    public var withoutSuffix: CaseNumber {
        CaseNumber(year: year, courtCode: courtCode, typeCode: typeCode, sequences: sequences)
    }
}

extension CaseNumber: CustomStringConvertible {
    public var description: String { canonical }
}

extension CaseNumber: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            self = try CaseNumber(parsing: container.decode(String.self))
        } catch let error as CaseNumberError {
            // Name the field where the number stood (origin.caseNumber), not just "caseNumber".
            throw InvalidValue(field: decoder.codingPath.fieldPath, error.reason)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(canonical)
    }
}

/// The case types the Tribunal dockets, with the type code that its case numbers carry.
public enum TribunalCaseType: String, CaseIterable, Codable, Sendable {
    case civilAppeal = "知民终"
    case administrativeAppeal = "知行终"
    case jurisdictionAppeal = "知民辖终"
    case civilRetrialReview = "知民申"
    case administrativeRetrialReview = "知行申"
    case civilRetrial = "知民再"
    case administrativeRetrial = "知行再"

    public var code: String { rawValue }

    public var zh: String {
        switch self {
        case .civilAppeal: return "民事二审"
        case .administrativeAppeal: return "行政二审"
        case .jurisdictionAppeal: return "管辖权异议上诉"
        case .civilRetrialReview: return "民事申请再审审查"
        case .administrativeRetrialReview: return "行政申请再审审查"
        case .civilRetrial: return "民事再审"
        case .administrativeRetrial: return "行政再审"
        }
    }

    public var en: String {
        switch self {
        case .civilAppeal: return "Civil appeal"
        case .administrativeAppeal: return "Administrative appeal"
        case .jurisdictionAppeal: return "Jurisdiction appeal"
        case .civilRetrialReview: return "Civil retrial review"
        case .administrativeRetrialReview: return "Administrative retrial review"
        case .civilRetrial: return "Civil retrial"
        case .administrativeRetrial: return "Administrative retrial"
        }
    }

    /// Whether the decision under appeal is a ruling (裁定) rather than a judgment (判决): a
    /// jurisdiction objection is decided by ruling, which shortens the appellate trial period.
    public var appealsAgainstRuling: Bool { self == .jurisdictionAppeal }
}
