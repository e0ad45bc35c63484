import Foundation

/// A folder the user chose for output. Every write stays inside it: relative names with `..`,
/// absolute names and symbolic links that lead outside are refused, and each file is replaced
/// atomically (written to a temporary file in the same folder, then renamed), so a reader or a
/// crash never sees a half-written file.
struct OutputFolder {
  let root: URL

  /// Creates the folder if needed. A path that exists and is not a folder is a failure.
  init(path: String, context: Context) throws(CLIError) {
    let url = context.resolve(path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw .failure("\(path) exists and is not a folder") }
    } else {
      do {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      } catch {
        throw .failure("cannot create the folder \(path): \(OutputFolder.reason(error))")
      }
    }
    self.root = url.resolvingSymlinksInPath()
  }

  /// Writes `data` at `relativePath` (e.g. `014061-sondrio/audit.json`) inside the folder.
  @discardableResult
  func write(_ data: Data, to relativePath: String) throws(CLIError) -> URL {
    let components = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard !relativePath.hasPrefix("/"), !components.isEmpty,
      components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") })
    else {
      throw .failure("refusing to write '\(relativePath)': output names must stay inside \(root.path)")
    }
    let target = components.reduce(root) { $0.appendingPathComponent($1) }
    let folder = target.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .failure("cannot create \(folder.path): \(OutputFolder.reason(error))")
    }
    // A symbolic link anywhere on the way (or at the target) could lead outside the chosen folder.
    let resolvedFolder = folder.resolvingSymlinksInPath().path
    guard resolvedFolder == root.path || resolvedFolder.hasPrefix(root.path + "/") else {
      throw .failure("refusing to write \(target.path): a symbolic link leads outside \(root.path)")
    }
    if let attributes = try? FileManager.default.attributesOfItem(atPath: target.path),
      attributes[.type] as? FileAttributeType == .typeSymbolicLink
    {
      throw .failure("refusing to write \(target.path): it is a symbolic link")
    }
    let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temporary, options: [.withoutOverwriting])
      if rename(temporary.path, target.path) != 0 {
        let message = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw CLIError.failure("cannot write \(target.path): \(message)")
      }
    } catch let error as CLIError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .failure("cannot write \(target.path): \(OutputFolder.reason(error))")
    }
    return target
  }

  func write(_ text: String, to relativePath: String) throws(CLIError) {
    try write(Data(text.utf8), to: relativePath)
  }

  static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return nsError.localizedDescription
  }
}
