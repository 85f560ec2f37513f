import Foundation
import TribunalKernel
import CourtOperations

/// What both engines do alike when they store preservation matters: the document column, and
/// the numbers a change issued, which the `preservationRuling` table keeps unique.
public enum PreservationRecords {
    /// The type code of a matter before litigation, and of the reconsideration of its ruling.
    public static let ownNumberType = "行保"
    public static let reconsiderationType = "行保复"

    /// The matter as its document column holds it.
    public static func document(_ matter: PreservationMatter) -> String {
        StoredJSON.text(matter)
    }

    /// Reads a document column, with the id and version of its row.
    public static func matter(document: String, id: Int64, version: Int) throws -> PreservationMatter {
        var matter = try StoredJSON.value(PreservationMatter.self, document, column: "preservationMatter.document")
        matter.id = id
        matter.version = version
        return matter
    }

    /// The ruling numbers `after` holds that `before` did not: what a change issued.
    public static func issuedNumbers(before: PreservationMatter, after: PreservationMatter) -> [CaseNumber] {
        let then = Set([before.ruling?.number, before.reconsideration?.number].compactMap { $0 })
        return [after.ruling?.number, after.reconsideration?.number].compactMap { $0 }.filter { !then.contains($0) }
    }

    /// A number issued twice: another ruling on the same cases was made meanwhile.
    public static func numberTaken(_ number: CaseNumber) -> PreservationMoveRefused {
        PreservationMoveRefused(field: "version", "the number \(number.canonical) was issued meanwhile by another ruling; reload and try again")
    }
}
