import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import CourtOperations

/// A realistic demo court: staff, about 300 cases across the years since 2019 with every case
/// type and cause, plausible parties, panels and histories, and a current caseload of undecided
/// cases, so that a new user sees a working court at once. Deterministic for a given seed and "today"; written only through the
/// repositories, so it fills any backend.
public struct DemoCourt: Sendable {
    public var seed: UInt64
    public var caseCount: Int
    /// Undecided cases docketed in the last five months, beside the history of `caseCount`.
    public var currentCaseload: Int
    /// The last day of the demo history; cases are docketed up to it and moved along by it.
    public var today: CalendarDate

    public init(seed: UInt64 = 2019, caseCount: Int = 300, currentCaseload: Int = 40, today: CalendarDate) {
        self.seed = seed
        self.caseCount = caseCount
        self.currentCaseload = currentCaseload
        self.today = today
    }

    /// Fills an empty store. Returns the number of cases docketed.
    @discardableResult
    public func load(into store: some CaseRepository & StaffRepository & JudgmentRepository & PreservationRepository & DamagesRepository
                     & HearingRepository) async throws -> Int {
        let docket = DocketService(cases: store, staff: store)
        return try await load(docket: docket, judgments: JudgmentService(cases: store, judgments: store),
                              staff: StaffService(staff: store), preservation: PreservationService(matters: store, cases: store),
                              damages: DamagesService(calculator: DamagesCalculator(defaultFormula: .multiple), assessments: store, cases: store),
                              hearings: HearingService(hearings: store, docket: docket))
    }

    /// Fills an empty court through its services, so that the demo obeys every rule a clerk does;
    /// with the court-operations services, its preservation matters and damages assessments too.
    @discardableResult
    public func load(docket: DocketService, judgments: JudgmentService, staff staffService: StaffService,
                     preservation: PreservationService? = nil, damages: DamagesService? = nil, hearings: HearingService? = nil) async throws -> Int {
        var random = SeededGenerator(seed: seed)
        let staff = try await addStaff(to: staffService, random: &random)
        let directory = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0) })
        let lastYear = min(today.year, HolidayCalendar.official.coveredYears.upperBound)
        let drafts = (0..<caseCount).map { index in makeDraft(index: index, lastYear: lastYear, random: &random) }
            .sorted { $0.docketedOn < $1.docketedOn }
        let writer = JudgmentGenerator(seed: seed)
        for draft in drafts {
            var courtCase = try await docket.docket(draft, actor: "demo.clerk", at: Self.noon(draft.docketedOn))
            for (move, date, actor) in plannedMoves(for: courtCase, staff: staff, random: &random) {
                courtCase = try await docket.apply(move, toCase: courtCase.id, actor: actor, at: Self.noon(date))
            }
            // Decided cases have their judgment; closed ones have it published.
            guard let decidedOn = courtCase.decidedOn, let panel = courtCase.panel else { continue }
            var judgment = writer.judgment(for: courtCase, judges: panel.allJudgeIds.compactMap { directory[$0]?.nameZh })
            if Int.random(in: 0..<100, using: &random) < 4 {
                judgment.designation = Designation(
                    kind: [.guiding, .typical, .benchmark].randomElement(using: &random)!,
                    holdingZh: "被诉侵权技术方案包含与权利要求记载的全部技术特征相同或者等同的技术特征的，应当认定其落入专利权的保护范围。",
                    holdingEn: "A technical solution with features identical or equivalent to all the features of a claim falls within the scope of protection.")
            }
            let drafted = try await judgments.draft(judgment, caseId: courtCase.id)
            guard courtCase.status == .closed else { continue }
            _ = try await judgments.markRedacted(id: drafted.id, by: nil, at: Self.noon(courtCase.closedOn ?? decidedOn))
            // Published a week after closing, but never after the demo's today.
            let publishedOn = min((courtCase.closedOn ?? decidedOn).adding(days: 7), today)
            _ = try await judgments.publish(judgmentId: drafted.id, at: Self.noon(publishedOn))
        }
        let current = try await loadCurrentCaseload(count: currentCaseload, docket: docket, staff: staff, preservation: preservation,
                                                    damages: damages, hearings: hearings, random: &random)
        return drafts.count + current
    }

    /// Closed cases as an archive, numbered in docketing order per year and type, for imports and
    /// benchmarks of any size: `count` cases starting at `offset` of one endless, seeded sequence.
    /// Numbers continue across calls with the same `numbering`.
    public func archiveCases(offset: Int, count: Int, numbering: inout [String: Int]) -> [CourtCase] {
        var random = SeededGenerator(seed: seed &+ UInt64(offset) &* 0x2545_F491_4F6C_DD1D)
        let lastYear = min(today.year, HolidayCalendar.official.coveredYears.upperBound)
        let dispositions: [Disposition] = [.affirmed, .affirmed, .affirmed, .affirmed, .modified, .reversed, .remanded, .withdrawn, .mediated]
        return (offset..<(offset + count)).map { index in
            let draft = makeDraft(index: index, lastYear: lastYear, random: &random)
            let key = "\(draft.docketYear)\(draft.type.rawValue)"
            numbering[key, default: 0] += 1
            var courtCase = CourtCase(id: Int64(index + 1), number: CaseNumber(year: draft.docketYear, type: draft.type, sequence: numbering[key]!), draft: draft)
            courtCase.status = .closed
            courtCase.disposition = dispositions.randomElement(using: &random)!
            courtCase.decidedOn = draft.docketedOn.adding(days: Int.random(in: 20...90, using: &random))
            courtCase.closedOn = courtCase.decidedOn!.adding(days: Int.random(in: 3...15, using: &random))
            return courtCase
        }
    }

    // MARK: - Staff

    private static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾")
    private static let givenNames = ["明", "华", "建国", "志强", "秀英", "丽", "海", "静", "晓东", "卫", "立新", "红", "文", "斌", "宁", "颖", "振宇", "思远", "嘉", "一鸣"]
    private static let pinyin: [Character: String] = [
        "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang", "赵": "Zhao",
        "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He",
        "林": "Lin", "罗": "Luo", "高": "Gao", "郑": "Zheng", "梁": "Liang", "谢": "Xie", "宋": "Song", "唐": "Tang",
        "许": "Xu", "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng", "曾": "Zeng",
    ]
    private static let givenPinyin = ["Ming", "Hua", "Jianguo", "Zhiqiang", "Xiuying", "Li", "Hai", "Jing", "Xiaodong", "Wei",
                                      "Lixin", "Hong", "Wen", "Bin", "Ning", "Ying", "Zhenyu", "Siyuan", "Jia", "Yiming"]

    private func addStaff(to staff: StaffService, random: inout SeededGenerator) async throws -> [StaffMember] {
        let plan: [(StaffMember.Role, Int)] = [(.presidingJudge, 8), (.judge, 16), (.judicialAssistant, 10), (.clerk, 10)]
        var added: [StaffMember] = []
        var used = Set<String>()
        for (role, count) in plan {
            for index in 0..<count {
                var surname: Character, given: Int
                repeat {
                    surname = Self.surnames.randomElement(using: &random)!
                    given = Int.random(in: 0..<Self.givenNames.count, using: &random)
                } while !used.insert("\(surname)\(given)").inserted
                let from = CalendarDate(year: 2019, month: 1, day: 1)!
                // A few judges left the Tribunal; their old panels stay valid history.
                let until = role == .judge && index >= 14 ? CalendarDate(year: 2021, month: 12, day: 31) : nil
                added.append(try await staff.add(NewStaffMember(
                    nameZh: "\(surname)\(Self.givenNames[given])", nameEn: "\(Self.givenPinyin[given]) \(Self.pinyin[surname]!)",
                    role: role, inPostFrom: from, inPostUntil: until)))
            }
        }
        return added
    }

    // MARK: - Cases

    private static let cities = [("深圳", "Shenzhen"), ("北京", "Beijing"), ("上海", "Shanghai"), ("广州", "Guangzhou"), ("杭州", "Hangzhou"),
                                 ("南京", "Nanjing"), ("苏州", "Suzhou"), ("成都", "Chengdu"), ("武汉", "Wuhan"), ("西安", "Xi'an"),
                                 ("宁波", "Ningbo"), ("厦门", "Xiamen"), ("青岛", "Qingdao"), ("合肥", "Hefei"), ("长沙", "Changsha")]
    private static let trades = [("通信技术", "Communication Technology"), ("医疗器械", "Medical Devices"), ("新能源科技", "New Energy Technology"),
                                 ("半导体", "Semiconductor"), ("生物医药", "Biopharmaceutical"), ("智能装备", "Intelligent Equipment"),
                                 ("软件", "Software"), ("化工", "Chemical"), ("光电", "Optoelectronics"), ("种业", "Seed"),
                                 ("汽车零部件", "Auto Parts"), ("网络科技", "Network Technology")]
    private static let brands = [("华创", "Huachuang"), ("中科", "Zhongke"), ("恒信", "Hengxin"), ("博远", "Boyuan"), ("天工", "Tiangong"),
                                 ("海川", "Haichuan"), ("金桥", "Jinqiao"), ("瑞丰", "Ruifeng"), ("云图", "Yuntu"), ("启明", "Qiming"),
                                 ("东方", "Dongfang"), ("卓越", "Zhuoyue"), ("安泰", "Antai"), ("鼎新", "Dingxin")]
    private static let foreignParties = [("Nordic Radio AB", "瑞典"), ("Alpine Medical GmbH", "德国"), ("Pacific Semiconductor Inc.", "美国"),
                                         ("Sakura Precision Co., Ltd.", "日本"), ("Seoul Display Corporation", "韩国"), ("Lumière Pharma SA", "法国")]
    private static let fields = ["通信", "医疗器械", "新能源", "半导体", "生物医药", "机械", "计算机软件", "化学", "光学", "农业育种", "汽车", "互联网"]
    private static let firms = ["君合律师事务所", "金杜律师事务所", "中伦律师事务所", "天元律师事务所", "立方律师事务所", "集佳知识产权代理有限公司"]

    /// A company's name in zh and en.
    private func company(_ random: inout SeededGenerator) -> (zh: String, en: String) {
        let city = Self.cities.randomElement(using: &random)!, brand = Self.brands.randomElement(using: &random)!
        let trade = Self.trades.randomElement(using: &random)!
        return ("\(city.0)\(brand.0)\(trade.0)有限公司", "\(city.1) \(brand.1) \(trade.1) Co., Ltd.")
    }

    // Parties' given names differ from the staff's, so that no party shares a judge's name.
    private static let partyGivenNames = [("德明", "Deming"), ("秀兰", "Xiulan"), ("志刚", "Zhigang"), ("桂英", "Guiying"),
                                          ("建华", "Jianhua"), ("玉兰", "Yulan"), ("国强", "Guoqiang"), ("淑珍", "Shuzhen")]

    /// A natural person with a full name, which publication anonymises.
    private func person(_ random: inout SeededGenerator) -> (zh: String, en: String) {
        let surname = Self.surnames.randomElement(using: &random)!
        let given = Self.partyGivenNames.randomElement(using: &random)!
        return ("\(surname)\(given.0)", "\(Self.pinyin[surname]!) \(given.1)")
    }

    func makeDraft(index: Int, lastYear: Int, random: inout SeededGenerator) -> NewCase {
        let years = Array(2019...lastYear)
        let year = years[index % years.count]
        let lastDay = year == today.year ? today : CalendarDate(year: year, month: 12, day: 31)!
        let dayOfYear = Int.random(in: 0...CalendarDate(year: year, month: 1, day: 1)!.days(until: lastDay), using: &random)
        let docketedOn = CalendarDate(year: year, month: 1, day: 1)!.adding(days: dayOfYear)
        let receivedOn = docketedOn.adding(days: -Int.random(in: 0...20, using: &random))

        // Every type and cause appears: the first cases walk through them, the rest are drawn with
        // the Tribunal's real mix (most appeals are civil).
        let type: TribunalCaseType
        let cause: CauseOfAction
        let administrativeCauses = CauseOfAction.allCases.filter(\.isAdministrative)
        let civilCauses = CauseOfAction.allCases.filter { !$0.isAdministrative }
        if index < TribunalCaseType.allCases.count {
            type = TribunalCaseType.allCases[index]
        } else {
            let roll = Int.random(in: 0..<100, using: &random)
            type = roll < 62 ? .civilAppeal : roll < 77 ? .administrativeAppeal : roll < 92 ? .jurisdictionAppeal
                : [.civilRetrialReview, .administrativeRetrialReview, .civilRetrial, .administrativeRetrial].randomElement(using: &random)!
        }
        if type.isAdministrative {
            cause = administrativeCauses.randomElement(using: &random)!
        } else if index < civilCauses.count + TribunalCaseType.allCases.count, index >= TribunalCaseType.allCases.count {
            cause = civilCauses[index - TribunalCaseType.allCases.count]
        } else {
            let weighted: [CauseOfAction] = [.inventionPatentInfringement, .inventionPatentInfringement, .inventionPatentInfringement,
                                             .utilityModelPatentInfringement, .utilityModelPatentInfringement, .technicalSecret,
                                             .computerSoftwareCopyright, .patentOwnership, .technologyContract, .newPlantVariety,
                                             .monopoly, .confirmationOfPatentNonInfringement, .integratedCircuitLayoutDesign]
            cause = weighted.randomElement(using: &random)!
        }

        let isAppeal = [.civilAppeal, .administrativeAppeal, .jurisdictionAppeal].contains(type)
        let foreign = Int.random(in: 0..<100, using: &random) < 12
        var parties: [Party] = []
        let leadRole: Party.Role = isAppeal ? .appellant : .retrialApplicant
        let otherRole: Party.Role = isAppeal ? .appellee : .respondent
        let counsel = { (random: inout SeededGenerator) in
            [Counsel(name: "\(Self.surnames.randomElement(using: &random)!)律师", firm: Self.firms.randomElement(using: &random)!)]
        }
        if type.isAdministrative {
            let applicant = company(&random), third = company(&random)
            parties.append(Party(role: leadRole, kind: .organisation, name: applicant.zh, nameEn: applicant.en, counsel: counsel(&random)))
            parties.append(Party(role: otherRole, kind: .organisation, name: "国家知识产权局", nameEn: "China National Intellectual Property Administration"))
            parties.append(Party(role: .originalThirdParty, kind: .organisation, name: third.zh, nameEn: third.en))
        } else {
            let leadIsPerson = Int.random(in: 0..<100, using: &random) < 15
            let lead = leadIsPerson ? person(&random) : company(&random)
            parties.append(Party(role: leadRole, kind: leadIsPerson ? .person : .organisation,
                                 name: lead.zh, nameEn: lead.en, counsel: counsel(&random)))
            if foreign {
                let (name, _) = Self.foreignParties.randomElement(using: &random)!
                parties.append(Party(role: otherRole, kind: .organisation, name: name, nameEn: name, domiciledInChina: false, counsel: counsel(&random)))
            } else {
                let other = company(&random)
                parties.append(Party(role: otherRole, kind: .organisation, name: other.zh, nameEn: other.en, counsel: counsel(&random)))
            }
        }

        var origin: OriginDecision?
        if isAppeal || Int.random(in: 0..<2, using: &random) == 0 {
            let courts = CourtDirectory.official.originCourts
            let court = type.isAdministrative ? CourtDirectory.official.court(code: "京73")! : courts.randomElement(using: &random)!
            let decidedOn = receivedOn.adding(days: -Int.random(in: 20...90, using: &random))
            let firstInstanceYear = decidedOn.year - Int.random(in: 0...1, using: &random)
            let typeCode = type.isAdministrative ? "行初" : (court.kind == .ipCourt ? "知民初" : "民初")
            let number = CaseNumber(year: max(firstInstanceYear, 2017), courtCode: court.code, typeCode: typeCode,
                                    sequences: [Int.random(in: 1...3000, using: &random)])
            origin = OriginDecision(courtCode: court.code, caseNumber: number, decidedOn: decidedOn,
                                    kind: type == .jurisdictionAppeal ? .ruling : .judgment)
        }
        return NewCase(type: type, cause: cause, technicalField: Self.fields.randomElement(using: &random)!,
                       origin: origin, parties: parties, receivedOn: receivedOn, docketedOn: docketedOn)
    }

    /// The moves a case has had by `today`, according to its age.
    private func plannedMoves(for courtCase: CourtCase, staff: [StaffMember],
                              random: inout SeededGenerator) -> [(CaseMove, CalendarDate, String)] {
        var moves: [(CaseMove, CalendarDate, String)] = []
        var day = courtCase.docketedOn.adding(days: Int.random(in: 3...12, using: &random))
        guard day <= today else { return moves }

        let inPost = staff.filter { $0.isInPost(on: day) }
        let presiding = inPost.filter { $0.role == .presidingJudge }.randomElement(using: &random)!
        let judges = Array(inPost.filter { $0.role == .judge }.shuffled(using: &random).prefix(2))
        let assistant = inPost.filter { $0.role == .judicialAssistant }.randomElement(using: &random)!
        let clerk = inPost.filter { $0.role == .clerk }.randomElement(using: &random)!
        let panel = Panel(presidingJudgeId: presiding.id, judgeIds: judges.map(\.id), assistantId: assistant.id, clerkId: clerk.id)
        moves.append((.assignPanel(panel), day, "demo.presiding"))

        if Int.random(in: 0..<100, using: &random) < 12 {
            let from = day.adding(days: Int.random(in: 5...20, using: &random))
            let length = Int.random(in: 15...60, using: &random)
            if from.adding(days: length) <= today {
                moves.append((.recordExclusion(TrialPeriodExclusion(kind: [.appraisal, .settlement, .publicNotice].randomElement(using: &random)!,
                                                                    from: from, to: from.adding(days: length),
                                                                    reason: "当事人申请", approvedBy: presiding.nameZh)), from, "demo.assistant"))
            }
        }

        let decidedByPapers = courtCase.type == .jurisdictionAppeal || Int.random(in: 0..<100, using: &random) < 30
        if !decidedByPapers {
            day = day.adding(days: Int.random(in: 20...45, using: &random))
            guard day <= today else { return moves }
            moves.append((.scheduleHearing(on: day.adding(days: 14)), day, "demo.clerk"))
            day = day.adding(days: 14)
            guard day <= today else { return moves }
            moves.append((.recordHearing(on: day), day, "demo.clerk"))
        }

        day = day.adding(days: Int.random(in: 10...(courtCase.type == .jurisdictionAppeal ? 15 : 70), using: &random))
        guard day <= today else { return moves }
        let dispositions: [Disposition] = courtCase.type == .jurisdictionAppeal
            ? [.affirmed, .affirmed, .affirmed, .reversed, .withdrawn]
            : [.affirmed, .affirmed, .affirmed, .affirmed, .modified, .reversed, .remanded, .withdrawn, .mediated, .dismissed]
        moves.append((.decide(dispositions.randomElement(using: &random)!, on: day), day, "demo.judge"))

        day = day.adding(days: Int.random(in: 3...15, using: &random))
        guard day <= today else { return moves }
        moves.append((.close(on: day), day, "demo.clerk"))
        return moves
    }

    static func noon(_ date: CalendarDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch * 86_400 + 4 * 3600))
    }
}
