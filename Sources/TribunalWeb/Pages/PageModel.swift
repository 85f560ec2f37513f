import Mustache

/// A page of the portal as values: built from the domain's results and tested without HTML,
/// then rendered by its Mustache template inside the frame every page shares.
protocol PageModel {
    /// The template that renders the page, in `Resources/templates`.
    static var template: String { get }
    /// The page's title, for the window and the last crumb.
    var title: String { get }
    /// The breadcrumb trail after "Home"; the last crumb has no link.
    var crumbs: [Crumb] { get }
}

/// A crumb of the breadcrumb trail; the last has no link.
struct Crumb: Equatable {
    let title: String
    let url: String?
}

/// The values a template sees: the page's own first, then each shared layer (the staff bar,
/// the frame), by property name. A property the page leaves `nil` is absent, so a section on it
/// renders nothing, as Mustache expects.
struct TemplateValues: MustacheParent {
    let layers: [Any]

    func child(named name: String) -> Any? {
        for layer in layers {
            if let dictionary = layer as? [String: Any] {
                if let value = dictionary[name] { return value }
                continue
            }
            if let child = Mirror(reflecting: layer).children.first(where: { $0.label == name }) {
                return Self.unwrapped(child.value)
            }
        }
        return nil
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }
}
