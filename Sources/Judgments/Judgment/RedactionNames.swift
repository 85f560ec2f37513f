import TribunalKernel
import Accounts
import Docket

/// The names a judgment's redactor anonymises: the natural persons among the case's parties and
/// those staff added (witnesses, agents). A redaction check holds for these names only; if the
/// case's parties change afterwards, the redactor removes other names and the check is made again.
public struct RedactionNames: Codable, Hashable, Sendable {
    /// Full Chinese names, sorted.
    public var zh: [String]
    /// Names as an English translation writes them, sorted.
    public var en: [String]

    public init(zh: [String], en: [String]) {
        self.zh = Array(Set(zh)).sorted()
        self.en = Array(Set(en)).sorted()
    }
}

extension Redactor {
    /// The redactor for `names`.
    public init(names: RedactionNames) {
        self.init(personNamesZh: names.zh, personNamesEn: names.en)
    }
}
