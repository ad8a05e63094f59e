// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Kennisbank",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Kennisbank", targets: ["Kennisbank"]),
        .executable(name: "kb", targets: ["kb"]),
        .executable(name: "kb-bench", targets: ["KennisbankBenchmarks"]),
        .executable(name: "kb-server", targets: ["KennisbankServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // RFC 4180 CSV (quoted fields, CRLF, embedded newlines) for the CBS registry and CSV import/export.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // YAML front matter of Markdown notes (import and export).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // .xlsx import and export: a workbook is a ZIP of XML parts (no well-kept Swift xlsx library exists).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        // `kb serve`: the web site and JSON API (HTTP server, router, testing client).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Sessions, bearer tokens and bcrypt password hashes for the web's accounts.
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // The web pages' templates, HTML-escaping every value they are given.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // SHA-256 of API tokens (only their hashes are stored). Already in the graph through
        // hummingbird-auth; named here because the library hashes tokens itself.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The import and attachment forms' multipart/form-data bodies (Hummingbird reads none).
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        // Turns the top-level Migrations/ and Data/ files into Swift source at build time,
        // so that a `kb` binary copied alone still carries its schema and registry.
        .executableTarget(name: "EmbedFilesTool", dependencies: [.product(name: "Yams", package: "Yams")]),
        .plugin(
            name: "EmbedFiles",
            capability: .buildTool(),
            dependencies: ["EmbedFilesTool"]
        ),
        // Dutch text analysis alone: folding, the tokenizer's scanner, stemmers, stopwords and
        // overrides. No storage; its API is `package`, for the library, the benchmark and tests.
        // The decompounder's word list (Dictionary/) is embedded into it.
        .target(
            name: "KennisbankText",
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")],
            plugins: ["EmbedFiles"]
        ),
        // Settings of the SQLite library that only C can make (sqlite3_config is variadic).
        .target(name: "CSQLiteSettings"),
        .target(
            name: "Kennisbank",
            dependencies: [
                "KennisbankText",
                "CSQLiteSettings",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                // Accounts: bcrypt password hashes (its only dependency is a small C target) and
                // SHA-256 token hashes.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            plugins: ["EmbedFiles"]
        ),
        // What every front end shares: the database location, the language catalogs, the
        // wording of the library's values and errors.
        .target(
            name: "KennisbankFrontEnd",
            dependencies: ["Kennisbank"],
            plugins: ["EmbedFiles"]
        ),
        .executableTarget(
            name: "kb",
            dependencies: [
                "Kennisbank",
                "KennisbankFrontEnd",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `kb serve`'s server: pages and the JSON API, accounts and sessions on Hummingbird. Its
        // templates and static files (Web/) are embedded, like the catalogs.
        .target(
            name: "KennisbankWeb",
            dependencies: [
                "Kennisbank",
                "KennisbankFrontEnd",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                "CCmark",
            ],
            plugins: ["EmbedFiles"]
        ),
        // cmark, the CommonMark reference library, renders entry bodies on the site (only there:
        // kb does not link it). Debian: libcmark-dev to build, libcmark0.30.2 to run.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // `kb-server`, the second executable that `kb serve` starts (as git starts git-<command>),
        // so that kb's own start-up does not carry the web stack.
        .executableTarget(
            name: "KennisbankServer",
            dependencies: [
                "KennisbankWeb",
                "KennisbankFrontEnd",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `kb-bench`: import, search, compare and stemmer figures against sqlite3 and sqlite-utils (BENCHMARKS.md).
        .executableTarget(
            name: "KennisbankBenchmarks",
            dependencies: [
                "Kennisbank",
                "KennisbankText",
                "KennisbankTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Its progress bar is kb's ProgressDisplay, worded from the catalog.
                "KennisbankFrontEnd",
            ]
        ),
        // The one seeded random generator (SplitMix64) and the generators of hostile text and
        // queries, shared by the test targets and the benchmark's corpus. No XCTest, so that
        // `kb-bench` can link it.
        .target(name: "KennisbankTestSupport", path: "Tests/KennisbankTestSupport"),
        .testTarget(
            name: "KennisbankTestSupportTests",
            dependencies: ["KennisbankTestSupport"]
        ),
        .testTarget(
            name: "KennisbankTextTests",
            dependencies: ["KennisbankText"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KennisbankTests",
            dependencies: [
                "Kennisbank", "KennisbankText", "KennisbankFrontEnd", "KennisbankTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                // Opens the workbooks kb writes, to look at their parts.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // Reads the thesaurus file to check the groups compiled from it.
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KennisbankFrontEndTests",
            dependencies: ["KennisbankFrontEnd"]
        ),
        .testTarget(
            name: "KennisbankWebTests",
            dependencies: [
                "KennisbankWeb", "Kennisbank", "KennisbankFrontEnd", "KennisbankTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                // Builds the zips the import tests send and opens the zips the export downloads.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "kbTests",
            // CSV.swift reads the CLI's CSV output in tests: a reader independent of kb's own.
            dependencies: [
                "kb", "KennisbankTestSupport", .product(name: "CSV", package: "CSV.swift"), "KennisbankFrontEnd",
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
