import Foundation
import TribunalKernel
import Accounts
import Docket

/// One published version of a judgment: only redacted text, and never a confidential passage.
/// A published version is immutable; a correction publishes the next version with a notice.
public struct PublishedJudgment: Codable, Hashable, Sendable {
    public var judgmentId: Int64
    public var version: Int
    public var caseNumber: CaseNumber
    public var kind: Judgment.Kind
    public var decidedOn: CalendarDate
    public var publishedAt: Date
    public var judges: [String]
    public var cause: CauseOfAction
    public var type: TribunalCaseType
    public var originCourtCode: String?
    public var disposition: Disposition?
    public var designation: Designation?
    public var zh: JudgmentText
    public var en: JudgmentText?
    /// For a correction: what was corrected and why.
    public var correctionNotice: String?

    /// Languages the version is published in.
    public var languages: [String] { en == nil ? ["zh"] : ["zh", "en"] }
}

extension Judgment {
    /// The next public version: the redacted text, with the case's public facts.
    ///
    /// Natural persons among the case's parties, and the names staff added, are anonymised;
    /// confidential passages are replaced by a marker (关于人民法院在互联网公布裁判文书的规定, Arts. 8–11).
    /// The review's decisions (`redactionReview`) are applied, so that the same draft and
    /// decisions always make the same public text.
    public func publication(of courtCase: CourtCase, at instant: Date) -> PublishedJudgment {
        let redactor = redactor(for: courtCase)
        let review = redactionReview
        return PublishedJudgment(
            judgmentId: id, version: publishedVersions + 1, caseNumber: caseNumber, kind: kind, decidedOn: decidedOn,
            publishedAt: instant, judges: judges, cause: courtCase.cause, type: courtCase.type,
            originCourtCode: courtCase.origin?.courtCode, disposition: courtCase.disposition,
            designation: designation.map { Designation(kind: $0.kind,
                                                       holdingZh: redactor.redact($0.holdingZh, language: .zh, field: "designation.holdingZh", review: review),
                                                       holdingEn: $0.holdingEn.map { redactor.redact($0, language: .en, field: "designation.holdingEn", review: review) }) },
            zh: redactor.redact(zh, language: .zh, prefix: "zh", review: review),
            en: en.map { redactor.redact($0, language: .en, prefix: "en", review: review) },
            correctionNotice: correctionNotice.map { redactor.redact($0, language: .zh, field: "correctionNotice", review: review) })
    }

    /// The redactor for this judgment: the case's natural persons and the names staff added.
    public func redactor(for courtCase: CourtCase) -> Redactor {
        Redactor(names: redactionNames(for: courtCase))
    }

    /// The names this judgment's redactor removes, with the case's parties as they are now.
    public func redactionNames(for courtCase: CourtCase) -> RedactionNames {
        let persons = courtCase.parties.filter { $0.kind == .person }
        return RedactionNames(zh: persons.map(\.name) + personNames, en: persons.compactMap(\.nameEn))
    }
}
