import Foundation
import GRDB
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension SQLiteStore {
    /// A case from before Tribunal, with its number as allocated then and its published judgment.
    public struct ArchivedCase: Sendable {
        public var courtCase: CourtCase
        public var publication: PublishedJudgment

        public init(courtCase: CourtCase, publication: PublishedJudgment) {
            self.courtCase = courtCase
            self.publication = publication
        }
    }

    /// Imports cases decided before the system, keeping their numbers, with their published
    /// judgments indexed for search: the court's archive since 2019. Batches share a transaction;
    /// a batch that fails writes nothing. Number sequences move past the imported numbers, so
    /// docketing continues without a duplicate. The caller saves the search index's snapshot
    /// when the whole archive is in (`saveSearchIndex()`).
    public func importArchive(_ archive: [ArchivedCase], batchSize: Int = 1000) async throws {
        let batches = stride(from: 0, to: archive.count, by: max(1, batchSize)).map {
            Array(archive[$0..<min($0 + max(1, batchSize), archive.count)])
        }
        for batch in batches {
            try await writer.write { db in
                for item in batch {
                    let courtCase = item.courtCase
                    guard courtCase.number.isTribunalNumber, courtCase.number.sequences.count == 1 else {
                        throw InvalidValue(field: "number", "\(courtCase.number.canonical) is not a single Tribunal number")
                    }
                    let caseId = try Self.insert(courtCase, db: db)
                    try db.execute(sql: """
                        INSERT INTO caseSequence (year, typeCode, lastSequence) VALUES (?, ?, ?)
                        ON CONFLICT (year, typeCode) DO UPDATE SET lastSequence = max(lastSequence, excluded.lastSequence)
                        """, arguments: [courtCase.number.year, courtCase.type.rawValue, courtCase.number.sequences[0]])
                    var publication = item.publication
                    // The archive holds only published, already redacted text: no draft with confidential passages.
                    var judgment = Judgment(id: 0, caseId: caseId, draft: NewJudgment(
                        caseNumber: publication.caseNumber, kind: publication.kind, decidedOn: publication.decidedOn,
                        judges: publication.judges, zh: publication.zh, en: publication.en, designation: publication.designation))
                    judgment.status = .published
                    judgment.publishedVersions = 1
                    try db.execute(sql: "INSERT INTO judgment (caseId, caseNumber, status, publishedVersions, document) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [caseId, judgment.caseNumber.canonical, judgment.status.rawValue, 1, Self.json(judgment)])
                    judgment.id = db.lastInsertedRowID
                    publication.judgmentId = judgment.id
                    publication.version = 1
                    try db.execute(sql: "UPDATE judgment SET document = ? WHERE id = ?", arguments: [Self.json(judgment), judgment.id])
                    try db.execute(sql: """
                        INSERT INTO judgmentVersion (judgmentId, version, caseNumber, caseKey, decidedOn, publishedAt, document)
                        VALUES (?, 1, ?, ?, ?, ?, ?)
                        """, arguments: [judgment.id, publication.caseNumber.canonical, publication.caseNumber.withoutSuffix.canonical,
                                         publication.decidedOn, publication.publishedAt, Self.json(publication)])
                    try reindex(publication, db: db)
                }
            }
            // A loaded index follows each batch; one not loaded yet reads the rows when it loads.
            await searchIndex.catchUpAfterCommit()
        }
    }
}
