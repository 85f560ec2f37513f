import Foundation
import Judgments

/// All published judgments, newest first, a numbered page at a time.
enum JudgmentsPage {
    static let pageSize = 20

    struct Model: PageModel {
        static let template = "judgments"
        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        let list: JudgmentList
        let nextURL: String?
        let previousURL: String?

        init(page: Int, judgments: [PublishedJudgment], wording: Wording) {
            title = wording("judgments")
            list = JudgmentList(items: judgments.map { JudgmentListItem($0, wording: wording) })
            let links = PageLinks(path: "/\(wording.language.rawValue)/judgments", page: page, shown: judgments.count, pageSize: pageSize)
            nextURL = links.nextURL
            previousURL = links.previousURL
        }
    }
}
