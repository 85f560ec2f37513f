import Foundation
import Testing
@testable import TribunalKernel
@testable import Accounts
@testable import Docket
@testable import Judgments
@testable import PublicPortal

/// Trial periods computed by hand from the law (CPL 2023 Arts. 85, 183, 215, 287; ALL Art. 88;
/// ALL Interpretation Art. 112; CPL Interpretation Art. 243; 法释〔2000〕29号 Arts. 2, 8, 9;
/// 法释〔2018〕9号 Art. 1) on the State Council's holiday schedules. Day counts were checked with
/// Python's `datetime`, independently of the code under test.
@Suite("Trial periods by case type")
struct TrialPeriodTests {
    static let staff = Fixtures.staff
    static let now = Fixtures.noon("2024-03-04")

    /// A case of `type` with the given dates; administrative types get an administrative cause,
    /// review types a retrial applicant.
    static func draft(_ type: TribunalCaseType, received: String = "2024-02-20", docketed: String = "2024-03-01",
                      ruling: Bool = false, foreign: Bool = false) -> NewCase {
        var draft = Fixtures.appeal(foreign: foreign)
        draft.type = type
        draft.receivedOn = Fixtures.date(received)
        draft.docketedOn = Fixtures.date(docketed)
        draft.origin?.kind = ruling || type == .jurisdictionAppeal ? .ruling : .judgment
        draft.origin?.decidedOn = Fixtures.date(received).adding(days: -30)
        if type.isAdministrative { draft.cause = .patentInvalidation }
        if type.reviewsFinalDecision {
            draft.parties = [Party(role: .retrialApplicant, kind: .organisation, name: "深圳某通信技术有限公司"),
                             Party(role: .respondent, kind: .organisation, name: "Example Networks Inc.", domiciledInChina: !foreign)]
        }
        return draft
    }

    static func exclusion(_ kind: TrialPeriodExclusion.Kind, _ from: String, _ to: String?) -> CaseMove {
        .recordExclusion(TrialPeriodExclusion(kind: kind, from: Fixtures.date(from), to: to.map(Fixtures.date), reason: "理由", approvedBy: "庭长"))
    }

    static func extension_(months: Int = 0, days: Int = 0, requested: String, approved: String) -> CaseMove {
        .approveExtension(TrialPeriodExtension(months: months, days: days, requestedOn: Fixtures.date(requested),
                                               approvedOn: Fixtures.date(approved), reason: "案情复杂", approvedBy: "院长"))
    }

    static func decided(on date: String) -> [CaseMove] {
        [.assignPanel(Fixtures.panel), .decide(.affirmed, on: Fixtures.date(date))]
    }

    struct Scenario: CustomTestStringConvertible, Sendable {
        let name: String
        let draft: NewCase
        var moves: [CaseMove] = []
        let asOf: String
        /// nil: no statutory limit.
        let limit: String?
        var countedFrom: TrialPeriodLimit.Start = .docketing
        let used: Int
        let allowed: Int?
        let due: String?
        var overdue = false
        var warnings = 0
        var excluded: Int?
        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        // 知民终 against a judgment: three months from docketing (CPL Art. 183(1)).
        Scenario(name: "civil appeal, 31 days in; 2024-06-01 is a Saturday, so due Monday 06-03",
                 draft: draft(.civilAppeal), asOf: "2024-04-01", limit: "3 months", used: 31, allowed: 92, due: "2024-06-03"),
        Scenario(name: "civil appeal overdue by 7 days on 2024-06-10",
                 draft: draft(.civilAppeal), asOf: "2024-06-10", limit: "3 months", used: 101, allowed: 92, due: "2024-06-03", overdue: true),
        Scenario(name: "civil appeal decided 2024-05-31: 3 days to spare, counting stops at the decision",
                 draft: draft(.civilAppeal), moves: decided(on: "2024-05-31"), asOf: "2025-01-01",
                 limit: "3 months", used: 91, allowed: 92, due: "2024-06-03"),
        Scenario(name: "civil appeal decided 2024-06-10: overdue, and it stays so after the decision",
                 draft: draft(.civilAppeal), moves: decided(on: "2024-06-10"), asOf: "2024-12-01",
                 limit: "3 months", used: 101, allowed: 92, due: "2024-06-03", overdue: true),
        Scenario(name: "civil appeal decided 2024-04-01, closed later: 31 days used, not to closing",
                 draft: draft(.civilAppeal), moves: decided(on: "2024-04-01") + [.close(on: Fixtures.date("2024-04-05"))], asOf: "2025-01-01",
                 limit: "3 months", used: 31, allowed: 92, due: "2024-06-03"),
        Scenario(name: "civil appeal against a ruling: 30 days; 2024-03-31 is a Sunday, due 04-01",
                 draft: draft(.civilAppeal, ruling: true), asOf: "2024-03-10", limit: "30 days", used: 9, allowed: 30, due: "2024-04-01"),
        Scenario(name: "jurisdiction appeal (知民辖终): 30 days",
                 draft: draft(.jurisdictionAppeal), asOf: "2024-03-10", limit: "30 days", used: 9, allowed: 30, due: "2024-04-01"),
        Scenario(name: "foreign-related civil appeal: no limit (CPL Art. 287)",
                 draft: draft(.civilAppeal, foreign: true), asOf: "2025-03-01", limit: nil, used: 365, allowed: nil, due: nil),
        Scenario(name: "foreign-related jurisdiction appeal: no limit",
                 draft: draft(.jurisdictionAppeal, foreign: true), asOf: "2024-06-01", limit: nil, used: 92, allowed: nil, due: nil),
        Scenario(name: "foreign-related civil retrial: no limit (Art. 287 lifts Art. 183)",
                 draft: draft(.civilRetrial, foreign: true), asOf: "2024-06-01", limit: nil, used: 92, allowed: nil, due: nil),
        Scenario(name: "civil retrial (知民再), tried as a second instance: three months from docketing",
                 draft: draft(.civilRetrial), asOf: "2024-04-01", limit: "3 months", used: 31, allowed: 92, due: "2024-06-03"),

        // 知行终: three months from receipt of the appeal, judgment or ruling alike (ALL Art. 88).
        Scenario(name: "administrative appeal: from receipt on 02-20, due 05-20",
                 draft: draft(.administrativeAppeal), asOf: "2024-04-01", limit: "3 months", countedFrom: .receipt, used: 41, allowed: 90, due: "2024-05-20"),
        Scenario(name: "administrative appeal against a ruling: still three months",
                 draft: draft(.administrativeAppeal, ruling: true), asOf: "2024-04-01", limit: "3 months", countedFrom: .receipt, used: 41, allowed: 90, due: "2024-05-20"),
        Scenario(name: "foreign-related administrative appeal keeps its limit (Art. 287 is the CPL's)",
                 draft: draft(.administrativeAppeal, foreign: true), asOf: "2024-04-01", limit: "3 months", countedFrom: .receipt, used: 41, allowed: 90, due: "2024-05-20"),
        Scenario(name: "administrative appeal decided 2024-05-21: one day late",
                 draft: draft(.administrativeAppeal), moves: decided(on: "2024-05-21"), asOf: "2024-07-01",
                 limit: "3 months", countedFrom: .receipt, used: 91, allowed: 90, due: "2024-05-20", overdue: true),
        Scenario(name: "administrative retrial (知行再): three months from its docketing, not from a receipt",
                 draft: draft(.administrativeRetrial), asOf: "2024-04-01", limit: "3 months", used: 31, allowed: 92, due: "2024-06-03"),
        Scenario(name: "administrative appeal extended six months by the SPC itself: no cap",
                 draft: draft(.administrativeAppeal), moves: [extension_(months: 6, requested: "2024-04-20", approved: "2024-04-25")], asOf: "2024-04-30",
                 limit: "3 months", countedFrom: .receipt, used: 70, allowed: 274, due: "2024-11-20"),

        // 知民申: three months from receipt of the application (CPL Art. 215).
        Scenario(name: "civil retrial review from receipt on 01-15, docketed 02-01: due 04-15",
                 draft: draft(.civilRetrialReview, received: "2024-01-15", docketed: "2024-02-01"), asOf: "2024-02-01",
                 limit: "3 months", countedFrom: .receipt, used: 17, allowed: 91, due: "2024-04-15"),
        Scenario(name: "civil retrial review of a ruling: three months, not 30 days",
                 draft: draft(.civilRetrialReview, received: "2024-01-15", docketed: "2024-02-01", ruling: true), asOf: "2024-02-01",
                 limit: "3 months", countedFrom: .receipt, used: 17, allowed: 91, due: "2024-04-15"),
        Scenario(name: "foreign-related civil retrial review keeps Art. 215's three months",
                 draft: draft(.civilRetrialReview, received: "2024-01-15", docketed: "2024-02-01", foreign: true), asOf: "2024-02-01",
                 limit: "3 months", countedFrom: .receipt, used: 17, allowed: 91, due: "2024-04-15"),

        // 知行申: six months from docketing (ALL Interpretation Art. 112).
        Scenario(name: "administrative retrial review: six months from docketing; 09-01 is a Sunday",
                 draft: draft(.administrativeRetrialReview), asOf: "2024-03-10", limit: "6 months", used: 9, allowed: 184, due: "2024-09-02"),
        Scenario(name: "foreign-related administrative retrial review keeps six months",
                 draft: draft(.administrativeRetrialReview, foreign: true), asOf: "2024-03-10", limit: "6 months", used: 9, allowed: 184, due: "2024-09-02"),

        // Last days on holidays (CPL Art. 85(3)).
        Scenario(name: "due on National Day 2024-10-01: moved to 10-08",
                 draft: draft(.civilAppeal, received: "2024-06-25", docketed: "2024-07-01"), asOf: "2024-07-10", limit: "3 months", used: 9, allowed: 92, due: "2024-10-08"),
        Scenario(name: "due on 2025-02-04, the last Spring Festival holiday: moved to 02-05",
                 draft: draft(.civilAppeal, received: "2024-10-30", docketed: "2024-11-04"), asOf: "2024-11-10", limit: "3 months", used: 6, allowed: 92, due: "2025-02-05"),
        Scenario(name: "due on Saturday 2025-02-08, an adjusted working day: not moved",
                 draft: draft(.civilAppeal, received: "2024-11-01", docketed: "2024-11-08"), asOf: "2024-11-10", limit: "3 months", used: 2, allowed: 92, due: "2025-02-08"),
        Scenario(name: "30 days ending Sunday 2025-11-30: moved to Monday 12-01",
                 draft: draft(.jurisdictionAppeal, received: "2025-10-28", docketed: "2025-10-31"), asOf: "2025-11-03", limit: "30 days", used: 3, allowed: 30, due: "2025-12-01"),
        Scenario(name: "due Monday 2027-02-15, beyond the holiday calendar: kept, with a warning",
                 draft: draft(.civilAppeal, received: "2026-11-10", docketed: "2026-11-15"), asOf: "2026-11-20", limit: "3 months", used: 5, allowed: 92, due: "2027-02-15", warnings: 1),
        Scenario(name: "due Saturday 2027-02-13, beyond the holiday calendar: moved off the weekend to 02-15, with a warning",
                 draft: draft(.civilAppeal, received: "2026-11-10", docketed: "2026-11-13"), asOf: "2026-11-20", limit: "3 months", used: 7, allowed: 92, due: "2027-02-15", warnings: 1),

        // Excluded intervals, each with its source.
        Scenario(name: "appraisal and settlement overlapping: 39 days excluded once",
                 draft: draft(.civilAppeal), moves: [exclusion(.appraisal, "2024-04-01", "2024-04-30"), exclusion(.settlement, "2024-04-20", "2024-05-09")],
                 asOf: "2024-06-15", limit: "3 months", used: 67, allowed: 92, due: "2024-07-10", excluded: 39),
        Scenario(name: "public notice of 60 days",
                 draft: draft(.civilAppeal), moves: [exclusion(.publicNotice, "2024-03-10", "2024-05-08")],
                 asOf: "2024-05-31", limit: "3 months", used: 31, allowed: 92, due: "2024-07-31", excluded: 60),
        Scenario(name: "jurisdiction objection of 20 days",
                 draft: draft(.civilAppeal), moves: [exclusion(.jurisdictionObjection, "2024-03-05", "2024-03-24")],
                 asOf: "2024-04-01", limit: "3 months", used: 11, allowed: 92, due: "2024-06-21", excluded: 20),
        Scenario(name: "jurisdiction dispute between courts, 15 days",
                 draft: draft(.civilAppeal), moves: [exclusion(.interCourtJurisdictionDispute, "2024-03-11", "2024-03-25")],
                 asOf: "2024-04-01", limit: "3 months", used: 16, allowed: 92, due: "2024-06-17", excluded: 15),
        Scenario(name: "suspension still running counts to the report's day",
                 draft: draft(.civilAppeal), moves: [exclusion(.suspension, "2024-03-11", nil)],
                 asOf: "2024-03-20", limit: "3 months", used: 9, allowed: 92, due: "2024-06-11", excluded: 10),
        Scenario(name: "audit and valuation of 31 days (法释〔2000〕29号 Art. 9(8))",
                 draft: draft(.civilAppeal), moves: [exclusion(.auditValuation, "2024-04-01", "2024-05-01")],
                 asOf: "2024-05-31", limit: "3 months", used: 60, allowed: 92, due: "2024-07-02", excluded: 31),
        Scenario(name: "postponement for new evidence of 45 days: only one month excluded, with a warning",
                 draft: draft(.civilAppeal), moves: [exclusion(.postponementForEvidence, "2024-04-01", "2024-05-15")],
                 asOf: "2024-06-01", limit: "3 months", used: 62, allowed: 92, due: "2024-07-01", warnings: 1, excluded: 30),
        Scenario(name: "postponement within a month: excluded whole, no warning",
                 draft: draft(.civilAppeal), moves: [exclusion(.postponementForEvidence, "2024-04-01", "2024-04-20")],
                 asOf: "2024-06-01", limit: "3 months", used: 72, allowed: 92, due: "2024-06-21", excluded: 20),
        Scenario(name: "an exclusion running past the decision counts only to the decision",
                 draft: draft(.civilAppeal), moves: [exclusion(.appraisal, "2024-03-20", "2024-04-10")] + decided(on: "2024-04-01"),
                 asOf: "2024-06-01", limit: "3 months", used: 18, allowed: 92, due: "2024-06-14", excluded: 13),

        // Extensions (法释〔2000〕29号 Art. 2; 法释〔2018〕9号 Art. 1).
        Scenario(name: "extended three months, requested and decided in time",
                 draft: draft(.civilAppeal), moves: [exclusion(.appraisal, "2024-04-01", "2024-04-30"), exclusion(.settlement, "2024-04-20", "2024-05-09"),
                                                     extension_(months: 3, requested: "2024-05-10", approved: "2024-05-20")],
                 asOf: "2024-06-15", limit: "3 months", used: 67, allowed: 184, due: "2024-10-10", excluded: 39),
        Scenario(name: "requested 9 days before expiry: flagged, not refused",
                 draft: draft(.civilAppeal), moves: [extension_(months: 1, requested: "2024-05-25", approved: "2024-05-28")],
                 asOf: "2024-05-28", limit: "3 months", used: 88, allowed: 122, due: "2024-07-01", warnings: 1),
        Scenario(name: "requested and decided late: two warnings",
                 draft: draft(.civilAppeal), moves: [extension_(months: 1, requested: "2024-05-25", approved: "2024-06-01")],
                 asOf: "2024-06-01", limit: "3 months", used: 92, allowed: 122, due: "2024-07-01", warnings: 2),
        Scenario(name: "four months by the president: beyond the three he may grant, flagged",
                 draft: draft(.civilAppeal), moves: [extension_(months: 3, requested: "2024-05-01", approved: "2024-05-10"),
                                                     extension_(months: 1, requested: "2024-08-01", approved: "2024-08-10")],
                 asOf: "2024-08-10", limit: "3 months", used: 162, allowed: 214, due: "2024-10-08", warnings: 1),
        Scenario(name: "a month's extension runs from the period's real end (05-30 after 30 excluded days), not the nominal 04-30",
                 draft: draft(.civilAppeal, received: "2024-01-20", docketed: "2024-01-31"),
                 moves: [exclusion(.appraisal, "2024-02-10", "2024-03-10"), extension_(months: 1, requested: "2024-05-01", approved: "2024-05-10")],
                 asOf: "2024-05-10", limit: "3 months", used: 70, allowed: 121, due: "2024-07-01", excluded: 30),
        Scenario(name: "an administrative appeal's late extension is not measured by 法释〔2018〕9号, a civil rule",
                 draft: draft(.administrativeAppeal), moves: [extension_(months: 1, requested: "2024-05-15", approved: "2024-05-19")], asOf: "2024-05-19",
                 limit: "3 months", countedFrom: .receipt, used: 89, allowed: 121, due: "2024-06-20"),
        Scenario(name: "a ruling appeal extended ten days by the president (CPL Interpretation Art. 341)",
                 draft: draft(.jurisdictionAppeal), moves: [extension_(days: 10, requested: "2024-03-10", approved: "2024-03-12")],
                 asOf: "2024-03-12", limit: "30 days", used: 11, allowed: 40, due: "2024-04-10", warnings: 0),
        Scenario(name: "civil retrial review extended by the president",
                 draft: draft(.civilRetrialReview, received: "2024-01-15", docketed: "2024-02-01"),
                 moves: [extension_(months: 3, requested: "2024-03-20", approved: "2024-03-25")],
                 asOf: "2024-03-25", limit: "3 months", countedFrom: .receipt, used: 70, allowed: 182, due: "2024-07-15"),
    ]

    @Test("Each scenario's period, computed by hand", arguments: scenarios)
    func scenario(_ scenario: Scenario) throws {
        var courtCase = Fixtures.docketed(scenario.draft)
        try scenario.draft.validate()
        for move in scenario.moves {
            _ = try courtCase.apply(move, staff: Self.staff, actor: "test", at: Self.now)
        }
        let report = courtCase.trialPeriod(asOf: Fixtures.date(scenario.asOf))
        #expect(report.statutoryLimit == scenario.limit)
        if scenario.limit != nil { #expect(report.countedFrom == scenario.countedFrom) }
        #expect(report.daysUsed == scenario.used)
        #expect(report.daysAllowed == scenario.allowed)
        #expect(report.dueOn == scenario.due.map(Fixtures.date))
        #expect(report.overdue == scenario.overdue)
        #expect(report.warnings.count == scenario.warnings, "\(report.warnings)")
        if let excluded = scenario.excluded { #expect(report.daysExcluded == excluded) }
        #expect(!report.explanation.isEmpty)
    }

    @Test("An extension decided after the period expired is refused: it cannot make the case timely")
    func extensionAfterExpiry() throws {
        var courtCase = Fixtures.docketed(Self.draft(.civilAppeal))
        #expect(throws: TrialPeriodExtensionRefusal.decidedAfterExpiry(expiredOn: Fixtures.date("2024-06-03"), decidedOn: Fixtures.date("2024-06-05"))) {
            try courtCase.apply(Self.extension_(months: 1, requested: "2024-05-30", approved: "2024-06-05"), staff: Self.staff, actor: "t", at: Self.now)
        }
        #expect(courtCase.extensions.isEmpty)
        // Decided on the last day itself is in time (late, and flagged).
        _ = try courtCase.apply(Self.extension_(months: 1, requested: "2024-05-30", approved: "2024-06-03"), staff: Self.staff, actor: "t", at: Self.now)
        #expect(courtCase.trialPeriod(asOf: Fixtures.date("2024-06-03")).warnings.count == 2)
    }

    @Test("A foreign-related civil appeal has nothing to extend")
    func foreignExtension() {
        var courtCase = Fixtures.docketed(Self.draft(.civilAppeal, foreign: true))
        #expect(throws: TrialPeriodExtensionRefusal.noLimitApplies) {
            try courtCase.apply(Self.extension_(months: 1, requested: "2024-05-01", approved: "2024-05-02"), staff: Self.staff, actor: "t", at: Self.now)
        }
    }

    @Test("An extension needs the day it was requested, on or before its decision")
    func requestDate() {
        var courtCase = Fixtures.docketed(Self.draft(.civilAppeal))
        let missing = TrialPeriodExtension(months: 1, approvedOn: Fixtures.date("2024-05-02"), reason: "r", approvedBy: "院长")
        #expect((#expect(throws: InvalidValue.self) { try courtCase.apply(.approveExtension(missing), staff: Self.staff, actor: "t", at: Self.now) })?.field == "requestedOn")
        #expect((#expect(throws: InvalidValue.self) {
            try courtCase.apply(Self.extension_(months: 1, requested: "2024-05-03", approved: "2024-05-02"), staff: Self.staff, actor: "t", at: Self.now)
        })?.field == "approvedOn")
    }

    @Test("Every rule cites its source")
    func sources() {
        for type in TribunalCaseType.allCases {
            let limit = Fixtures.docketed(Self.draft(type)).trialPeriodLimit
            #expect(limit.map { $0.basis.contains("Art.") && $0.extensionBasis.contains("Art.") } ?? false, "\(type)")
        }
        for kind in TrialPeriodExclusion.Kind.allCases {
            #expect(kind.source(administrative: false).contains("Art.") && kind.source(administrative: true).contains("Art."))
        }
    }

    @Test("A request waits for its decision: approved with its date on record, or refused; one at a time")
    func requestThenDecide() throws {
        var courtCase = Fixtures.docketed(Self.draft(.civilAppeal))
        let request = TrialPeriodExtensionRequest(months: 2, requestedOn: Fixtures.date("2024-05-10"), reason: "需要补充鉴定", requestedBy: "审判长")
        _ = try courtCase.apply(.requestExtension(request), staff: Self.staff, actor: "assistant", at: Self.now)
        #expect(courtCase.extensionRequest?.requestedBy == "审判长" && courtCase.extensionRequest?.filedBy == "assistant")
        #expect(throws: InvalidValue.self) { try courtCase.apply(.requestExtension(request), staff: Self.staff, actor: "assistant", at: Self.now) }
        let approval = TrialPeriodExtension(months: 2, approvedOn: Fixtures.date("2024-05-20"), reason: "需要补充鉴定", approvedBy: "院长")
        // Whoever filed the request does not decide it (four eyes), whatever name they type.
        #expect(throws: TrialPeriodExtensionRefusal.decidedByRequester(account: "assistant")) {
            try courtCase.apply(.approveExtension(approval), staff: Self.staff, actor: "assistant", at: Self.now)
        }
        #expect(throws: TrialPeriodExtensionRefusal.decidedByRequester(account: "assistant")) {
            try courtCase.apply(.refuseExtension(on: Fixtures.date("2024-05-20"), by: "院长", reason: "r"), staff: Self.staff, actor: "assistant", at: Self.now)
        }
        #expect(courtCase.extensionRequest != nil && courtCase.extensions.isEmpty, "a refusal changes nothing")
        let event = try courtCase.apply(.approveExtension(approval), staff: Self.staff, actor: "leader", at: Self.now)
        #expect(event.kind == .extensionApproved)
        #expect(courtCase.extensionRequest == nil)
        #expect(courtCase.extensions.first?.requestedOn == Fixtures.date("2024-05-10"))
        #expect(courtCase.extensions.first?.extendedPeriodEndedOn == Fixtures.date("2024-06-03"))
        // It runs from the last day before that day was moved off Saturday 06-01.
        #expect(courtCase.extensions.first?.extendedFrom == Fixtures.date("2024-06-01"))

        _ = try courtCase.apply(.requestExtension(TrialPeriodExtensionRequest(months: 1, requestedOn: Fixtures.date("2024-07-01"), reason: "r", requestedBy: "审判长")),
                                staff: Self.staff, actor: "assistant", at: Self.now)
        let refused = try courtCase.apply(.refuseExtension(on: Fixtures.date("2024-07-05"), by: "院长", reason: "理由不充分"), staff: Self.staff, actor: "leader", at: Self.now)
        #expect(refused.kind == .extensionRefused)
        #expect(courtCase.extensionRequest == nil)
        #expect(courtCase.extensions.count == 1)
        #expect(throws: InvalidValue.self) {
            try courtCase.apply(.refuseExtension(on: Fixtures.date("2024-07-06"), by: "院长", reason: ""), staff: Self.staff, actor: "t", at: Self.now)
        }
    }

    @Test("The watchlist: periods due within the window or overdue, and pending requests, most urgent first")
    func watchlist() throws {
        var dueSoon = Fixtures.docketed(Self.draft(.civilAppeal, docketed: "2024-03-01"))
        dueSoon.id = 1
        var overdue = Fixtures.docketed(Self.draft(.jurisdictionAppeal, docketed: "2024-04-01"))
        overdue.id = 2
        var farButRequested = Fixtures.docketed(Self.draft(.administrativeRetrialReview, docketed: "2024-05-10"))
        farButRequested.id = 3
        _ = try farButRequested.apply(.requestExtension(TrialPeriodExtensionRequest(months: 3, requestedOn: Fixtures.date("2024-05-20"), reason: "r", requestedBy: "审判长")),
                                      staff: Self.staff, actor: "t", at: Self.now)
        var farAway = Fixtures.docketed(Self.draft(.civilAppeal, docketed: "2024-05-15"))
        farAway.id = 4
        var decided = Fixtures.docketed(Self.draft(.civilAppeal, docketed: "2024-03-01"))
        decided.id = 5
        for move in Self.decided(on: "2024-05-01") { _ = try decided.apply(move, staff: Self.staff, actor: "t", at: Self.now) }

        let list = TrialPeriodWatchlist(cases: [farAway, decided, farButRequested, dueSoon, overdue], asOf: Fixtures.date("2024-05-25"), withinDays: 15)
        // 1: due 2024-06-03, 9 days left; 2: day 30 is Labour Day, due 05-06, overdue; 3: due 2024-11-11, requested.
        #expect(list.entries.map(\.caseId) == [2, 1, 3])
        #expect(list.entries[0].overdue)
        #expect(list.entries[1].daysLeft == 9)
        #expect(list.entries[2].extensionRequest != nil)
        #expect(list.entries[2].daysToDecideRequest == list.entries[2].daysLeft - 5)
    }

    @Test("A decision keeps the history in order: not before an extension it records; a pending request lapses")
    func decisionAfterExtensions() throws {
        var courtCase = Fixtures.docketed(Self.draft(.civilAppeal))
        _ = try courtCase.apply(.assignPanel(Fixtures.panel), staff: Self.staff, actor: "t", at: Self.now)
        _ = try courtCase.apply(Self.extension_(months: 1, requested: "2024-05-01", approved: "2024-05-10"), staff: Self.staff, actor: "t", at: Self.now)
        #expect((#expect(throws: InvalidValue.self) {
            try courtCase.apply(.decide(.affirmed, on: Fixtures.date("2024-05-09")), staff: Self.staff, actor: "t", at: Self.now)
        })?.field == "decidedOn")
        _ = try courtCase.apply(.requestExtension(TrialPeriodExtensionRequest(months: 1, requestedOn: Fixtures.date("2024-06-20"), reason: "r", requestedBy: "审判长")),
                                staff: Self.staff, actor: "t", at: Self.now)
        let decided = try courtCase.apply(.decide(.affirmed, on: Fixtures.date("2024-06-25")), staff: Self.staff, actor: "t", at: Self.now)
        #expect(courtCase.extensionRequest == nil)
        #expect(decided.summary.contains("lapses"))
        var other = Fixtures.docketed(Self.draft(.civilAppeal))
        #expect((#expect(throws: InvalidValue.self) {
            try other.apply(.requestExtension(TrialPeriodExtensionRequest(months: 1, requestedOn: Fixtures.date("2024-05-01"), reason: "r", requestedBy: " ")),
                            staff: Self.staff, actor: "t", at: Self.now)
        })?.field == "requestedBy")
    }
}
