import Foundation
import TribunalKernel
import Accounts
import Docket
import CourtOperations

/// The cases the demo court is working on today, so that each demo account finds work on its
/// desk: recent appeals on the demo judges' panels, some without a panel yet, hearings this week
/// and some to record, trial periods due soon and overdue, extension requests, decided cases to
/// close, an urgent application for preservation on its 48-hour clock, an order with a daily fine
/// running after a reported breach, and a recorded damages assessment.
extension DemoCourt {
    /// Loads `count` undecided cases docketed within the last five months. The demo accounts sit
    /// on many of their panels: the first presiding judge, judge, assistant and clerk of `staff`.
    func loadCurrentCaseload(count: Int, docket: DocketService, staff: [StaffMember], preservation: PreservationService?,
                             damages: DamagesService?, hearings: HearingService?, random: inout SeededGenerator) async throws -> Int {
        guard count > 0 else { return 0 }
        var rooms: [Courtroom] = []
        if let hearings {
            for (zh, en, floor) in [("第一法庭", "Courtroom 1", "一层"), ("第二法庭", "Courtroom 2", "二层"), ("第三法庭", "Courtroom 3", "二层")] {
                rooms.append(try await hearings.addCourtroom(Courtroom(id: 0, nameZh: zh, nameEn: en, location: "知识产权法庭审判楼\(floor)")))
            }
        }
        let lastYear = min(today.year, HolidayCalendar.official.coveredYears.upperBound)
        let inPost = staff.filter { $0.isInPost(on: today) }
        let presidingJudges = inPost.filter { $0.role == .presidingJudge }
        let judges = inPost.filter { $0.role == .judge }
        let assistants = inPost.filter { $0.role == .judicialAssistant }
        let clerks = inPost.filter { $0.role == .clerk }
        let demoJudge = judges[0]
        var caseload: [CourtCase] = []
        for index in 0..<count {
            let age = 2 + index * 118 / max(count - 1, 1)
            var draft = makeDraft(index: 10_000 + index, lastYear: lastYear, random: &random)
            draft.docketedOn = today.adding(days: -age)
            draft.receivedOn = draft.docketedOn.adding(days: -Int.random(in: 0...10, using: &random))
            if let origin = draft.origin {
                let decidedOn = draft.receivedOn.adding(days: -Int.random(in: 20...60, using: &random))
                let number = origin.caseNumber
                draft.origin = OriginDecision(courtCode: origin.courtCode,
                                              caseNumber: CaseNumber(year: decidedOn.year - Int.random(in: 0...1, using: &random), courtCode: number.courtCode,
                                                                     typeCode: number.typeCode, sequences: number.sequences),
                                              decidedOn: decidedOn, kind: origin.kind)
            }
            var courtCase = try await docket.docket(draft, actor: "demo.clerk", at: Self.noon(draft.docketedOn))
            func move(_ move: CaseMove, on day: CalendarDate, by actor: String) async throws {
                courtCase = try await docket.apply(move, toCase: courtCase.id, actor: actor, at: Self.noon(day))
            }
            // The newest wait for their panel.
            guard age >= 6 else { caseload.append(courtCase); continue }
            let assignedOn = courtCase.docketedOn.adding(days: 3)
            let presiding = index % 2 == 0 ? presidingJudges[0] : presidingJudges.randomElement(using: &random)!
            let others = judges.dropFirst().shuffled(using: &random)
            let seats = index % 5 < 3 ? [demoJudge.id, others[0].id] : [others[0].id, others[1].id]
            let panel = Panel(presidingJudgeId: presiding.id, judgeIds: seats,
                              assistantId: (index % 3 == 0 ? assistants[0] : assistants.randomElement(using: &random)!).id,
                              clerkId: (index % 2 == 0 ? clerks[0] : clerks.randomElement(using: &random)!).id)
            try await move(.assignPanel(panel), on: assignedOn, by: "demo.presiding")

            if index == 13 {
                try await move(.recordExclusion(TrialPeriodExclusion(kind: .settlement, from: today.adding(days: -20), reason: "双方当事人申请庭外和解",
                                                                    approvedBy: presiding.nameZh)), on: today.adding(days: -20), by: "demo.assistant")
            }
            if courtCase.type != .jurisdictionAppeal, index % 4 == 1 || index % 4 == 2, age >= 20 {
                let hearingOn = today.adding(days: index % 7 - 3)
                if let hearings, try await book(courtCase, on: hearingOn, index: index, rooms: rooms, hearings: hearings, at: Self.noon(assignedOn.adding(days: 7))) {
                    courtCase = try await docket.courtCase(id: courtCase.id)
                } else {
                    try await move(.scheduleHearing(on: hearingOn), on: assignedOn.adding(days: 7), by: "demo.clerk")
                }
                if hearingOn < today, index % 8 != 1 { try await move(.recordHearing(on: hearingOn), on: hearingOn, by: "demo.clerk") }
            }
            if index % 10 == 7, age >= 40, courtCase.status != .hearingScheduled {
                try await move(.decide(.affirmed, on: today.adding(days: -3)), on: today.adding(days: -3), by: "demo.judge")
            }
            // The court keeps its periods: a case about to run out is decided (a ruling on
            // jurisdiction) or extended before it does, but for a few left overdue to show.
            let standing = courtCase.trialPeriod(asOf: today)
            if standing.overdue || (standing.daysLeft ?? 99) < 5, index % 9 != 4, courtCase.status != .decided, let due = standing.dueOn {
                if courtCase.type == .jurisdictionAppeal || courtCase.extensions.count > 0 {
                    let decidedOn = max(due.adding(days: -5), assignedOn)
                    if courtCase.status == .hearingScheduled { try await move(.recordHearing(on: min(courtCase.hearingOn!, decidedOn)), on: decidedOn, by: "demo.clerk") }
                    try await move(.decide(.affirmed, on: decidedOn), on: decidedOn, by: "demo.judge")
                } else {
                    let approvedOn = max(due.adding(days: -10), assignedOn)
                    try await move(.approveExtension(TrialPeriodExtension(months: 3, requestedOn: due.adding(days: -20), approvedOn: approvedOn,
                                                                          reason: "案情复杂", approvedBy: "院长")), on: approvedOn, by: "demo.leader")
                }
            }
            if (70...88).contains(age), courtCase.type == .civilAppeal, !courtCase.foreignRelated, courtCase.status != .decided {
                try await move(.requestExtension(TrialPeriodExtensionRequest(months: 3, requestedOn: today.adding(days: -2),
                                                                              reason: "案情复杂，需补充技术鉴定", requestedBy: presiding.nameZh)),
                               on: today.adding(days: -2), by: "demo.assistant")
            }
            caseload.append(courtCase)
        }
        try await loadOperations(on: caseload, judge: demoJudge, preservation: preservation, damages: damages)
        return count
    }

    /// Books the case's hearing on `day` in the first slot and courtroom free of its judges and
    /// counsel; false when the day is full for them.
    private func book(_ courtCase: CourtCase, on day: CalendarDate, index: Int, rooms: [Courtroom], hearings: HearingService, at booked: Date) async throws -> Bool {
        for hour in [9, 14, 9 + 3, 16] {
            for offset in 0..<max(rooms.count, 1) {
                let room = rooms.isEmpty ? nil : rooms[(index + offset) % rooms.count]
                let mode: Hearing.Mode = index % 6 == 5 ? .online : (index % 6 == 4 ? .mixed : .inPerson)
                let request = HearingService.Request(mode: mode, courtroomId: mode == .online ? nil : room?.id,
                                                     startsAt: day.startInBeijing.addingTimeInterval(TimeInterval(hour * 3600)),
                                                     endsAt: day.startInBeijing.addingTimeInterval(TimeInterval((hour + 2) * 3600)), isPublic: index % 5 != 0)
                do {
                    _ = try await hearings.schedule(request, caseId: courtCase.id, actor: "demo.clerk", at: booked)
                    return true
                } catch is HearingConflictRefusal {
                    continue
                }
            }
        }
        return false
    }

    /// An urgent application waiting on its 48-hour clock, an order whose daily fine runs after a
    /// breach, and a damages assessment recorded on a case.
    private func loadOperations(on caseload: [CourtCase], judge: StaffMember, preservation: PreservationService?,
                                damages: DamagesService?) async throws {
        let open = caseload.filter { $0.status != .decided && $0.panel?.judgeIds.contains(judge.id) == true }
        guard open.count >= 3 else { return }
        if let preservation {
            let urgentCase = open[0]
            let filedAt = Self.noon(today.adding(days: -1))
            let respondent = urgentCase.parties.first { $0.role != .appellant && $0.role != .retrialApplicant } ?? urgentCase.parties[0]
            let applicant = urgentCase.parties[0]
            _ = try await preservation.file(NewPreservationMatter(stage: .duringLitigation, caseIds: [urgentCase.id], application: PreservationApplication(
                applicant: applicant.name, respondent: respondent.name, respondentKind: respondent.kind == .person ? .person : .organisation,
                measures: "责令被申请人在本案终审判决作出前停止在即将开幕的展会上展示、许诺销售被诉侵权产品",
                securityAmount: 2_000_000, securityForm: "银行保函", urgent: true,
                reasons: "展会将于三日后开幕，被诉侵权产品一经展示即造成难以弥补的损害", receivedAt: filedAt)), actor: "demo.clerk", at: filedAt)

            let orderCase = open[1]
            let orderApplicant = orderCase.parties[0]
            let orderRespondent = orderCase.parties.first { $0.role != orderApplicant.role } ?? orderCase.parties[0]
            let appliedAt = Self.noon(today.adding(days: -31))
            let matter = try await preservation.file(NewPreservationMatter(stage: .duringLitigation, caseIds: [orderCase.id], application: PreservationApplication(
                applicant: orderApplicant.name, respondent: orderRespondent.name, respondentKind: .organisation,
                measures: "责令被申请人在本案终审判决作出前不得向域外法院申请执行与本案专利相关的禁令判决",
                securityAmount: 5_000_000, securityForm: "保证金", urgent: true,
                reasons: "域外判决即将执行，申请人将被迫退出相关市场", receivedAt: appliedAt)), actor: "demo.clerk", at: appliedAt)
            _ = try await preservation.apply(.rule(.granted, ordered: "被申请人在本案终审判决作出前不得申请执行域外法院的相关判决；违反本裁定的，自违反之日起按日处以罚款人民币十万元",
                                                   dailyFine: DailyFine(perDay: 100_000, startsOn: today.adding(days: -30), trigger: .fromBreach)),
                                             toMatter: matter.id, actor: "demo.judge", at: Self.noon(today.adding(days: -30)))
            _ = try await preservation.apply(.report(.breach, on: today.adding(days: -10), details: "被申请人向域外法院提交了执行申请",
                                                     reportedBy: orderApplicant.name),
                                             toMatter: matter.id, actor: "demo.clerk", at: Self.noon(today.adding(days: -9)))
        }
        if let damages {
            _ = try await damages.record(DamagesClaim(law: .patent, basis: .licenceFee, amount: 800_000, licenceMultiple: 2, punitiveMultiple: 2,
                                                      expenses: 150_000),
                                         caseId: open[2].id, actor: "demo.judge", at: Self.noon(today.adding(days: -1)))
        }
    }
}
