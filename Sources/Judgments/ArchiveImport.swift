import Foundation
import TribunalKernel
import Docket

/// A case from before Tribunal, with its number as allocated then and its published judgment.
public struct ArchivedCase: Sendable {
    public var courtCase: CourtCase
    public var publication: PublishedJudgment

    public init(courtCase: CourtCase, publication: PublishedJudgment) {
        self.courtCase = courtCase
        self.publication = publication
    }
}

extension ArchivedCase {
    /// The judgment as stored: the published, already redacted text only (the archive holds no
    /// draft with confidential passages), published once.
    public func judgment(caseId: Int64) -> Judgment {
        var judgment = Judgment(id: 0, caseId: caseId, draft: NewJudgment(
            caseNumber: publication.caseNumber, kind: publication.kind, decidedOn: publication.decidedOn,
            judges: publication.judges, zh: publication.zh, en: publication.en, designation: publication.designation))
        judgment.status = .published
        judgment.publishedVersions = 1
        return judgment
    }
}

/// Stores the court's archive: cases decided before the system, each with its published,
/// already redacted judgment.
public protocol ArchiveRepository: Sendable {
    /// Stores the cases with their numbers, their judgments as published version 1, indexed for
    /// search; `batchSize` cases share a transaction, and a batch that fails writes nothing.
    /// Each number's sequence moves past the imported numbers, so docketing continues without a
    /// duplicate.
    func storeArchive(_ archive: [ArchivedCase], batchSize: Int) async throws
}

/// Imports the court's archive since 2019 (the cases decided before Tribunal), after checking
/// the whole of it: an archive with one case the docket could not hold writes nothing.
public struct ArchiveImporter: Sendable {
    let archives: any ArchiveRepository

    public init(archives: any ArchiveRepository) {
        self.archives = archives
    }

    public func importArchive(_ archive: [ArchivedCase], batchSize: Int = 1000) async throws {
        for (index, item) in archive.enumerated() {
            let number = item.courtCase.number
            guard number.isTribunalNumber, number.sequences.count == 1 else {
                throw InvalidValue(field: "archive[\(index)].number", "\(number.canonical) is not a single Tribunal number")
            }
            guard item.publication.caseNumber.withoutSuffix == number.withoutSuffix else {
                throw InvalidValue(field: "archive[\(index)].publication.caseNumber",
                                   "\(item.publication.caseNumber.canonical) is not a judgment of \(number.canonical)")
            }
        }
        try await archives.storeArchive(archive, batchSize: max(1, batchSize))
    }
}
