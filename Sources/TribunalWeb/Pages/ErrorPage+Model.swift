import Foundation

/// What went wrong, in the visitor's words, with the field and the reason when the visitor can
/// correct them.
enum ErrorPage {
    struct Model: PageModel {
        static let template = "error"
        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        let heading: String
        let explanation: String
        let problem: String?

        init(status: Int, detail: String?, wording: Wording) {
            let (heading, explanation) = Self.keys(for: status)
            title = wording(heading)
            self.heading = wording(heading)
            self.explanation = wording(explanation)
            // A 404 or 500 says nothing about the request's values; a 4xx that names a field helps the visitor correct it.
            problem = (400..<500).contains(status) && status != 404 && status != 403 ? detail : nil
        }

        private static func keys(for status: Int) -> (String, String) {
            switch status {
            case 404, 405: return ("notFound", "notFoundText")
            case 401, 403: return ("forbidden", "forbiddenText")
            case 413, 414, 431: return ("contentTooLarge", "contentTooLargeText")
            case 429: return ("tooManyRequests", "tooManyRequestsText")
            case 400..<500: return ("badRequest", "badRequestText")
            default: return ("serverError", "serverErrorText")
            }
        }
    }
}
