// swift-tools-version: 6.0
// sitegen: a static site and report generator for newsrooms. Each library is one pipeline stage.
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"]), .brew(["mimalloc"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "Parallelism"),
        .target(name: "Hosting"),
        .target(name: "WebClient"),
        .target(name: "CSpawn"),
        .target(name: "ExternalProgram", dependencies: ["CSpawn"]),
        .target(name: "LinkCheck", dependencies: ["Diagnostics", "WebClient"]),
        .target(name: "CivilDate"),
        .target(name: "Content", dependencies: ["Diagnostics", "CivilDate", .product(name: "Yams", package: "Yams")]),
        .target(name: "CSV"),
        .target(name: "WebText"),
        .target(name: "Markdown", dependencies: ["CCmark", "Diagnostics", "CSV"]),
        .target(name: "Charts", dependencies: ["CSV", "CivilDate", "Diagnostics", "WebText", .product(name: "Yams", package: "Yams")]),
        .target(name: "Templates", dependencies: ["Diagnostics", "WebText", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "Output", dependencies: ["Diagnostics"]),
        .target(name: "Site", dependencies: [
            "Content", "Markdown", "Templates", "Output", "Diagnostics", "Charts", "WebText", "Entities", "Parallelism", "Hosting", "LinkCheck",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "Watch"),
        .target(name: "Entities", dependencies: ["Diagnostics", .product(name: "Yams", package: "Yams")],
                exclude: ["Gazetteers/SOURCES.md"], resources: [.copy("Gazetteers")]),
        .target(name: "Preview", dependencies: [
            "Site", "Output", "Diagnostics", "Watch", "Hosting",
            .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        .target(name: "Publish", dependencies: [
            "CZlib", "ExternalProgram", "Hosting", "Parallelism", "WebText", "WebClient", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "sitegen", dependencies: [
            "CMimalloc", "Preview", "Watch", "Entities", "Publish", "Hosting", "LinkCheck", "Output",
            "Site", "Markdown", "Content", "Diagnostics", "Charts",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "TestSupport", dependencies: ["ExternalProgram"], path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "TestSupport"]),
        .testTarget(name: "CSVTests", dependencies: ["CSV"]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], exclude: ["Golden"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], exclude: ["Golden"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "TestSupport", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "OutputTests", dependencies: ["Output"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Templates", "Diagnostics", "TestSupport"]),
        .testTarget(name: "WatchTests", dependencies: ["Watch", "TestSupport"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site", "Watch", "Content", "WebClient", "TestSupport"]),
        .testTarget(name: "LinkCheckTests", dependencies: ["LinkCheck", "Diagnostics", "TestSupport"], exclude: ["Servers"]),
        .testTarget(name: "HostingTests", dependencies: ["Hosting"]),
        .testTarget(name: "WebClientTests", dependencies: ["WebClient"]),
        .testTarget(name: "ExternalProgramTests", dependencies: ["ExternalProgram"]),
        .testTarget(name: "PublishTests", dependencies: ["Publish", "Hosting", "WebText", "WebClient", "TestSupport"], exclude: ["Servers"]),
        .testTarget(name: "sitegenTests", dependencies: ["sitegen", "ExternalProgram", "TestSupport"], exclude: ["Browser"]),
    ],
    swiftLanguageModes: [.v6]
)
