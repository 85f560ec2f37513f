/// One token of analysed text.
public struct Token: Hashable, Sendable, CustomStringConvertible {
    /// What the token stands for.
    public enum Kind: String, Sendable {
        /// Two adjacent Han characters.
        case hanBigram
        /// One Han character: a lone one, or (when indexing) each character beside its bigrams.
        case hanUnigram
        /// A Latin word, stemmed.
        case word
        case number
        /// A whole case number in canonical form, e.g. （2019）最高法知民终562号.
        case caseNumber
        /// A whole patent or publication number, e.g. zl201510123456.7, cn1234567a.
        case patentNumber
        /// A statute article in a language-neutral form: 专利法第六十五条 and Patent Law Art. 65 both give §专利法65.
        case statute
    }

    public let text: String
    public let kind: Kind
    /// Byte offsets of the token in the original UTF-8 text, for highlighting.
    public let utf8Range: Range<Int>
    /// True when the token stands at the same position as the one before it (an alternative form,
    /// not a next word), so that phrase queries still see consecutive positions.
    public let colocated: Bool

    public init(text: String, kind: Kind, utf8Range: Range<Int>, colocated: Bool = false) {
        self.text = text
        self.kind = kind
        self.utf8Range = utf8Range
        self.colocated = colocated
    }

    public var description: String { text }
}
