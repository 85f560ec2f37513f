import Foundation
import Hummingbird
import Mustache

/// Renders portal pages: a page model by its Mustache template, inside the frame every page
/// shares; and the Atom feeds.
struct PortalRenderer: Sendable {
    let library: MustacheLibrary
    let catalog: Catalog

    static func load() async throws -> PortalRenderer {
        let directory = try PortalResources.url("templates").path
        return PortalRenderer(library: try await MustacheLibrary(directory: directory), catalog: try Catalog.load())
    }

    /// The catalog in `language`, for building page models.
    func wording(_ language: PortalLanguage) -> Wording { Wording(language: language, catalog: catalog) }

    /// The page's HTML: its model first, then the staff bar on a staff page, then the frame.
    func html<Page: PageModel>(_ page: Page, frame: PageFrame, staff: StaffBar? = nil) -> String {
        let layers: [Any] = [page] + (staff.map { [$0] } ?? []) + [frame]
        return library.render(TemplateValues(layers: layers), withTemplate: Page.template) ?? ""
    }

    /// The page as the response to `request`.
    func render<Page: PageModel>(_ page: Page, language: PortalLanguage, request: Request, staff: StaffBar? = nil,
                                 status: HTTPResponse.Status = .ok) -> Response {
        let frame = PageFrame(request, language: language, catalog: catalog, title: page.title, crumbs: page.crumbs)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: language.htmlLang],
                        body: .init(byteBuffer: ByteBuffer(string: html(page, frame: frame, staff: staff))))
    }

    /// An Atom (RFC 4287) feed.
    func render(_ feed: AtomFeed) -> Response {
        let xml = library.render(feed, withTemplate: "feed.atom") ?? ""
        return Response(status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: xml)))
    }
}
