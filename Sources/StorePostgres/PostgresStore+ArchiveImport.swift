import Foundation
import PostgresNIO
import StoreRecords
import TribunalKernel
import Docket
import Judgments

extension PostgresStore: ArchiveRepository {
    public func storeArchive(_ archive: [ArchivedCase], batchSize: Int) async throws {
        for start in stride(from: 0, to: archive.count, by: batchSize) {
            let batch = archive[start..<min(start + batchSize, archive.count)]
            try await transaction { connection in
                for item in batch {
                    let courtCase = item.courtCase
                    var record = CaseRecord(courtCase)
                    // The database numbers the row, whatever id an imported case had before.
                    record.id = nil
                    let caseId = try await Self.insert(record, on: connection, logger: logger)
                    try await connection.query("""
                        INSERT INTO caseSequence (year, typeCode, lastSequence)
                        VALUES (\(courtCase.number.year), \(courtCase.type.rawValue), \(courtCase.number.sequences[0]))
                        ON CONFLICT (year, typeCode) DO UPDATE SET lastSequence = greatest(caseSequence.lastSequence, excluded.lastSequence)
                        """, logger: logger)
                    var judgment = item.judgment(caseId: caseId)
                    judgment.id = try await Self.insert(judgment, on: connection, logger: logger)
                    try await connection.query("UPDATE judgment SET document = \(StoredJSON.text(judgment))::jsonb WHERE id = \(judgment.id)",
                                               logger: logger)
                    var publication = item.publication
                    publication.judgmentId = judgment.id
                    publication.version = 1
                    try await Self.insertVersion(publication, on: connection, logger: logger)
                    try await Self.reindex(publication, on: connection, logger: logger)
                }
            }
            // A loaded index follows each batch; one not loaded yet reads the rows when it loads.
            await judgmentSearch.follower.catchUpAfterCommit()
        }
    }
}
