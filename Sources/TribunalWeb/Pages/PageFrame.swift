import Foundation
import Hummingbird

/// What every portal page shows around its own content: the language and the link to the other
/// language, the text size, the breadcrumb trail, the site's search box and the interface text.
struct PageFrame {
    let lang: String
    let htmlLang: String
    let otherLang: String
    let otherURL: String
    /// The interface text in the page's language, read by templates as `{{t.key}}`.
    let t: [String: String]
    let title: String
    let zoom: String
    /// This page's address, for the text-size links to come back to.
    let backEncoded: String
    /// The site search box keeps what the visitor searched for.
    let query: String
    let breadcrumbs: [Crumb]

    init(language: PortalLanguage, catalog: Catalog, path: String, query rawQuery: String?, zoomCookie: String?,
         searchText: String?, title: String, crumbs: [Crumb]) {
        let query = rawQuery.map { "?" + $0 } ?? ""
        let prefix = "/\(language.rawValue)"
        let otherPath = path.hasPrefix(prefix) ? "/\(language.other.rawValue)" + path.dropFirst(prefix.count) : "/\(language.other.rawValue)/"
        lang = language.rawValue
        htmlLang = language.htmlLang
        otherLang = language.other.htmlLang
        otherURL = otherPath + query
        t = catalog.table(language)
        self.title = title
        zoom = ZoomPreference(cookie: zoomCookie).size
        backEncoded = (path + query).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
        self.query = searchText ?? ""
        let trail = [Crumb(title: catalog.text("home", language), url: "/\(language.rawValue)/")] + crumbs
        breadcrumbs = trail.enumerated().map { index, crumb in
            Crumb(title: crumb.title, url: index == trail.count - 1 ? nil : crumb.url)
        }
    }

    init(_ request: Request, language: PortalLanguage, catalog: Catalog, title: String, crumbs: [Crumb]) {
        self.init(language: language, catalog: catalog, path: request.uri.path, query: request.uri.query,
                  zoomCookie: request.cookies["zoom"]?.value, searchText: (try? request.queryText("q")) ?? nil,
                  title: title, crumbs: crumbs)
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

/// The catalog in one page's language: what a page model's labels are read from.
struct Wording {
    let language: PortalLanguage
    let catalog: Catalog

    func callAsFunction(_ key: String) -> String { catalog.text(key, language) }

    /// A catalog text with `{placeholder}` filled in.
    func callAsFunction(_ key: String, _ placeholder: String, _ value: String) -> String {
        catalog.text(key, language).replacingOccurrences(of: "{\(placeholder)}", with: value)
    }
}
