import Foundation
import TribunalKernel
import Docket

/// The rules of action preservation in one place: what an application needs, which cases it may
/// be made in, how each move is checked, and the fine statements. Repositories only store and load.
public struct PreservationService: Sendable {
    public let matters: any PreservationRepository
    public let cases: any CaseRepository

    public init(matters: any PreservationRepository, cases: any CaseRepository) {
        self.matters = matters
        self.cases = cases
    }

    /// Files an application after checking it. During litigation its cases must exist, be undecided
    /// and share year and type, and their numbers together make the matter's number
    /// (（2019）最高法知民终732、733、734号); before litigation the store allocates a 行保 number.
    public func file(_ draft: NewPreservationMatter, actor: String, at instant: Date) async throws -> PreservationMatter {
        try draft.validate(now: instant)
        var number: CaseNumber?
        if draft.stage == .duringLitigation {
            var found: [CourtCase] = []
            for (index, id) in draft.caseIds.enumerated() {
                guard let courtCase = try await cases.find(id: id) else { throw NotFound(field: "caseIds[\(index)]", "no case has id \(id)") }
                guard courtCase.status != .closed else {
                    throw InvalidValue(field: "caseIds[\(index)]", "\(courtCase.number.canonical) is closed; preservation is applied for while a case is pending")
                }
                found.append(courtCase)
            }
            let first = found[0].number
            for (index, courtCase) in found.enumerated() where courtCase.number.year != first.year || courtCase.number.typeCode != first.typeCode {
                throw InvalidValue(field: "caseIds[\(index)]", "cases heard together share a year and a type: \(courtCase.number.canonical) does not match \(first.canonical)")
            }
            number = CaseNumber(year: first.year, courtCode: first.courtCode, typeCode: first.typeCode,
                                sequences: found.flatMap(\.number.sequences).sorted())
        }
        return try await matters.file(draft, number: number, actor: actor, at: instant)
    }

    /// The matter with this id; `NotFound` naming the id otherwise.
    public func matter(id: Int64) async throws -> PreservationMatter {
        guard let found = try await matters.matter(id: id) else { throw NotFound(field: "id", "no preservation matter has id \(id)") }
        return found
    }

    /// Applies one move inside the repository's transaction; a refused move writes nothing.
    public func apply(_ move: PreservationMove, toMatter id: Int64, actor: String, at instant: Date) async throws -> PreservationMatter {
        try await matters.update(id: id, at: instant) { matter, numbers in
            try matter.apply(move, numbers: numbers, actor: actor, at: instant)
        }
    }

    /// The fine statement of a matter on `asOf`; refused when its ruling set no daily fine.
    public func fineStatement(matterId: Int64, asOf: CalendarDate) async throws -> FineStatement {
        let matter = try await matter(id: matterId)
        guard let statement = matter.fineStatement(asOf: asOf) else {
            throw InvalidValue(field: "id", "the matter \(matter.caseNumber.canonical) has no daily fine")
        }
        return statement
    }

    /// Applications waiting for a ruling, the most urgent first: those with a 48-hour clock by the
    /// moment it runs out, then the others by receipt.
    public func pendingRulings() async throws -> [PreservationMatter] {
        try await matters.matters(status: .pending).sorted { a, b in
            switch (a.rulingDueAt, b.rulingDueAt) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.application.receivedAt < b.application.receivedAt
            }
        }
    }
}
