import Foundation
import Hummingbird
import TribunalKernel
import Yams

/// The path and query parameters of each operation, as the OpenAPI document declares them, checked
/// before the generated server decodes them: its decoder reports a parameter it cannot read
/// without naming it, where a client needs the parameter and the reason.
struct APIParameterRules: Sendable {
    struct Parameter: Sendable {
        enum Kind: Sendable { case integer, text }
        let name: String
        let inPath: Bool
        let required: Bool
        let kind: Kind
        let allowed: [String]?
    }

    /// By route, as Hummingbird names it ("GET /api/v1/cases/{id}").
    let operations: [String: [Parameter]]

    init(document: String) throws {
        guard let root = try Yams.load(yaml: document) as? [String: Any], let paths = root["paths"] as? [String: [String: Any]] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let components = root["components"] as? [String: Any]
        func resolved(_ node: Any?) -> [String: Any]? {
            guard let object = node as? [String: Any] else { return nil }
            guard let reference = object["$ref"] as? String else { return object }
            let parts = reference.split(separator: "/").dropFirst(2).map(String.init)
            guard parts.count == 2, let group = components?[parts[0]] as? [String: Any] else { return nil }
            return resolved(group[parts[1]])
        }
        var operations: [String: [Parameter]] = [:]
        for (path, item) in paths {
            for (method, operation) in item {
                guard let operation = operation as? [String: Any] else { continue }
                let declared = ((item["parameters"] as? [Any]) ?? []) + ((operation["parameters"] as? [Any]) ?? [])
                operations["\(method.uppercased()) \(path)"] = declared.compactMap { node in
                    guard let parameter = resolved(node), let name = parameter["name"] as? String,
                          let place = parameter["in"] as? String, place == "path" || place == "query" else { return nil }
                    let schema = resolved(parameter["schema"]) ?? [:]
                    return Parameter(name: name, inPath: place == "path", required: parameter["required"] as? Bool ?? false,
                                     kind: schema["type"] as? String == "integer" ? .integer : .text,
                                     allowed: (schema["enum"] as? [Any])?.map { "\($0)" })
                }
            }
        }
        self.operations = operations
    }

    /// Refuses the first parameter of `request` that its operation cannot read.
    func check(_ request: Request, context: TribunalRequestContext) throws {
        let route = "\(request.method.rawValue) \(context.endpointPath ?? request.uri.path)"
        guard let parameters = operations[route] else { return }
        let query = try FormFields.query(of: request)
        for parameter in parameters {
            let raw = parameter.inPath ? context.parameters.get(parameter.name).map { $0.removingPercentEncoding ?? $0 } : query.values[parameter.name]
            guard let value = raw else {
                if parameter.required { throw MalformedInput(field: parameter.name, "the parameter is required") }
                continue
            }
            if parameter.kind == .integer, Int(value) == nil {
                throw MalformedInput(field: parameter.name, "'\(value.prefix(60))' is not a whole number")
            }
            if let allowed = parameter.allowed, !allowed.contains(value) {
                throw MalformedInput(field: parameter.name, "'\(value.prefix(60))' is not one of " + allowed.joined(separator: ", "))
            }
        }
    }
}
