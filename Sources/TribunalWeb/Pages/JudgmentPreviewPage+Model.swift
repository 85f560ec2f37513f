import Foundation

/// What the public would read if the judgment were published now, in the workspace.
enum JudgmentPreviewPage {
    struct Model: PageModel {
        static let template = "staff-judgment-preview"
        let title: String
        let crumbs: [Crumb]
        /// The public page's model, rendered by the same partial.
        let page: JudgmentPage.Model

        init(page: JudgmentPage.Model, judgmentURL: String, number: String, wording: Wording) {
            title = wording("previewJudgment")
            crumbs = [Crumb(title: wording("staffArea"), url: "/\(wording.language.rawValue)/staff"),
                      Crumb(title: wording("judgmentOf", "number", number), url: judgmentURL), Crumb(title: title, url: nil)]
            self.page = page
        }
    }
}
