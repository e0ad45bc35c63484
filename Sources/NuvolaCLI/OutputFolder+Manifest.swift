import NuvolaReports

/// The manifest of an output folder (`.nuvola-manifest.tsv`): read, checked against the files, saved.
extension OutputFolder {
  /// The folder's manifest; an empty one when there is none or it cannot be read.
  func manifest() -> OutputManifest {
    contents(of: OutputManifest.fileName).map { OutputManifest(bytes: $0) } ?? OutputManifest()
  }

  func save(_ manifest: OutputManifest) throws(CLIError) {
    try write(manifest.bytes, to: OutputManifest.fileName)
  }

  /// Whether every file of `entry` is still there with the size it was written with: a file
  /// removed or cut short by hand is written again even though its inputs did not change.
  func holds(_ entry: OutputManifest.Entry) -> Bool {
    entry.files.allSatisfy { size(of: $0.path) == $0.size }
  }
}
