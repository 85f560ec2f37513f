import Foundation
import GRDB
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension SQLiteStore: ArchiveRepository {
    public func storeArchive(_ archive: [ArchivedCase], batchSize: Int) async throws {
        let batches = stride(from: 0, to: archive.count, by: batchSize).map {
            Array(archive[$0..<min($0 + batchSize, archive.count)])
        }
        for batch in batches {
            try await writer.write { db in
                for item in batch {
                    let courtCase = item.courtCase
                    let caseId = try Self.insert(courtCase, db: db)
                    try db.execute(sql: """
                        INSERT INTO caseSequence (year, typeCode, lastSequence) VALUES (?, ?, ?)
                        ON CONFLICT (year, typeCode) DO UPDATE SET lastSequence = max(lastSequence, excluded.lastSequence)
                        """, arguments: [courtCase.number.year, courtCase.type.rawValue, courtCase.number.sequences[0]])
                    var publication = item.publication
                    var judgment = item.judgment(caseId: caseId)
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
