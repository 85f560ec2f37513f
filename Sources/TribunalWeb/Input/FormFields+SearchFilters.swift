import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

extension FormFields {
    /// The search filters in the query string (year, type, cause, court, disposition, language),
    /// for the API and the portal alike; a value that names nothing is a 400 that names the parameter.
    func searchFilters() throws -> SearchFilters {
        var filters = SearchFilters()
        filters.year = try number("year", in: 1985...2100, expected: "a year from 1985 to 2100")
        filters.type = try parsed("type", expected: "a case-type code such as 知民终", TribunalCaseType.init(rawValue:))
        filters.cause = try oneOf("cause", CauseOfAction.self)
        filters.courtCode = try parsed("court", expected: "a court code", { CourtDirectory.official.court(code: $0)?.code })
        filters.disposition = try oneOf("disposition", Disposition.self)
        filters.language = try parsed("language", expected: "zh or en", { ["zh", "en"].contains($0) ? $0 : nil })
        return filters
    }
}
