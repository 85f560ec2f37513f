import Foundation
import Hummingbird

/// The portal's error page: what went wrong in the visitor's words, in the language of the
/// address (or of the browser, for an address outside /zh/ and /en/), with the field and the
/// reason when the visitor can correct them.
struct PortalErrorPage: Sendable {
    let renderer: PortalRenderer

    func response(for problem: ProblemDetails, request: Request) -> Response {
        let first = request.uri.path.split(separator: "/").first.map(String.init)
        let language = first.flatMap(PortalLanguage.init(rawValue:)) ?? PortalLanguage.negotiate(request.headers[.acceptLanguage])
        let (heading, explanation) = Self.keys(for: problem.status)
        let catalog = renderer.catalog
        // A 404 or 500 says nothing about the request's values; a 4xx that names a field helps the visitor correct it.
        let detail = (400..<500).contains(problem.status) && problem.status != 404 && problem.status != 403 ? problem.detail : nil
        return renderer.render("error", language: language, request: request, title: catalog.text(heading, language),
                               crumbs: [.init(title: catalog.text(heading, language), url: nil)],
                               content: present(["heading": catalog.text(heading, language),
                                                 "explanation": catalog.text(explanation, language), "problem": detail]),
                               status: HTTPResponse.Status(code: problem.status))
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
