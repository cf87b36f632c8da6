// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "budget-extract",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "budget-extract", targets: ["budget-extract"]),
        .library(name: "BudgetExtract", targets: ["BudgetExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // poppler-glib, cairo and GLib, for the tests that draw their own PDFs with cairo. The binary
        // does not link them: `inspect` opens them when it draws (PagePicture), so no process that
        // converts loads them.
        .systemLibrary(
            name: "CPopplerGlib",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "libglib2.0-dev", "libcairo2-dev"])]
        ),
        // poppler's C++ library (libpoppler-private-dev): `pkg-config poppler` gives CPopplerShim its flags.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler",
            providers: [.apt(["libpoppler-private-dev"])]
        ),
        // OpenSSL's libcrypto (libssl-dev), for the SHA-256 of every input (FileDigest): the system's
        // own, with the processor's SHA instructions, and nothing to compile.
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // The one-pass PDF layer: C++ on poppler's OutputDev behind a plain C header (include/PopplerShim.h).
        .target(
            name: "CPopplerShim",
            dependencies: ["CPoppler"]
        ),
        // The whole pipeline, one folder per stage: PDFText, Layout, Numbers, Budget, Output, Pipeline.
        .target(
            name: "BudgetExtract",
            dependencies: [
                "CPopplerShim",
                "CLibCrypto",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command-line front: one file per command.
        .executableTarget(
            name: "budget-extract",
            dependencies: [
                "BudgetExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "BudgetExtractTests",
            // CPopplerGlib too: tests draw their own broken and image-only PDFs with cairo.
            dependencies: ["BudgetExtract", "CPopplerGlib"]
        ),
    ],
    swiftLanguageModes: [.v6],
    // poppler 22.12's headers need C++17 (std::optional); newer releases need C++20.
    cxxLanguageStandard: .cxx17
)
