import Foundation
import TribunalKernel
import Docket
import CourtOperations

/// The leaders' dashboard: the court's statistics report (`StatisticsReport`) in the workspace,
/// every table as CSV.
enum StatisticsDashboardPage {
    struct Model: PageModel {
        static let template = "staff-statistics"

        let title: String
        let crumbs: [Crumb]
        let report: StatisticsReport

        init(report: StatisticsReport, wording: Wording) {
            title = wording("statisticsDashboard")
            crumbs = StaffArea.crumbs(title, wording)
            self.report = report
        }
    }
}
