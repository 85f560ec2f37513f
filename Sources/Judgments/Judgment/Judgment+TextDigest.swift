import Foundation
import TribunalKernel

extension Judgment {
    /// A digest of everything a reader of the staff side sees of the document (its particulars,
    /// both texts with their confidential marks, the names to anonymise, the designation and the
    /// correction notice): a page carries it so that a change made from that page applies only
    /// to the text it showed. FNV-1a, 64 bits: a check of sameness, not of secrecy.
    public var textDigest: String {
        var parts = [caseNumber.canonical, kind.rawValue, decidedOn.description, judges.joined(separator: "\u{1F}"),
                     personNames.joined(separator: "\u{1F}"), correctionNotice ?? "",
                     designation.map { "\($0.kind.rawValue)\u{1F}\($0.holdingZh)\u{1F}\($0.holdingEn ?? "")" } ?? ""]
        for (code, text) in [("zh", Optional(zh)), ("en", en)] {
            guard let text else { continue }
            parts.append("\(code)\u{1F}\(text.title)")
            for section in text.sections {
                parts.append(section.kind.rawValue)
                parts += section.passages.map { ($0.confidential ? "!" : "") + $0.text }
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1E}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// Refuses a change from a page that showed another text than the one stored now.
    public func requireUnchanged(since digest: String?) throws(InvalidValue) {
        guard let digest, digest != textDigest else { return }
        throw InvalidValue(field: "fingerprint", "the text changed since this page was opened; open it again and redo the change")
    }
}
