import Foundation

/// A `back` address a visitor may be sent to after a preference or a sign-in: a path on this
/// site and nothing else. Browsers drop tabs and line breaks from URLs and read `\` as `/`, so
/// `/%09/evil.example` would otherwise leave the site as `//evil.example`.
enum SameSitePath {
    /// `text` when it is a same-site path (`/` followed by no second `/` or `\`, no whitespace or
    /// control characters, no scheme or host), else nil.
    static func validated(_ text: String) -> String? {
        guard text.hasPrefix("/"), text.count <= 2048,
              !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else {
            return nil
        }
        let second = text.dropFirst().first
        guard second != "/", let components = URLComponents(string: text),
              components.scheme == nil, components.host == nil, components.path.hasPrefix("/") else { return nil }
        return text
    }
}
