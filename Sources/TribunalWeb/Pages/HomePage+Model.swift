import Foundation
import Judgments

/// The portal's front page: the latest judgments and the designated (benchmark) cases.
enum HomePage {
    struct Model: PageModel {
        static let template = "home"
        let title: String
        var crumbs: [Crumb] { [] }
        let latest: JudgmentList
        let benchmark: JudgmentList

        init(latest: [PublishedJudgment], designated: [PublishedJudgment], wording: Wording) {
            title = wording("home")
            self.latest = JudgmentList(items: latest.map { JudgmentListItem($0, wording: wording) })
            benchmark = JudgmentList(items: designated.map { JudgmentListItem($0, wording: wording) })
        }
    }
}
