import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

// Domain values the API returns as they are: their Codable form is the API's JSON.
extension CourtCase: ResponseEncodable {}
extension TrialPeriodReport: ResponseEncodable {}
extension TrialPeriodWatchlist: ResponseEncodable {}
extension StaffMember: ResponseEncodable {}
extension Court: ResponseEncodable {}
extension Judgment: ResponseEncodable {}
extension PublishedJudgment: ResponseEncodable {}
extension SimilarCaseResult: ResponseEncodable {}
