/// A provision of law as a court cites it: the instrument, its version and the article, in
/// Chinese and in English. Rules that explain themselves (damages, preservation) name one of these
/// beside each step.
public struct LegalSource: Hashable, Sendable, Codable, CustomStringConvertible {
    /// `《中华人民共和国专利法》（2020年修正）`
    public let instrumentZh: String
    /// `Patent Law of the PRC (2020 amendment)`
    public let instrumentEn: String
    /// `第七十一条` / `Art. 71`, with a paragraph when the rule sits in one.
    public let articleZh: String
    public let articleEn: String

    public init(instrumentZh: String, instrumentEn: String, articleZh: String, articleEn: String) {
        self.instrumentZh = instrumentZh
        self.instrumentEn = instrumentEn
        self.articleZh = articleZh
        self.articleEn = articleEn
    }

    /// `《中华人民共和国专利法》（2020年修正）第七十一条`
    public var zh: String { instrumentZh + articleZh }
    /// `Patent Law of the PRC (2020 amendment), Art. 71`
    public var en: String { "\(instrumentEn), \(articleEn)" }
    public var description: String { en }
}
