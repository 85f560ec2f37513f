import Foundation
import TribunalCore

extension SimilarCaseResult {
    /// The retrieval report that Art. 7 of the SPC's guidance on similar-case retrieval (2020) asks
    /// for: who searched, when, on which platform, by what method, the results with their key
    /// points, and the pending case's disputed issues, with room for the panel's use of the results.
    public func report(searchedBy: String, at instant: Date, query: SimilarCaseQuery) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        var lines = [
            "# 类案检索报告",
            "",
            "- 检索主体：\(searchedBy)",
            "- 检索时间：\(formatter.string(from: instant))",
            "- 检索平台：Tribunal 裁判文书检索（最高人民法院知识产权法庭公开裁判文书）",
            "- 待决案件：\(query.caseNumber?.canonical ?? "（未提供案号）")",
            "",
            "## 检索方法",
            "",
            "以待决案件全文的关键词（按词频与逆文档频率加权，排除当事人名称、数字及多数裁判文书共有的套语）计算文本相似度，并以相同专利、当事人、案由、法条、一审法院为加分项，按综合得分排序，文本相似度低于 \(SimilarCaseScoring.threshold) 且无相同专利的不列入；检索范围依《关于统一法律适用加强类案检索的指导意见（试行）》第四条，依次为指导性案例、最高人民法院发布的典型案例及裁判生效的案件、其他案件，除指导性案例外优先近三年的案例。",
            "",
            "- 案由：\(cause?.zh ?? "未限定")",
            "- 专利号：\(patents.isEmpty ? "无" : patents.joined(separator: "、"))",
            "- 法条：\(statutes.isEmpty ? "无" : statutes.map { StatuteCitation.readable($0, english: false) }.joined(separator: "、"))",
            "- 关键词：\(terms.joined(separator: "、"))",
            "",
            "## 待决案件争议焦点",
            "",
            query.issues.flatMap { $0.isBlank ? nil : $0 } ?? "（检索人未填写）",
            "",
            "## 检索结果",
            "",
        ]
        if groups.isEmpty { lines.append("未检索到类案。") }
        for group in groups {
            lines += ["### \(group.group.zh)（\(group.cases.count) 件）", ""]
            for (index, similar) in group.cases.enumerated() {
                var reasons: [String] = []
                if !similar.sharedPatents.isEmpty { reasons.append("相同专利 \(similar.sharedPatents.joined(separator: "、"))") }
                if similar.sameCause { reasons.append("相同案由") }
                if !similar.sharedParties.isEmpty { reasons.append("相同当事人 \(similar.sharedParties.joined(separator: "、"))") }
                if similar.sameOriginCourt { reasons.append("一审法院相同") }
                if !similar.sharedStatutes.isEmpty {
                    reasons.append("相同法条 \(similar.sharedStatutes.map { StatuteCitation.readable($0, english: false) }.joined(separator: "、"))")
                }
                if !similar.sharedTerms.isEmpty { reasons.append("共同关键词 \(similar.sharedTerms.prefix(6).joined(separator: "、"))") }
                lines += [
                    "\(index + 1). \(similar.caseNumber) \(similar.title)（\(similar.decidedOn)，文本相似度 \(similar.textSimilarity)，综合得分 \(similar.score)）",
                    "   - 相似点：\(reasons.isEmpty ? "文本相近" : reasons.joined(separator: "；"))",
                    "   - 裁判要点：\(similar.holding.isEmpty ? "—" : similar.holding)",
                ]
            }
            lines.append("")
        }
        lines += ["## 结果运用情况", "", "（由合议庭说明是否参照或者参考上述类案及理由。）", ""]
        return lines.joined(separator: "\n")
    }
}
