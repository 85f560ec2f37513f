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
        let page = ErrorPage.Model(status: problem.status, detail: problem.detail, wording: renderer.wording(language))
        return renderer.render(page, language: language, request: request, status: HTTPResponse.Status(code: problem.status))
    }
}
