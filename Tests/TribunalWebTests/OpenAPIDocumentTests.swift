import Foundation
import Hummingbird
import Testing
import Yams
@testable import TribunalWeb

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    @Test("Every route is in the document, and every documented operation is a route")
    func documentMatchesRouter() async throws {
        // setup
        let harness = try await APITestHarness()
        let document = try #require(try Yams.load(yaml: OpenAPIDocument.text()) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "patch"]
        // MUT
        let documented = Set(paths.flatMap { path, item in item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
        // The API's routes; the portal's HTML pages are not part of the API document.
        let routed = Set(harness.router.routes.map { "\($0.method.rawValue) /\($0.path.description.trimmingCharacters(in: CharacterSet(charactersIn: "/")))" }
            .filter { $0.contains(" /api/") })
        // validate
        #expect(document["openapi"] as? String == "3.1.0")
        #expect(routed.subtracting(documented).isEmpty, "routes missing from openapi.yaml: \(routed.subtracting(documented).sorted())")
        #expect(documented.subtracting(routed).isEmpty, "documented but not routed: \(documented.subtracting(routed).sorted())")
    }

    @Test("The document is served")
    func served() async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let response = try await client.send(.get, "/api/v1/openapi.yaml")
            #expect(response.status == .ok)
            #expect(response.text.hasPrefix("openapi: 3.1.0"))
        }
    }
}
