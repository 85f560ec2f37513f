import TribunalKernel
import Accounts

/// The collegial panel (合议庭) that tries a case, with the assistant and clerk who serve it.
public struct Panel: Codable, Hashable, Sendable {
    public var presidingJudgeId: Int64
    /// The other judges; with the presiding judge the panel has an odd number of judges.
    public var judgeIds: [Int64]
    public var assistantId: Int64?
    public var clerkId: Int64?

    public init(presidingJudgeId: Int64, judgeIds: [Int64], assistantId: Int64? = nil, clerkId: Int64? = nil) {
        self.presidingJudgeId = presidingJudgeId
        self.judgeIds = judgeIds
        self.assistantId = assistantId
        self.clerkId = clerkId
    }

    /// Every judge on the panel, the presiding judge first.
    public var allJudgeIds: [Int64] { [presidingJudgeId] + judgeIds }

    /// Checks the panel against the law and the staff list on `date`.
    ///
    /// CPL Art. 41: an appeal is tried by a collegial panel of judges; Art. 40 and 41 require an
    /// odd number of members, and one person cannot hold two seats.
    public func validate(staff: [Int64: StaffMember], on date: CalendarDate) throws(InvalidValue) {
        var seen: Set<Int64> = []
        for id in allJudgeIds where !seen.insert(id).inserted {
            throw InvalidValue(field: "panel.judgeIds", "judge \(id) sits twice on the panel; each seat needs a different judge")
        }
        let size = allJudgeIds.count
        guard size >= 3, size % 2 == 1 else {
            throw InvalidValue(field: "panel.judgeIds", "an appellate collegial panel has an odd number of judges, at least three (CPL Art. 41); this one has \(size)")
        }
        func member(_ id: Int64, field: String) throws(InvalidValue) -> StaffMember {
            guard let member = staff[id] else { throw InvalidValue(field: field, "no staff member has id \(id)") }
            guard member.isInPost(on: date) else {
                throw InvalidValue(field: field, "\(member.nameZh) (\(member.nameEn)) is not in post on \(date)")
            }
            return member
        }
        let presiding = try member(presidingJudgeId, field: "panel.presidingJudgeId")
        guard presiding.role == .presidingJudge else {
            throw InvalidValue(field: "panel.presidingJudgeId", "\(presiding.nameZh) (\(presiding.nameEn)) is a \(presiding.role.rawValue), not a presiding judge")
        }
        for id in judgeIds {
            let judge = try member(id, field: "panel.judgeIds")
            guard judge.role.isJudge else {
                throw InvalidValue(field: "panel.judgeIds", "\(judge.nameZh) (\(judge.nameEn)) is a \(judge.role.rawValue), not a judge")
            }
        }
        if let assistantId {
            let assistant = try member(assistantId, field: "panel.assistantId")
            guard assistant.role == .judicialAssistant else {
                throw InvalidValue(field: "panel.assistantId", "\(assistant.nameZh) (\(assistant.nameEn)) is a \(assistant.role.rawValue), not a judicial assistant")
            }
        }
        if let clerkId {
            let clerk = try member(clerkId, field: "panel.clerkId")
            guard clerk.role == .clerk else {
                throw InvalidValue(field: "panel.clerkId", "\(clerk.nameZh) (\(clerk.nameEn)) is a \(clerk.role.rawValue), not a clerk")
            }
        }
    }
}

extension Panel {
    private enum CodingKeys: String, CodingKey { case presidingJudgeId, judgeIds, assistantId, clerkId }

    /// Decoding names the missing presiding judge in the court's words rather than as a JSON error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let presiding = try container.decodeIfPresent(Int64.self, forKey: .presidingJudgeId) else {
            throw InvalidValue(field: "panel.presidingJudgeId", "a panel needs a presiding judge")
        }
        presidingJudgeId = presiding
        judgeIds = try container.decodeIfPresent([Int64].self, forKey: .judgeIds) ?? []
        assistantId = try container.decodeIfPresent(Int64.self, forKey: .assistantId)
        clerkId = try container.decodeIfPresent(Int64.self, forKey: .clerkId)
    }
}
