import Foundation
import PublicPortal

/// About the court, with the portal's visitor figures per language.
enum AboutPage {
    struct Model: PageModel {
        static let template = "about"

        struct Visitors {
            let language: String
            let pageViews: Int
            let dailyVisitors: Int
        }

        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        let visitors: [Visitors]

        init(totals: [VisitorTotal], wording: Wording) {
            title = wording("about")
            visitors = totals.map { Visitors(language: $0.language == "zh" ? "中文" : "English", pageViews: $0.pageViews, dailyVisitors: $0.dailyVisitors) }
        }
    }
}
