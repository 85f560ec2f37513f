extension String {
    /// The text escaped for HTML and XML element content and quoted attribute values: snippets
    /// and Atom feeds are written by hand, outside the templates' own escaping.
    public var escapedForMarkup: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
