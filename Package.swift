// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Nuvola",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "nuvola", targets: ["nuvola"]),
    .library(name: "NuvolaKit", targets: ["NuvolaKit"]),
    .library(name: "NuvolaFormats", targets: ["NuvolaFormats"]),
  ],
  targets: [
    // The system SQLite library (Debian: libsqlite3-dev). Only NuvolaKit/Store imports it.
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
    ),
    // File formats read and written without any library: DEFLATE, ZIP, XML, workbooks (.xlsx, .ods).
    .target(name: "NuvolaFormats"),
    .target(
      name: "NuvolaKit",
      dependencies: ["CSQLite", "NuvolaFormats"],
      resources: [.copy("Resources")]
    ),
    .target(name: "NuvolaCLI", dependencies: ["NuvolaKit", "NuvolaFormats"]),
    .executableTarget(name: "nuvola", dependencies: ["NuvolaCLI"]),
    .testTarget(
      name: "NuvolaKitTests",
      dependencies: ["NuvolaKit", "NuvolaFormats"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NuvolaFormatsTests",
      dependencies: ["NuvolaFormats"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "NuvolaCLITests", dependencies: ["NuvolaCLI", "NuvolaKit"]),
  ],
  swiftLanguageModes: [.v6]
)
