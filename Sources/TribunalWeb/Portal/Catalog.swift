import Foundation

/// The interface text of the portal in zh and en (`Resources/catalogs/`). Templates read it as
/// `{{t.key}}`; no interface text is written in a template.
struct Catalog: Sendable {
    let strings: [PortalLanguage: [String: String]]

    static func load() throws -> Catalog {
        var strings: [PortalLanguage: [String: String]] = [:]
        for language in PortalLanguage.allCases {
            let url = try PortalResources.url("catalogs/\(language.rawValue).json")
            strings[language] = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
        }
        return Catalog(strings: strings)
    }

    func table(_ language: PortalLanguage) -> [String: String] { strings[language] ?? [:] }

    func text(_ key: String, _ language: PortalLanguage) -> String { strings[language]?[key] ?? key }
}

/// Files shipped in TribunalWeb's `Resources/`.
enum PortalResources {
    static func url(_ path: String) throws -> URL {
        guard let base = Bundle.module.resourceURL else { throw CocoaError(.fileNoSuchFile) }
        let candidates = [base.appendingPathComponent("Resources").appendingPathComponent(path), base.appendingPathComponent(path)]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Resources/\(path)"])
        }
        return found
    }
}
