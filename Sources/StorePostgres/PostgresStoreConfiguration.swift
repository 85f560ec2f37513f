import Foundation
import NIOSSL
import PostgresNIO
import TribunalKernel

/// Where and how a Tribunal server reaches PostgreSQL: a `postgres://user:password@host:port/db`
/// URL with `sslmode` (disable, prefer or require; `verify-full` checks the certificate and host),
/// the pool size and a statement timeout. A URL that cannot be read is refused, naming the part.
public struct PostgresStoreConfiguration: Sendable {
    /// The URL as given, for PostgreSQL's own tools (pg_dump, pg_restore).
    public let url: String
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var tlsMode: TLSMode
    /// Connections each process may open.
    public var poolSize: Int
    /// The longest a statement may run before the server cancels it; nil: no limit.
    public var statementTimeout: Duration?
    public var connectTimeout: Duration = .seconds(10)
    /// The schema the store's tables live in (`search_path`); nil: the server's default.
    public var schema: String?

    /// How the connection is encrypted.
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public init(url: String, poolSize: Int = 20, statementTimeout: Duration? = .seconds(30)) throws(InvalidValue) {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme?.lowercased()) else {
            throw InvalidValue(field: "database", "a PostgreSQL URL starts postgres:// (postgres://user@host:5432/tribunal)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw InvalidValue(field: "database", "the URL names no host (postgres://user@host:5432/tribunal)")
        }
        guard let user = components.user, !user.isEmpty else {
            throw InvalidValue(field: "database", "the URL names no user (postgres://user@\(host)/tribunal)")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !database.isEmpty, !database.contains("/") else {
            throw InvalidValue(field: "database", "the URL names no database after the host (postgres://\(user)@\(host)/tribunal)")
        }
        var mode = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, let parsed = TLSMode(rawValue: value) else {
                    throw InvalidValue(field: "database", "sslmode is one of " + TLSMode.allCases.map(\.rawValue).joined(separator: ", "))
                }
                mode = parsed
            default:
                throw InvalidValue(field: "database", "the URL's parameter '\(item.name)' is not known; only sslmode is")
            }
        }
        guard (1...1000).contains(poolSize) else { throw InvalidValue(field: "poolSize", "between 1 and 1000 connections") }
        self.url = url
        self.host = host
        self.port = components.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        self.tlsMode = mode
        self.poolSize = poolSize
        self.statementTimeout = statementTimeout
    }

    /// The server and database, without the password: for messages and logs.
    public var displayAddress: String { "\(host):\(port)/\(database) as \(username)" }

    /// One connection's configuration, for the reachability check at start.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch tlsPolicy {
        case nil: tls = .disable
        case let (context, required)?:
            let ssl = try NIOSSLContext(configuration: context)
            tls = required ? .require(ssl) : .prefer(ssl)
        }
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: username, password: password,
                                                             database: database, tls: tls)
        configuration.options.additionalStartupParameters = startupParameters
        return configuration
    }

    /// The TLS settings of `tlsMode`, and whether a connection without TLS is refused; nil: no TLS.
    /// prefer and require encrypt without checking the certificate (as libpq's modes of those
    /// names do); verify-full checks it and the host name.
    private var tlsPolicy: (context: TLSConfiguration, required: Bool)? {
        var context = TLSConfiguration.makeClientConfiguration()
        switch tlsMode {
        case .disable: return nil
        case .prefer, .require:
            context.certificateVerification = .none
            return (context, tlsMode == .require)
        case .verifyFull: return (context, true)
        }
    }

    private var startupParameters: [(String, String)] {
        var parameters: [(String, String)] = [("application_name", "tribunal"), ("TimeZone", "UTC")]
        if let statementTimeout { parameters.append(("statement_timeout", "\(statementTimeout.components.seconds * 1000)")) }
        if let schema { parameters.append(("search_path", schema)) }
        return parameters
    }

    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch tlsPolicy {
        case nil: tls = .disable
        case let (context, required)?: tls = required ? .require(context) : .prefer(context)
        }
        var configuration = PostgresClient.Configuration(host: host, port: port, username: username, password: password,
                                                         database: database, tls: tls)
        configuration.options.maximumConnections = poolSize
        configuration.options.connectTimeout = connectTimeout
        configuration.options.additionalStartupParameters = startupParameters
        return configuration
    }
}
