import Foundation
@testable import TribunalKernel
@testable import Accounts
@testable import Docket
@testable import Judgments
@testable import PublicPortal

/// A small staff list and case drafts shared by the core tests.
enum Fixtures {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static let staff: [Int64: StaffMember] = [
        1: StaffMember(id: 1, nameZh: "罗东川", nameEn: "Luo Dongchuan", role: .presidingJudge, inPostFrom: date("2019-01-01")),
        2: StaffMember(id: 2, nameZh: "朱理", nameEn: "Zhu Li", role: .judge, inPostFrom: date("2019-01-01")),
        3: StaffMember(id: 3, nameZh: "徐卓斌", nameEn: "Xu Zhuobin", role: .judge, inPostFrom: date("2019-01-01")),
        4: StaffMember(id: 4, nameZh: "李某某", nameEn: "Li Moumou", role: .judicialAssistant, inPostFrom: date("2019-01-01")),
        5: StaffMember(id: 5, nameZh: "王某", nameEn: "Wang Mou", role: .clerk, inPostFrom: date("2019-01-01")),
        6: StaffMember(id: 6, nameZh: "周某", nameEn: "Zhou Mou", role: .judge, inPostFrom: date("2019-01-01"), inPostUntil: date("2020-12-31")),
    ]

    static let panel = Panel(presidingJudgeId: 1, judgeIds: [2, 3], assistantId: 4, clerkId: 5)

    static func appeal(docketedOn: String = "2024-03-01", foreign: Bool = false) -> NewCase {
        NewCase(
            type: .civilAppeal, cause: .inventionPatentInfringement, technicalField: "通信",
            origin: OriginDecision(courtCode: "粤73", caseNumber: try! CaseNumber(parsing: "（2023）粤73知民初101号"),
                                   decidedOn: date("2024-01-10")),
            parties: [
                Party(role: .appellant, kind: .organisation, name: "深圳某通信技术有限公司", domiciledInChina: true),
                Party(role: .appellee, kind: .organisation, name: "Example Networks Inc.", domiciledInChina: !foreign),
            ],
            receivedOn: date("2024-02-20"), docketedOn: date(docketedOn))
    }

    static func docketed(_ draft: NewCase = appeal()) -> CourtCase {
        CourtCase(id: 1, number: CaseNumber(year: draft.docketYear, type: draft.type, sequence: 1), draft: draft)
    }

    /// An instant at noon, Beijing time, on `iso`.
    static func noon(_ iso: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(date(iso).daysSinceEpoch * 86_400 + 4 * 3600))
    }
}
