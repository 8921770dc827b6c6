// swift-tools-version:6.0
import PackageDescription

/// factdeck: a spaced-repetition study app for the terminal.
/// Target layout and import direction follow shared/DESIGN.md.
let package = Package(
    name: "factdeck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factdeck", targets: ["factdeck"]),
        .executable(name: "factdeck-bench", targets: ["FactdeckBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .target(name: "FSRS"),
        .target(name: "FactdeckModel", dependencies: ["FSRS"]),
        .target(name: "Storage", dependencies: [
            "FactdeckModel", "FSRS",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // The extractor is single-threaded and reads its class state in tight loops; dynamic
        // exclusivity checks there cost several percent of extraction time (see docs/performance.md).
        .target(name: "DeckGenerator", dependencies: ["FactdeckModel"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "Study", dependencies: ["FactdeckModel", "FSRS"]),
        .target(name: "Stats", dependencies: ["FactdeckModel", "FSRS"]),
        .systemLibrary(name: "CLibedit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .target(name: "Terminal", dependencies: ["CLibedit"]),
        .target(name: "Interop", dependencies: [
            "FactdeckModel", "FSRS", "Storage", "CZstd",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "FactdeckCLI", dependencies: [
            "FSRS", "FactdeckModel", "Storage", "DeckGenerator", "Study", "Stats", "Terminal", "Interop",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "factdeck", dependencies: ["FactdeckCLI"]),
        .executableTarget(name: "FactdeckBench", dependencies: [
            "FSRS", "FactdeckModel", "Storage", "DeckGenerator", "Stats",
            .product(name: "GRDB", package: "GRDB.swift"),
        ], path: "Sources/factdeck-bench"),

        .testTarget(name: "FSRSTests", dependencies: ["FSRS"], resources: [.copy("Vectors")]),
        .testTarget(name: "FactdeckModelTests", dependencies: ["FactdeckModel"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "FactdeckModel", "FSRS"]),
        .testTarget(name: "DeckGeneratorTests", dependencies: ["DeckGenerator", "FactdeckModel"], exclude: ["EvalSets"]),
        .testTarget(name: "StudyTests", dependencies: ["Study", "FSRS"]),
        .testTarget(name: "StatsTests", dependencies: ["Stats", "FactdeckModel", "FSRS"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "InteropTests", dependencies: [
            "Interop", "Storage", "FactdeckModel", "FSRS",
            .product(name: "GRDB", package: "GRDB.swift"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "FactdeckCLITests", dependencies: [
            "FactdeckCLI", "FactdeckModel", "FSRS",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ]
)
