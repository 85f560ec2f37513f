import Foundation
import PublicPortal

/// Cases received and closed in each year.
enum StatisticsPage {
    struct Model: PageModel {
        static let template = "statistics"
        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        let years: [YearlyFigures]

        init(years: [YearlyFigures], wording: Wording) {
            title = wording("statistics")
            self.years = years
        }
    }
}
