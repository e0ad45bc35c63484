// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Nuvola",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "nuvola", targets: ["nuvola"]),
    .library(name: "NuvolaKit", targets: ["NuvolaKit"]),
  ],
  targets: [
    // The system SQLite library (Debian: libsqlite3-dev). Only NuvolaKit/Store imports it.
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
    ),
    .target(
      name: "NuvolaKit",
      dependencies: ["CSQLite"],
      resources: [.copy("Resources")]
    ),
    .target(name: "NuvolaCLI", dependencies: ["NuvolaKit"]),
    .executableTarget(name: "nuvola", dependencies: ["NuvolaCLI"]),
    .testTarget(
      name: "NuvolaKitTests",
      dependencies: ["NuvolaKit"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "NuvolaCLITests", dependencies: ["NuvolaCLI", "NuvolaKit"]),
  ],
  swiftLanguageModes: [.v6]
)
