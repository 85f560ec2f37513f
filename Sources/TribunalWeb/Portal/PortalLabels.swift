import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The names of the domain's vocabularies in the portal's two languages.
extension PortalLanguage {
    func label(_ cause: CauseOfAction) -> String { self == .zh ? cause.zh : cause.en }
    func label(_ type: TribunalCaseType) -> String { self == .zh ? "\(type.zh)（\(type.rawValue)）" : "\(type.en) (\(type.rawValue))" }
    func label(_ disposition: Disposition) -> String { self == .zh ? disposition.zh : disposition.en }
    func courtLabel(_ code: String) -> String {
        guard let court = CourtDirectory.official.court(code: code) else { return code }
        return self == .zh ? court.zh : court.en
    }
    func label(_ status: CaseStatus) -> String {
        switch (status, self) {
        case (.docketed, .zh): return "已立案"
        case (.assigned, .zh): return "已分案"
        case (.hearingScheduled, .zh): return "已排期开庭"
        case (.heard, .zh): return "已开庭"
        case (.decided, .zh): return "已裁判"
        case (.closed, .zh): return "已结案"
        case (.docketed, .en): return "Docketed"
        case (.assigned, .en): return "Panel assigned"
        case (.hearingScheduled, .en): return "Hearing scheduled"
        case (.heard, .en): return "Heard"
        case (.decided, .en): return "Decided"
        case (.closed, .en): return "Closed"
        }
    }

    func label(_ period: StatutoryPeriod) -> String {
        switch (period, self) {
        case let (.days(n), .zh): return "\(n)日"
        case let (.months(n), .zh): return "\(n)个月"
        case let (.days(n), .en): return n == 1 ? "1 day" : "\(n) days"
        case let (.months(n), .en): return n == 1 ? "1 month" : "\(n) months"
        }
    }

    /// The address of a judgment's page: its case number, percent-encoded.
    func judgmentURL(_ caseNumber: String) -> String {
        "/\(rawValue)/judgments/" + (caseNumber.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? caseNumber)
    }
}
