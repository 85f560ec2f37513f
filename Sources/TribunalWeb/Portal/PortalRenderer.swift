import Foundation
import Hummingbird
import Mustache
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// Renders portal pages: the Mustache templates with the frame every page shares.
struct PortalRenderer: Sendable {
    let library: MustacheLibrary
    let catalog: Catalog

    static func load() async throws -> PortalRenderer {
        let directory = try PortalResources.url("templates").path
        return PortalRenderer(library: try await MustacheLibrary(directory: directory), catalog: try Catalog.load())
    }

    /// A crumb of the breadcrumb trail; the last has no link.
    struct Crumb { let title: String; let url: String? }

    /// The page: the frame (language, switch link, zoom, breadcrumbs, search box) and its content.
    func render(_ template: String, language: PortalLanguage, request: Request, title: String, crumbs: [Crumb],
                content: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let path = request.uri.path
        let query = request.uri.query.map { "?" + $0 } ?? ""
        let prefix = "/\(language.rawValue)"
        let otherPath = path.hasPrefix(prefix) ? "/\(language.other.rawValue)" + path.dropFirst(prefix.count) : "/\(language.other.rawValue)/"
        let zoom = ZoomPreference(cookie: request.cookies["zoom"]?.value).size
        var values: [String: Any] = [
            "lang": language.rawValue, "htmlLang": language.htmlLang, "otherLang": language.other.htmlLang,
            "otherURL": otherPath + query, "t": catalog.table(language), "title": title, "zoom": zoom,
            "backEncoded": (path + query).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/",
            "query": (try? request.queryText("q")) ?? "",
            "breadcrumbs": ([Crumb(title: catalog.text("home", language), url: "/\(language.rawValue)/")] + crumbs)
                .enumerated().map { index, crumb in
                    present(["title": crumb.title, "url": index == crumbs.count ? nil : crumb.url])
                },
        ]
        values.merge(content) { _, page in page }
        let html = library.render(values, withTemplate: template) ?? ""
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: language.htmlLang],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// The text size a visitor chose with A−/A/A+, kept in a cookie so that it works without JavaScript.
struct ZoomPreference {
    static let sizes = ["small", "normal", "large", "larger"]
    let size: String

    init(cookie: String?) {
        size = cookie.flatMap { Self.sizes.contains($0) ? $0 : nil } ?? "normal"
    }
}
