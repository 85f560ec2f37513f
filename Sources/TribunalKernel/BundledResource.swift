import Foundation

/// Reads the data files that ship inside the kernel (`Resources/`).
enum BundledResource {
    static func data(named name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: "json") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Resources/\(name).json"])
        }
        return try Data(contentsOf: url)
    }
}
