import Foundation
import Hummingbird
import Testing
import Yams
import Crypto
import TribunalAPI
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

    @Test("The server interface was generated from this document: a change to it needs scripts/generate-api")
    func generatedFromThisDocument() throws {
        let digest = SHA256.hash(data: Data(try OpenAPIDocument.text().utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(digest == GeneratedFromSpec.sha256)
    }

    @Test("A parameter the document does not allow is a 400 that names it, before any operation runs",
          arguments: [("/api/v1/search?q=x&language=fr", "language"), ("/api/v1/cases/abc/events", "id"),
                      ("/api/v1/cases?status=pending", "status"), ("/api/v1/search", "q"), ("/api/v1/judgments?limit=ten", "limit")])
    func parametersChecked(path: String, field: String) async throws {
        let harness = try await APITestHarness()
        try await harness.test { client in
            let response = try await client.send(.get, path, as: .judge)
            #expect(response.status == .badRequest)
            #expect(response.json["field"] as? String == field)
        }
    }

    @Test("An answer the document does not describe is refused as the server's fault, naming the type")
    func answerOutsideDocument() throws {
        struct NotACase: Encodable { let id = "seven" }
        #expect(throws: SpecBridge.ResponseOutsideSpec.self) { try SpecBridge.spec(NotACase(), as: Components.Schemas.Case.self) }
    }
}
