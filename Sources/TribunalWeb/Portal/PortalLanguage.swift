import Foundation
import Hummingbird

/// The portal's two languages; every page exists in both under /zh/ and /en/.
enum PortalLanguage: String, CaseIterable, Sendable {
    case zh
    case en

    var htmlLang: String { self == .zh ? "zh-CN" : "en" }
    var other: PortalLanguage { self == .zh ? .en : .zh }

    /// The language an Accept-Language header prefers, Chinese when it says nothing we have.
    static func negotiate(_ header: String?) -> PortalLanguage {
        guard let header else { return .zh }
        var best: (PortalLanguage, Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { continue }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let language: PortalLanguage? = tag.hasPrefix("zh") ? .zh : tag.hasPrefix("en") ? .en : nil
            if let language, quality > (best?.1 ?? 0) { best = (language, quality) }
        }
        return best?.0 ?? .zh
    }
}

extension TribunalRequestContext {
    /// The language of a portal route's `{lang}` segment; any other segment is a page that does not exist.
    func portalLanguage() throws -> PortalLanguage {
        guard let language = parameters.get("lang").flatMap(PortalLanguage.init(rawValue:)) else { throw HTTPError(.notFound) }
        return language
    }
}
