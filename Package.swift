// swift-tools-version:6.1
import PackageDescription

/// Settings shared by every Tribunal target: Swift 6 language mode with the upcoming features the
/// Hummingbird packages also use, so that our code reads the same as theirs.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Tribunal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tribunal", targets: ["tribunal"]),
        .executable(name: "tribunal-bench", targets: ["tribunal-bench"]),
        .library(name: "TribunalCore", targets: ["TribunalCore"]),
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
    ],
    targets: [
        .target(
            name: "TribunalCore",
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TribunalSearch",
            dependencies: ["TribunalCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StoreSQLite",
            dependencies: [
                "TribunalCore",
                "TribunalSearch",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TribunalWeb",
            dependencies: [
                "TribunalCore",
                "TribunalSearch",
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
            dependencies: [
                "TribunalCore",
                "TribunalSearch",
                "StoreSQLite",
                "TribunalWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "tribunal-bench",
            dependencies: [
                "TribunalCore",
                "TribunalSearch",
                "StoreSQLite",
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
            name: "TribunalCoreTests",
            dependencies: ["TribunalCore", "RedactionCorpus"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TribunalSearchTests",
            dependencies: ["TribunalSearch"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StoreContractTests",
            dependencies: ["TribunalCore", "TribunalSearch", "StoreSQLite", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TribunalWebTests",
            dependencies: [
                "TribunalCore",
                "TribunalSearch",
                "StoreSQLite",
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
