import Foundation
import TribunalKernel
import Accounts
import Docket

/// Makes the public text of a judgment: anonymises natural persons and removes personal data and
/// confidential passages, following 最高人民法院关于人民法院在互联网公布裁判文书的规定
/// (法释〔2016〕19号), Arts. 8–11. Every removal is first a `ProposedRedaction` with its kind,
/// reason and span, so that staff can review it; the public text is the draft with the accepted
/// proposals applied.
public struct Redactor: Sendable {
    public enum Language: Sendable { case zh, en }

    /// The natural persons to anonymise, with the spellings of their names in both languages.
    let persons: [PersonName]

    /// `personNamesZh` are full Chinese names (each becomes its surname + 某, and its pinyin in
    /// any order and case becomes the surname in English); `personNamesEn` are names as an English
    /// translation writes them, surname first ("Liu Deming").
    public init(personNamesZh: [String], personNamesEn: [String] = []) {
        var persons = Set(personNamesZh.compactMap(PersonName.init(chinese:)))
        persons.formUnion(personNamesEn.compactMap(PersonName.init(english:)))
        // Longer names first, so that 欧阳明华 is replaced before 欧阳明.
        self.persons = persons.sorted { ($0.chinese?.count ?? 0, $0.english.count) > ($1.chinese?.count ?? 0, $1.english.count) }
    }

    /// The marker that stands where a confidential passage was.
    public static func confidentialMarker(_ language: Language) -> String {
        language == .zh ? "〔此处涉及技术秘密，不予公开〕" : "[Confidential technical information withheld]"
    }

    /// The public form of a judgment's text in one language, named `prefix` ("zh", "en") in
    /// `review`, whose decisions are applied.
    public func redact(_ text: JudgmentText, language: Language, prefix: String = "", review: RedactionReview? = nil) -> JudgmentText {
        JudgmentText(title: redact(text.title, language: language, field: prefix + ".title", review: review),
                     sections: text.sections.enumerated().map { sectionIndex, section in
            JudgmentSection(kind: section.kind, passages: section.passages.enumerated().map { passageIndex, passage in
                // A confidential passage is dropped whole: not one of its characters is kept.
                passage.confidential ? Passage(Self.confidentialMarker(language))
                    : Passage(redact(passage.text, language: language, field: PublishedField.passage(prefix, section: sectionIndex, passage: passageIndex),
                                     review: review))
            })
        })
    }

    /// The public form of one piece of text: every proposal applied but those `review` rejected
    /// for `field`, and the removals it added.
    public func redact(_ text: String, language: Language, field: String = "", review: RedactionReview? = nil) -> String {
        Self.apply(reviewedProposals(in: text, field: field, language: language, review: review), to: text)
    }

    /// Every removal the rules call for in `text`, in order, none overlapping another.
    public func proposals(in text: String, language: Language) -> [ProposedRedaction] {
        let scan = RedactionScan(text)
        var found = PersonalDataPattern.all.flatMap { $0.proposals(in: scan, language: language) }
        found += HomeAddressFinder.proposals(in: scan, language: language)
        found += MinorInformationFinder.proposals(in: scan, language: language)
        found += persons.flatMap { $0.proposals(in: scan) }
        return Self.withoutOverlaps(found, in: scan.original)
    }

    /// `text` with `proposals` replaced by their replacements; proposals that no longer match
    /// the text (it changed since they were made) are left out.
    public static func apply(_ proposals: [ProposedRedaction], to text: String) -> String {
        let result = NSMutableString(string: text)
        for proposal in withoutOverlaps(proposals, in: text as NSString).reversed()
        where proposal.location + proposal.length <= result.length && result.substring(with: proposal.range) == proposal.original {
            result.replaceCharacters(in: proposal.range, with: proposal.replacement)
        }
        return result as String
    }

    /// Overlapping proposals become one that covers them all, of the earliest one's kind (of two
    /// at one place, the longer, then the kind listed first): dropping one of them would publish
    /// the part of it that the other does not cover.
    static func withoutOverlaps(_ proposals: [ProposedRedaction], in text: NSString) -> [ProposedRedaction] {
        let order = Dictionary(uniqueKeysWithValues: RedactionKind.allCases.enumerated().map { ($1, $0) })
        let sorted = proposals.sorted {
            ($0.location, -$0.length, order[$0.kind] ?? 0) < ($1.location, -$1.length, order[$1.kind] ?? 0)
        }
        var kept: [ProposedRedaction] = []
        for proposal in sorted {
            guard var last = kept.last, proposal.location < last.location + last.length else {
                kept.append(proposal)
                continue
            }
            let end = max(last.location + last.length, proposal.location + proposal.length)
            guard end > last.location + last.length, end <= text.length else { continue }
            last.length = end - last.location
            last.original = text.substring(with: last.range)
            // A name grown into another kind of datum takes that datum's kind and marker.
            if last.kind == .personName, proposal.kind != .personName {
                last.kind = proposal.kind
                last.replacement = proposal.replacement
            }
            kept[kept.count - 1] = last
        }
        return kept
    }

    private static let compoundSurnames: Set<String> = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容",
                                                          "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫"]

    static func surname(of name: String) -> String {
        let two = String(name.prefix(2))
        return name.count >= 3 && compoundSurnames.contains(two) ? two : String(name.prefix(1))
    }
}

/// A text prepared for the patterns: full-width digits, letters and punctuation folded to ASCII
/// (one UTF-16 unit for one, so offsets are the original's), as NSString for NSRegularExpression.
struct RedactionScan {
    let original: NSString
    let folded: NSString

    init(_ text: String) {
        original = text as NSString
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        folded = String(scalars) as NSString
    }

    var whole: NSRange { NSRange(location: 0, length: folded.length) }

    func proposal(_ kind: RedactionKind, _ range: NSRange, _ replacement: String) -> ProposedRedaction {
        ProposedRedaction(kind: kind, location: range.location, length: range.length,
                          original: original.substring(with: range), replacement: replacement)
    }

    /// A proposal of `kind` at every occurrence of `text` in the original.
    func proposals(everywhere text: String, _ kind: RedactionKind, _ replacement: String) -> [ProposedRedaction] {
        var found: [ProposedRedaction] = []
        var range = original.range(of: text)
        while range.location != NSNotFound {
            found.append(proposal(kind, range, replacement))
            let next = range.location + range.length
            range = original.range(of: text, range: NSRange(location: next, length: original.length - next))
        }
        return found
    }

    /// Up to `count` UTF-16 units before `location`, folded.
    func before(_ location: Int, count: Int) -> String {
        let start = max(0, location - count)
        return folded.substring(with: NSRange(location: start, length: location - start))
    }
}
