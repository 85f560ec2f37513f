// swift-tools-version:6.1
import PackageDescription

/// Settings shared by every Tribunal target: Swift 6 language mode with the upcoming features the
/// Hummingbird packages also use, so that our code reads the same as theirs.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// Every domain module, for the adapters, the application and the tests that use them all.
let domainModules: [Target.Dependency] = [
    "TribunalKernel", "Accounts", "Docket", "Judgments", "PublicPortal", "SearchEngine", "JudgmentSearch", "CourtOperations",
]

let package = Package(
    name: "Tribunal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tribunal", targets: ["tribunal"]),
        .executable(name: "tribunal-bench", targets: ["tribunal-bench"]),
        .library(name: "TribunalDomain", targets: ["TribunalKernel", "Accounts", "Docket", "Judgments", "PublicPortal", "SearchEngine", "JudgmentSearch", "CourtOperations"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird.git", from: "2.1.0"),
    ],
    targets: [
        // The shared kernel: calendar dates and the holiday calendar, case numbers, courts, the
        // legal vocabulary every context shares, failures and permissions.
        .target(
            name: "TribunalKernel",
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // The court's people, their accounts and the roles and permissions of every module.
        .target(
            name: "Accounts",
            dependencies: ["TribunalKernel", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // Cases, their lifecycle, statutory deadlines and trial periods.
        .target(name: "Docket", dependencies: ["TribunalKernel", "Accounts"], swiftSettings: swiftSettings),
        // Judgments: drafts, redaction, publication.
        .target(name: "Judgments", dependencies: ["TribunalKernel", "Accounts", "Docket"], swiftSettings: swiftSettings),
        // Court operations: action preservation and daily fines, damages, hearings, statistics.
        .target(name: "CourtOperations", dependencies: ["TribunalKernel", "Accounts", "Docket"], swiftSettings: swiftSettings),
        // What the public portal records besides judgments: the mailbox and visitor counts.
        .target(name: "PublicPortal", dependencies: ["TribunalKernel", "Accounts"], swiftSettings: swiftSettings),
        // The search engine: analyzer, query language, index. No HTML, no court workflow.
        .target(name: "SearchEngine", dependencies: ["TribunalKernel"], swiftSettings: swiftSettings),
        // Searching published judgments: search, similar cases, saved searches.
        .target(
            name: "JudgmentSearch",
            dependencies: ["TribunalKernel", "Accounts", "Docket", "Judgments", "SearchEngine", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        // Process-wide settings the executables make at start (the C allocator's).
        .target(name: "ProcessTuning", swiftSettings: swiftSettings),
        // The demo court and the judgment generator of the benchmarks.
        .target(
            name: "TribunalDemo",
            dependencies: ["TribunalKernel", "Accounts", "Docket", "Judgments", "CourtOperations"],
            swiftSettings: swiftSettings
        ),
        // What the storage engines share: the rows of the wide tables as records named by column,
        // JSON columns, and the strict reading of stored codes.
        .target(
            name: "StoreRecords",
            dependencies: domainModules + [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StoreSQLite",
            dependencies: domainModules + [
                "StoreRecords",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // A warning here is an error: "no 'async' operations occur within 'await'" is how a
            // read that blocks the cooperative pool (GRDB's synchronous `read`) shows itself.
            swiftSettings: swiftSettings + [.unsafeFlags(["-warnings-as-errors"])]
        ),
        // The PostgreSQL store, for courts that outgrow one machine: every repository on PostgresNIO.
        .target(
            name: "StorePostgres",
            dependencies: domainModules + [
                "StoreRecords",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The API's server interface, generated from TribunalWeb/Resources/openapi.yaml by
        // scripts/generate-api (committed: the generator's build takes minutes).
        .target(
            name: "TribunalAPI",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            exclude: ["openapi-generator-config.yaml"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TribunalWeb",
            dependencies: domainModules + [
                "TribunalAPI",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "tribunal",
            dependencies: domainModules + [
                "TribunalDemo",
                "ProcessTuning",
                "StoreSQLite",
                "StorePostgres",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "GRDB", package: "GRDB.swift"),
                "TribunalWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "tribunal-bench",
            dependencies: domainModules + [
                "TribunalDemo",
                "ProcessTuning",
                "StoreSQLite",
                "StorePostgres",
                "StoreRecords",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // Sentences of judgments with the personal data the redactor must remove and the
        // look-alikes it must keep, shared by the redactor's tests and the end-to-end ones.
        .target(
            name: "RedactionCorpus",
            path: "Tests/RedactionCorpus",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DomainTests",
            dependencies: ["TribunalKernel", "Accounts", "Docket", "Judgments", "PublicPortal", "CourtOperations", "TribunalDemo", "RedactionCorpus"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SearchTests",
            dependencies: ["TribunalKernel", "SearchEngine", "JudgmentSearch", "Judgments", "Docket", "Accounts", "TribunalDemo"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StoreContractTests",
            dependencies: domainModules + ["TribunalDemo", "StoreRecords", "StoreSQLite", "StorePostgres", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TribunalWebTests",
            dependencies: domainModules + [
                "TribunalDemo",
                "StoreSQLite",
                "StorePostgres",
                "TribunalAPI",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                "TribunalWeb",
                "RedactionCorpus",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
