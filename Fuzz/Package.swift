// swift-tools-version:6.0
import PackageDescription

// libFuzzer target over the article parser and the diff engine (issue 6, point 4). Its own
// package so that the sanitizer build never touches the main one: run `scripts/fuzz`.
let package = Package(
    name: "PalimpsestFuzz",
    dependencies: [.package(name: "Palimpsest", path: "..")],
    targets: [
        .executableTarget(
            name: "ArticleFuzz",
            dependencies: [
                .product(name: "ArticleText", package: "Palimpsest"),
                .product(name: "RevisionDiff", package: "Palimpsest"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
