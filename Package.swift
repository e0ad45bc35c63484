// swift-tools-version:6.0
import PackageDescription

// One target per layer, from the bottom; each may import only the targets below it (ARCHITECTURE.md,
// checked by Tests/NuvolaKitTests/Architecture/LayeringTests.swift). Data flows one way:
// ingest -> store -> values -> engine -> reports -> CLI.
let model: [Target.Dependency] = ["NuvolaSupport", "NuvolaFormats", "NuvolaModel", "NuvolaRules", "NuvolaAwards"]
let libraries = [
  "NuvolaSupport", "NuvolaFormats", "NuvolaModel", "NuvolaRules", "NuvolaAwards", "NuvolaIngest", "NuvolaStore",
  "NuvolaEngine", "NuvolaGenerate", "NuvolaReports", "NuvolaPortal",
]

let package = Package(
  name: "Nuvola",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "nuvola", targets: ["nuvola"]),
    .library(name: "NuvolaKit", targets: libraries),
  ],
  targets: [
    // The system SQLite library (Debian: libsqlite3-dev). Only NuvolaStore imports it.
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
    ),
    // Days, money, hashes, diagnostics, buffers and the text catalogue.
    .target(name: "NuvolaSupport", resources: [.copy("Resources")]),
    // File formats read and written without any library: CSV, JSON, DEFLATE, ZIP, XML, workbooks.
    .target(name: "NuvolaFormats", dependencies: ["NuvolaSupport"]),
    // Inventory and snapshot values.
    .target(name: "NuvolaModel", dependencies: ["NuvolaSupport", "NuvolaFormats"]),
    // The rule book, the ISTAT register and the measures, loaded from resources.
    .target(
      name: "NuvolaRules",
      dependencies: ["NuvolaSupport", "NuvolaFormats", "NuvolaModel"],
      resources: [.copy("Resources")]
    ),
    // PNRR award values and the shipped snapshot of the PA digitale 2026 open data.
    .target(
      name: "NuvolaAwards",
      dependencies: ["NuvolaSupport", "NuvolaFormats", "NuvolaModel", "NuvolaRules"],
      resources: [.copy("Resources")]
    ),
    // Inventory and foreign readers, validation.
    .target(name: "NuvolaIngest", dependencies: model, resources: [.copy("Resources")]),
    // The embedded SQLite store: the only target that sees SQLite.
    .target(name: "NuvolaStore", dependencies: model + ["CSQLite"]),
    // Audit, CED, funding, planning, consolidation, progress: values in, values out.
    .target(name: "NuvolaEngine", dependencies: model),
    // Synthetic inventories for the national run and the tests.
    .target(name: "NuvolaGenerate", dependencies: model),
    // Documents: HTML, Markdown, CSV, JSON, SVG, workbooks.
    .target(name: "NuvolaReports", dependencies: model + ["NuvolaEngine"]),
    // The coordinator's portal of every comune.
    .target(name: "NuvolaPortal", dependencies: model + ["NuvolaEngine", "NuvolaReports"]),
    .target(
      name: "NuvolaCLI",
      dependencies: model + ["NuvolaIngest", "NuvolaStore", "NuvolaEngine", "NuvolaGenerate", "NuvolaReports", "NuvolaPortal"]
    ),
    .executableTarget(name: "nuvola", dependencies: ["NuvolaCLI"]),
    .testTarget(
      name: "NuvolaKitTests",
      dependencies: libraries.map { .byName(name: $0) },
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NuvolaFormatsTests",
      dependencies: ["NuvolaSupport", "NuvolaFormats"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "NuvolaCLITests", dependencies: ["NuvolaCLI"] + libraries.map { .byName(name: $0) }),
  ],
  swiftLanguageModes: [.v6]
)
