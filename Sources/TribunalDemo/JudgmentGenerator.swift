import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments

/// Writes realistic judgments for demo cases and benchmarks: the structure, formulas and legal
/// references of the Tribunal's real judgments, with parties, patents and technical matter drawn
/// from a seeded generator. The same seed and case give the same text on every machine.
public struct JudgmentGenerator: Sendable {
    public var seed: UInt64
    /// The share of judgments that get an English translation, in percent.
    public var translatedPercent: Int

    public init(seed: UInt64 = 562, translatedPercent: Int = 30) {
        self.seed = seed
        self.translatedPercent = translatedPercent
    }

    private static let devices = ["锂离子电池正极材料", "无线通信终端", "图像处理装置", "数据传输方法", "医用导管", "发光二极管封装结构",
                                  "车载充电控制系统", "半导体晶圆清洗设备", "基因检测试剂盒", "智能门锁", "液晶显示面板", "风力发电机叶片",
                                  "光伏组件", "手术缝合器", "抗体药物组合物", "水稻育种方法", "芯片散热模组", "电子烟雾化器"]
    private static let devicesEn = ["cathode material for lithium-ion batteries", "wireless communication terminal", "image processing device",
                                    "data transmission method", "medical catheter", "LED package structure", "on-board charging control system",
                                    "semiconductor wafer cleaning apparatus", "genetic testing kit", "smart lock", "liquid-crystal display panel",
                                    "wind turbine blade", "photovoltaic module", "surgical stapler", "antibody drug composition",
                                    "rice breeding method", "chip heat-dissipation module", "e-cigarette atomiser"]
    private static let parts = ["壳体", "控制模块", "驱动电路", "传感器", "密封圈", "散热片", "导电层", "基板", "缓冲层", "连接件", "处理器", "存储单元"]
    private static let issues = ["被诉侵权技术方案是否落入涉案专利权的保护范围", "原审判决确定的赔偿数额是否适当", "被诉侵权人的现有技术抗辩是否成立",
                                 "涉案技术信息是否构成商业秘密", "被诉行为是否构成滥用市场支配地位", "涉案专利权利要求是否具备创造性",
                                 "原审法院对管辖权异议的处理是否正确", "涉案合同是否应当解除"]
    private static let statutes = ["《中华人民共和国专利法》第六十四条第一款", "《中华人民共和国专利法》第七十一条", "《中华人民共和国专利法》第二十二条第三款",
                                   "《中华人民共和国反不正当竞争法》第九条", "《中华人民共和国反垄断法》第二十二条", "《中华人民共和国民法典》第五百六十三条",
                                   "《中华人民共和国著作权法》第五十四条", "《中华人民共和国种子法》第二十八条"]
    private static let statutesEn = ["Patent Law Art. 64", "Patent Law Art. 71", "Patent Law Art. 22", "Anti-Unfair Competition Law Art. 9",
                                     "Anti-Monopoly Law Art. 22", "Civil Code Art. 563", "Copyright Law Art. 54", "Seed Law Art. 28"]

    /// What a generated judgment is about: the matter that makes two judgments alike, drawn
    /// before its text, so that a benchmark knows which judgments are alike without reading them.
    public struct Matter: Hashable, Sendable {
        public let deviceIndex: Int
        public let statuteIndex: Int
        public let patent: String
        /// The two disputed issues, as the judgment states them.
        public let issues: [String]
    }

    private func generator(for courtCase: CourtCase) -> SeededGenerator {
        SeededGenerator(seed: seed &+ UInt64(bitPattern: courtCase.id) &* 0x9E37_79B9)
    }

    private func drawMatter(_ random: inout SeededGenerator) -> Matter {
        let deviceIndex = Int.random(in: 0..<Self.devices.count, using: &random)
        let statuteIndex = Int.random(in: 0..<Self.statutes.count, using: &random)
        let patent = "ZL\(Int.random(in: 2010...2021, using: &random))1\(String(format: "%07d", Int.random(in: 0...9_999_999, using: &random))).\(Int.random(in: 0...9, using: &random))"
        let issues = [Self.issues.randomElement(using: &random)!, Self.issues.randomElement(using: &random)!]
        return Matter(deviceIndex: deviceIndex, statuteIndex: statuteIndex, patent: patent, issues: issues)
    }

    /// The matter of the judgment `judgment(for:judges:)` writes for `courtCase`.
    public func matter(of courtCase: CourtCase) -> Matter {
        var random = generator(for: courtCase)
        return drawMatter(&random)
    }

    /// A judgment (or, for a jurisdiction appeal, a ruling) for a decided case.
    public func judgment(for courtCase: CourtCase, judges: [String]) -> NewJudgment {
        var random = generator(for: courtCase)
        func pick<T>(_ items: [T]) -> T { items.randomElement(using: &random)! }
        let matter = drawMatter(&random)
        let deviceIndex = matter.deviceIndex
        let device = Self.devices[deviceIndex], deviceEn = Self.devicesEn[deviceIndex]
        let statuteIndex = matter.statuteIndex
        let patent = matter.patent
        let isRuling = courtCase.type == .jurisdictionAppeal
        let documentZh = isRuling ? "民事裁定书" : (courtCase.type.isAdministrative ? "行政判决书" : "民事判决书")
        let lead = courtCase.parties.first?.name ?? "上诉人"
        let other = courtCase.parties.dropFirst().first?.name ?? "被上诉人"
        let origin = courtCase.origin
        let originCourt = origin.flatMap { CourtDirectory.official.court(code: $0.courtCode) }
        let decidedOn = courtCase.decidedOn ?? courtCase.docketedOn.adding(days: 60)
        let issue1 = matter.issues[0], issue2 = matter.issues[1]
        let damages = Int.random(in: 5...800, using: &random) * 10_000
        let fee = damages / 100 + 50
        let disposition = courtCase.disposition ?? .affirmed

        let partiesText = courtCase.parties.map { party -> String in
            let role: String
            switch party.role {
            case .appellant: role = "上诉人（原审\(courtCase.type.isAdministrative ? "原告" : "被告")）"
            case .appellee: role = "被上诉人（原审\(courtCase.type.isAdministrative ? "被告" : "原告")）"
            case .originalThirdParty: role = "原审第三人"
            case .retrialApplicant: role = "再审申请人"
            case .respondent: role = "被申请人"
            }
            let counsel = party.counsel.map { "委托诉讼代理人：\($0.name)，\($0.firm ?? "")律师。" }.joined()
            return "\(role)：\(party.name)。\(counsel)"
        }
        let holdingZh: String
        switch disposition {
        case .affirmed: holdingZh = isRuling ? "驳回上诉，维持原裁定。本裁定为终审裁定。" : "驳回上诉，维持原判。二审案件受理费\(fee)元，由\(lead)负担。本判决为终审判决。"
        case .reversed: holdingZh = "一、撤销\(originCourt?.zh ?? "原审法院")\(origin?.caseNumber.canonical ?? "")民事判决；二、驳回\(other)的全部诉讼请求。本判决为终审判决。"
        case .modified: holdingZh = "一、维持原判第一项；二、变更原判第二项为：\(lead)于本判决生效之日起十日内赔偿\(other)经济损失及合理开支共计\(damages / 2)元。本判决为终审判决。"
        case .remanded: holdingZh = "一、撤销原审判决；二、本案发回\(originCourt?.zh ?? "原审法院")重审。"
        case .withdrawn: holdingZh = "准许\(lead)撤回上诉。一审判决自本裁定书送达之日起发生法律效力。本裁定为终审裁定。"
        case .mediated: holdingZh = "经本院主持调解，双方当事人自愿达成如下协议：\(lead)向\(other)支付和解款\(damages / 3)元，双方就本案再无其他争议。"
        case .dismissed: holdingZh = "驳回\(lead)的再审申请。"
        case .transferred: holdingZh = "本案移送\(originCourt?.zh ?? "有管辖权的人民法院")处理。"
        }
        let zh = JudgmentText(title: "\(lead)与\(other)\(courtCase.cause.zh)二审\(documentZh)", sections: [
            JudgmentSection(kind: .header, passages: [Passage("中华人民共和国最高人民法院\n\(documentZh)\n\(courtCase.number.canonical)")]),
            JudgmentSection(kind: .parties, passages: partiesText.map { Passage($0) }),
            JudgmentSection(kind: .proceduralHistory, passages: [Passage(
                "上诉人\(lead)因与被上诉人\(other)\(courtCase.cause.zh)一案，不服\(originCourt?.zh ?? "原审法院")于\(origin.map { Self.zhDate($0.decidedOn) } ?? "")作出的\(origin?.caseNumber.canonical ?? "")\(isRuling ? "民事裁定" : "判决")，向本院提起上诉。本院于\(Self.zhDate(courtCase.docketedOn))立案后，依法组成合议庭\(courtCase.hearingOn.map { "，于\(Self.zhDate($0))公开开庭进行了审理" } ?? "进行了审理")。本案现已审理终结。")]),
            JudgmentSection(kind: .facts, passages: [
                Passage("\(other)是专利号为\(patent)、名称为“一种\(device)”的发明专利的专利权人，该专利处于有效状态。"),
                Passage("涉案专利权利要求1记载：一种\(device)，包括\(pick(Self.parts))、\(pick(Self.parts))和\(pick(Self.parts))，其特征在于，所述\(pick(Self.parts))与\(pick(Self.parts))相连接。"),
                Passage("\(other)主张\(lead)制造、销售的被诉侵权产品落入涉案专利权的保护范围，请求判令停止侵害并赔偿经济损失\(damages)元。"),
                Passage("原审法院查明的其他事实属实，本院予以确认。"),
            ]),
            JudgmentSection(kind: .reasoning, passages: [
                Passage("本院认为，本案二审争议焦点为：（一）\(issue1)；（二）\(issue2)。"),
                Passage("关于第一个焦点问题。根据\(Self.statutes[statuteIndex])的规定，发明或者实用新型专利权的保护范围以其权利要求的内容为准，说明书及附图可以用于解释权利要求的内容。被诉侵权技术方案包含与权利要求记载的全部技术特征相同或者等同的技术特征的，应当认定其落入专利权的保护范围。"),
                Passage("关于第二个焦点问题。原审法院综合考虑涉案专利的类型、侵权行为的性质和情节、被诉侵权产品的销售规模等因素，酌定赔偿数额，并无明显不当。"),
                Passage("综上所述，依照《中华人民共和国民事诉讼法》第一百七十七条第一款第\(disposition == .affirmed ? "一" : "二")项之规定，\(isRuling ? "裁定" : "判决")如下："),
            ]),
            JudgmentSection(kind: .holding, passages: [Passage(holdingZh)]),
        ])

        var en: JudgmentText?
        if Int.random(in: 0..<100, using: &random) < translatedPercent {
            let leadEn = courtCase.parties.first?.nameEn ?? "the Appellant"
            let otherEn = courtCase.parties.dropFirst().first?.nameEn ?? "the Appellee"
            en = JudgmentText(title: "\(leadEn) v. \(otherEn): \(courtCase.cause.en), \(isRuling ? "ruling" : "judgment") on appeal", sections: [
                JudgmentSection(kind: .header, passages: [Passage("Supreme People's Court of the People's Republic of China\n\(isRuling ? "Civil Ruling" : "Judgment")\n\(courtCase.number.canonical)")]),
                JudgmentSection(kind: .proceduralHistory, passages: [Passage(
                    "Dissatisfied with the first-instance \(isRuling ? "ruling" : "judgment") \(origin?.caseNumber.canonical ?? "") of the \(originCourt?.en ?? "court below"), \(leadEn) appealed to this Court, which docketed the case on \(courtCase.docketedOn) and formed a collegial panel.")]),
                JudgmentSection(kind: .facts, passages: [
                    Passage("\(otherEn) holds invention patent \(patent) for a \(deviceEn). It alleged that products made and sold by \(leadEn) fall within the scope of protection and claimed damages of RMB \(damages)."),
                ]),
                JudgmentSection(kind: .reasoning, passages: [
                    Passage("Under \(Self.statutesEn[statuteIndex]), the scope of protection of a patent is determined by the content of its claims. A technical solution that contains features identical or equivalent to all the features of a claim infringes the patent."),
                ]),
                JudgmentSection(kind: .holding, passages: [Passage("\(disposition.en). This \(isRuling ? "ruling" : "judgment") is final.")]),
            ])
        }
        return NewJudgment(caseNumber: courtCase.number, kind: isRuling ? .ruling : (disposition == .mediated ? .mediationStatement : .judgment),
                           decidedOn: decidedOn, judges: judges, zh: zh, en: en)
    }

    static func zhDate(_ date: CalendarDate) -> String { "\(date.year)年\(date.month)月\(date.day)日" }
}
