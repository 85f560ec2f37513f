import Foundation

/// The portal's judicial statistics: the same report as the leaders' dashboard, for the public.
enum StatisticsPage {
    struct Model: PageModel {
        static let template = "statistics"
        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        let report: StatisticsReport

        init(report: StatisticsReport, wording: Wording) {
            title = wording("statistics")
            self.report = report
        }
    }
}
