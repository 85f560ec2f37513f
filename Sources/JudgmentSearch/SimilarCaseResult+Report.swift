import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import SearchEngine

/// The retrieval report that Art. 7 of the SPC's guidance on similar-case retrieval (2020) asks
/// for: who searched, when, on which platform, by what method, the results with their key points
/// and why each is similar, and the pending case's disputed issues, with room for the panel's use
/// of the results. One model, written out as Markdown or as a print-ready page a court files.
public struct SimilarCaseReport: Sendable {
    public struct Line: Sendable {
        public let label: String
        public let value: String
    }

    public struct Entry: Sendable {
        public let number: Int
        public let caseNumber: String
        public let title: String
        public let decidedOn: String
        public let textSimilarity: String
        public let score: String
        public let reasons: String
        public let holding: String
    }

    public struct Group: Sendable {
        public let title: String
        public let entries: [Entry]
    }

    public let title = "类案检索报告"
    public let particulars: [Line]
    public let method: String
    public let criteria: [Line]
    public let issues: String
    public let groups: [Group]
    public let closing = "（由合议庭说明是否参照或者参考上述类案及理由。）"

    public init(_ result: SimilarCaseResult, searchedBy: String, at instant: Date, query: SimilarCaseQuery) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        particulars = [
            Line(label: "检索主体", value: searchedBy),
            Line(label: "检索时间", value: formatter.string(from: instant)),
            Line(label: "检索平台", value: "Tribunal 裁判文书检索（最高人民法院知识产权法庭公开裁判文书）"),
            Line(label: "待决案件", value: query.caseNumber?.canonical ?? "（未提供案号）"),
        ]
        method = "以待决案件全文的关键词（按词频与逆文档频率加权，排除当事人名称、数字及多数裁判文书共有的套语）计算文本相似度，"
            + "并以相同专利、当事人、案由、法条、一审法院为加分项，按综合得分排序，文本相似度低于 \(SimilarCaseScoring.threshold) 且无相同专利的不列入；"
            + "检索范围依《关于统一法律适用加强类案检索的指导意见（试行）》第四条，依次为指导性案例、最高人民法院发布的典型案例及裁判生效的案件、其他案件，除指导性案例外优先近三年的案例。"
        criteria = [
            Line(label: "案由", value: result.cause?.zh ?? "未限定"),
            Line(label: "专利号", value: result.patents.isEmpty ? "无" : result.patents.joined(separator: "、")),
            Line(label: "法条", value: result.statutes.isEmpty ? "无" : result.statutes.map { StatuteCitation.readable($0, english: false) }.joined(separator: "、")),
            Line(label: "关键词", value: result.terms.isEmpty ? "无" : result.terms.joined(separator: "、")),
        ]
        issues = query.issues.flatMap { $0.isBlank ? nil : $0 } ?? "（检索人未填写）"
        groups = result.groups.map { group in
            Group(title: "\(group.group.zh)（\(group.cases.count) 件）", entries: group.cases.enumerated().map { index, similar in
                Entry(number: index + 1, caseNumber: similar.caseNumber, title: similar.title, decidedOn: similar.decidedOn.description,
                      textSimilarity: String(similar.textSimilarity), score: String(similar.score),
                      reasons: Self.reasons(similar), holding: similar.holding.isEmpty ? "—" : similar.holding)
            })
        }
    }

    /// Why a case is similar, in words a judge reads.
    static func reasons(_ similar: SimilarCase) -> String {
        var reasons: [String] = []
        if !similar.sharedPatents.isEmpty { reasons.append("相同专利 \(similar.sharedPatents.joined(separator: "、"))") }
        if similar.sameCause { reasons.append("相同案由") }
        if !similar.sharedParties.isEmpty { reasons.append("相同当事人 \(similar.sharedParties.joined(separator: "、"))") }
        if similar.sameOriginCourt { reasons.append("一审法院相同") }
        if !similar.sharedStatutes.isEmpty {
            reasons.append("相同法条 \(similar.sharedStatutes.map { StatuteCitation.readable($0, english: false) }.joined(separator: "、"))")
        }
        if !similar.sharedTerms.isEmpty { reasons.append("共同关键词 \(similar.sharedTerms.prefix(6).joined(separator: "、"))") }
        return reasons.isEmpty ? "文本相近" : reasons.joined(separator: "；")
    }

    /// The report as Markdown, to download.
    public var markdown: String {
        var lines = ["# \(title)", ""] + particulars.map { "- \($0.label)：\($0.value)" }
        lines += ["", "## 检索方法", "", method, ""] + criteria.map { "- \($0.label)：\($0.value)" }
        lines += ["", "## 待决案件争议焦点", "", issues, "", "## 检索结果", ""]
        if groups.isEmpty { lines.append("未检索到类案。") }
        for group in groups {
            lines += ["### \(group.title)", ""]
            for entry in group.entries {
                lines += [
                    "\(entry.number). \(entry.caseNumber) \(entry.title)（\(entry.decidedOn)，文本相似度 \(entry.textSimilarity)，综合得分 \(entry.score)）",
                    "   - 相似点：\(entry.reasons)",
                    "   - 裁判要点：\(entry.holding)",
                ]
            }
            lines.append("")
        }
        lines += ["## 结果运用情况", "", closing, ""]
        return lines.joined(separator: "\n")
    }
}

extension SimilarCaseResult {
    /// The retrieval report as Markdown (`SimilarCaseReport`).
    public func report(searchedBy: String, at instant: Date, query: SimilarCaseQuery) -> String {
        SimilarCaseReport(self, searchedBy: searchedBy, at: instant, query: query).markdown
    }
}
