// swift-tools-version:6.0
import PackageDescription

// Layers (design §1), dependency arrows point down only:
// palimpsest → EditAudit → DiffRender / ArticleArchive → RevisionDiff → ArticleText;
// ArticleArchive → ArticleHTML → ArticleText; ArticleArchive → Clibgit2; ArticleHTML → Clibxml2.
let package = Package(
    name: "Palimpsest",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "palimpsest", targets: ["palimpsest"]),
        .library(name: "ArticleText", targets: ["ArticleText"]),
        .library(name: "RevisionDiff", targets: ["RevisionDiff"]),
        .library(name: "ArticleArchive", targets: ["ArticleArchive"]),
        .library(name: "DiffRender", targets: ["DiffRender"]),
        .library(name: "ArticleHTML", targets: ["ArticleHTML"]),
        .library(name: "EditAudit", targets: ["EditAudit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Clibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .systemLibrary(name: "Clibxml2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "ArticleHTML", dependencies: ["ArticleText", "Clibxml2"]),
        .target(name: "ArticleText"),
        .target(name: "RevisionDiff", dependencies: ["ArticleText"]),
        .target(name: "ArticleArchive", dependencies: ["Clibgit2", "ArticleText", "ArticleHTML", "RevisionDiff"]),
        .target(name: "DiffRender", dependencies: ["RevisionDiff", "ArticleText"]),
        .target(
            name: "EditAudit",
            dependencies: ["ArticleArchive", "RevisionDiff", "ArticleText", "DiffRender", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "palimpsest",
            dependencies: [
                "ArticleText", "RevisionDiff", "ArticleArchive", "DiffRender", "EditAudit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ArticleTextTests", dependencies: ["ArticleText"]),
        .testTarget(name: "ArticleHTMLTests", dependencies: ["ArticleHTML", "ArticleText"]),
        .testTarget(name: "RevisionDiffTests", dependencies: ["RevisionDiff", "ArticleText"]),
        .testTarget(name: "ArticleArchiveTests", dependencies: ["ArticleArchive", "ArticleText", "TestSupport"]),
        .testTarget(name: "DiffRenderTests", dependencies: ["DiffRender", "RevisionDiff", "ArticleText"]),
        .testTarget(name: "PalimpsestCLITests", dependencies: ["palimpsest", "TestSupport"]),
        .testTarget(name: "EditAuditTests", dependencies: ["EditAudit", "ArticleArchive", "ArticleText", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
