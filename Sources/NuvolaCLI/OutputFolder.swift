import Foundation
import Glibc
import NuvolaSupport
import Synchronization

/// A folder the user chose for output. Every write stays inside it: relative names with `..`,
/// absolute names and symbolic links that lead outside are refused, and each file is replaced
/// atomically (written to a temporary file in the same folder, flushed to disk, then renamed), so a
/// reader or a crash never sees a half-written file.
///
/// The folder is held open and every path is walked from it with `openat` without following links,
/// so a link swapped in along the way cannot redirect a write; this is also what makes writing one
/// report per comune for the whole country cheap (no path is resolved twice).
final class OutputFolder: Sendable {
  let root: URL
  private let descriptor: Int32
  /// Numbers the temporary files of this process, so parallel writers never share one.
  private let counter = Atomic<Int>(0)

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
    root = url.resolvingSymlinksInPath()
    descriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .failure("cannot open the folder \(path): \(OutputFolder.describe(errno))")
    }
  }

  deinit { close(descriptor) }

  /// Writes `data` at `relativePath` (e.g. `014061-sondrio/audit.json`) inside the folder.
  @discardableResult
  func write(_ data: Data, to relativePath: String) throws(CLIError) -> URL {
    try OutputFolder.lending({ data.withUnsafeBytes($0) }) { bytes throws(CLIError) in
      try write(bytes, to: relativePath)
    }
  }

  @discardableResult
  func write(_ text: String, to relativePath: String) throws(CLIError) -> URL {
    try OutputFolder.lending(OutputFolder.utf8(of: text)) { bytes throws(CLIError) in
      try write(bytes, to: relativePath)
    }
  }

  @discardableResult
  func write(_ bytes: [UInt8], to relativePath: String) throws(CLIError) -> URL {
    try OutputFolder.lending({ bytes.withUnsafeBytes($0) }) { raw throws(CLIError) in
      try write(raw, to: relativePath)
    }
  }

  /// A file written under a temporary name in its folder, not yet in place: `place` renames it over
  /// the target, `discard` removes it. A file whose target already holds the same bytes has no
  /// temporary: there is nothing to write, place or discard.
  struct StagedFile: Sendable {
    /// The folders from the root to the file.
    let folders: [String]
    let name: String
    let temporary: String?
    /// Where the file goes, relative to the folder (`014061-sondrio/mayor.html`).
    let relativePath: String
  }

  /// The one place that writes: walk to the folder, clear what killed runs left, write a temporary
  /// file, flush it, rename it over the target.
  func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String) throws(CLIError) -> URL {
    let staged = try stage(bytes, to: relativePath, flush: true)
    try place(staged)
    return target(staged.relativePath)
  }

  /// Writes `text` for `relativePath` under a temporary name without flushing it: a batch of staged
  /// files is flushed by one `flush()` and then placed, instead of one disk flush per file.
  func stage(_ text: String, to relativePath: String) throws(CLIError) -> StagedFile {
    try OutputFolder.lending(OutputFolder.utf8(of: text)) { bytes throws(CLIError) in
      try stage(bytes, to: relativePath, flush: false)
    }
  }

  func stage(_ bytes: [UInt8], to relativePath: String) throws(CLIError) -> StagedFile {
    try OutputFolder.lending({ bytes.withUnsafeBytes($0) }) { raw throws(CLIError) in
      try stage(raw, to: relativePath, flush: false)
    }
  }

  /// Runs `body` on the bytes `access` lends (storage of an array, a string or `Data`), keeping
  /// `body`'s typed error: `withUnsafeBytes` only passes untyped errors on.
  private static func lending<T>(
    _ access: ((UnsafeRawBufferPointer) -> Void) -> Void,
    _ body: (UnsafeRawBufferPointer) throws(CLIError) -> T
  ) throws(CLIError) -> T {
    var result: Result<T, CLIError> = .failure(.failure("nothing written"))
    withoutActuallyEscaping(body) { body in
      access { bytes in result = Result { () throws(CLIError) in try body(bytes) } }
    }
    return try result.get()
  }

  /// Lends a string's UTF-8 bytes, for `lending`.
  private static func utf8(of text: String) -> ((UnsafeRawBufferPointer) -> Void) -> Void {
    { use in
      var text = text
      text.withUTF8 { use(UnsafeRawBufferPointer($0)) }
    }
  }

  private func stage(_ bytes: UnsafeRawBufferPointer, to relativePath: String, flush: Bool) throws(CLIError)
    -> StagedFile
  {
    let components = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard !relativePath.hasPrefix("/"), !components.isEmpty,
      components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") })
    else {
      throw .failure("refusing to write '\(Diagnostic.shorten(relativePath))': output names must stay inside \(root.path)")
    }
    // Only failures name the full path: building it for every file of a national run costs time.
    var path: String { target(relativePath).path }
    let (folder, folderIsNew) = try openFolder(components.dropLast())
    defer { if folder != descriptor { close(folder) } }
    let name = components[components.count - 1]
    var status = stat()
    let exists = fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0
    if exists && status.st_mode & S_IFMT == S_IFLNK {
      throw .failure("refusing to write \(path): it is a symbolic link")
    }
    if !folderIsNew { OutputFolder.removeStaleTemporaries(of: name, in: folder) }
    // Reports are deterministic: run again on an unchanged store, every file comes out the same.
    // Such a file is left as it is (same inode, same modification time), which spares the disk a
    // rewrite and lets backups and `make`-like tools see that nothing changed.
    if exists && status.st_mode & S_IFMT == S_IFREG && Int(status.st_size) == bytes.count
      && OutputFolder.file(name, in: folder, holds: bytes)
    {
      return StagedFile(
        folders: Array(components.dropLast()), name: name, temporary: nil, relativePath: relativePath)
    }
    let number = counter.add(1, ordering: .relaxed).newValue
    let temporary = "\(OutputFolder.temporaryPrefix(of: name))\(getpid())-\(number).tmp"
    let file = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
    guard file >= 0 else {
      let reason = errno
      throw .failure("cannot write \(path): \(OutputFolder.describe(reason))")
    }
    var failure = OutputFolder.writeAll(bytes, to: file)
    // Flushed before the rename: after a power cut the name points at the whole new file or the old one.
    if failure == 0 && flush && fsync(file) != 0 { failure = errno }
    if close(file) != 0 && failure == 0 { failure = errno }
    if failure != 0 {
      unlinkat(folder, temporary, 0)
      throw .failure("cannot write \(path): \(OutputFolder.describe(failure))")
    }
    return StagedFile(
      folders: Array(components.dropLast()), name: name, temporary: temporary, relativePath: relativePath)
  }

  /// Flushes every staged file of the folder's file system to disk in one call (`syncfs`).
  func flush() throws(CLIError) {
    if OutputFolder.syncFileSystem(descriptor) != 0 {
      throw .failure("cannot write into \(root.path): \(OutputFolder.describe(errno))")
    }
  }

  /// Puts a staged file in place, replacing what was there.
  func place(_ staged: StagedFile) throws(CLIError) {
    guard let temporary = staged.temporary else { return }
    let (folder, _) = try openFolder(staged.folders[...])
    defer { if folder != descriptor { close(folder) } }
    if renameat(folder, temporary, folder, staged.name) != 0 {
      let reason = errno
      unlinkat(folder, temporary, 0)
      throw .failure("cannot write \(target(staged.relativePath).path): \(OutputFolder.describe(reason))")
    }
  }

  /// Removes a staged file that will not be placed.
  func discard(_ staged: StagedFile) {
    guard let temporary = staged.temporary, let (folder, _) = try? openFolder(staged.folders[...]) else {
      return
    }
    unlinkat(folder, temporary, 0)
    if folder != descriptor { close(folder) }
  }

  /// The size of the regular file at `relativePath` inside the folder; nil when there is none (a
  /// link or a folder counts as none). One `fstatat` from the folder: cheap enough to check every
  /// file of a national run.
  func size(of relativePath: String) -> Int? {
    var status = stat()
    guard !relativePath.hasPrefix("/"), !relativePath.split(separator: "/").contains(".."),
      fstatat(descriptor, relativePath, &status, AT_SYMLINK_NOFOLLOW) == 0,
      status.st_mode & S_IFMT == S_IFREG
    else { return nil }
    return Int(status.st_size)
  }

  /// The bytes of the regular file at `relativePath` inside the folder, nil when it cannot be read.
  func contents(of relativePath: String) -> [UInt8]? {
    guard let size = size(of: relativePath) else { return nil }
    let file = openat(descriptor, relativePath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard file >= 0 else { return nil }
    defer { close(file) }
    var bytes = [UInt8](repeating: 0, count: size)
    var offset = 0
    while offset < size {
      let count = bytes.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress! + offset, size - offset) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return nil }
      offset += count
    }
    return bytes
  }

  func target(_ relativePath: String) -> URL {
    relativePath.split(separator: "/").reduce(root) { $0.appendingPathComponent(String($1)) }
  }

  /// `syncfs(2)`, looked up at run time: Swift's Glibc module does not declare it. Where it is
  /// missing, `sync(2)` flushes every file system, which includes this one.
  static let syncFileSystem: @Sendable (Int32) -> Int32 = {
    typealias SyncFS = @convention(c) (Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
      return { _ in
        sync()
        return 0
      }
    }
    let syncfs = unsafeBitCast(symbol, to: SyncFS.self)
    return { syncfs($0) }
  }()

  /// Opens (creating as needed) the folder made of `components` under the root, following no link
  /// except one that stays inside the root. Says whether the last folder was created just now.
  private func openFolder(_ components: ArraySlice<String>) throws(CLIError) -> (Int32, Bool) {
    var current = descriptor
    var created = false
    // The path walked so far, built only for messages and links: a national run opens some
    // fifty thousand folders, and building URLs for each showed up in profiles.
    func walked(through component: Int) -> URL {
      components[...component].reduce(root) { $0.appendingPathComponent($1) }
    }
    for index in components.indices {
      let component = components[index]
      created = mkdirat(current, component, 0o777) == 0
      if !created && errno != EEXIST {
        let reason = errno
        if current != descriptor { close(current) }
        throw .failure("cannot create \(walked(through: index).path): \(OutputFolder.describe(reason))")
      }
      var next = openat(current, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if next < 0 && (errno == ELOOP || errno == ENOTDIR) {
        // A symbolic link: allowed only when it leads to a folder inside the chosen one.
        let resolved = walked(through: index).resolvingSymlinksInPath().path
        if resolved == root.path || resolved.hasPrefix(root.path + "/") {
          next = open(resolved, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        } else {
          if current != descriptor { close(current) }
          throw .failure(
            "refusing to write under \(walked(through: index).path): a symbolic link leads outside \(root.path)"
          )
        }
      }
      let reason = errno
      if current != descriptor { close(current) }
      guard next >= 0 else {
        throw .failure("cannot open \(walked(through: index).path): \(OutputFolder.describe(reason))")
      }
      current = next
    }
    return (current, created)
  }

  /// `.<name>.nuvola-`: what every temporary file for `name` starts with (then `<pid>-<n>.tmp`).
  static func temporaryPrefix(of name: String) -> String { ".\(name).nuvola-" }

  /// Removes the temporary files a killed run left for `name`: those whose process is gone. A live
  /// process's file is left alone, since that writer is still working.
  static func removeStaleTemporaries(of name: String, in folder: Int32) {
    let listing = dup(folder)
    guard listing >= 0, let directory = fdopendir(listing) else {
      if listing >= 0 { close(listing) }
      return
    }
    defer { closedir(directory) }
    let prefix = temporaryPrefix(of: name)
    var stale: [String] = []
    while let entry = readdir(directory) {
      let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      guard entryName.hasPrefix(prefix), entryName.hasSuffix(".tmp") else { continue }
      let owner = entryName.dropFirst(prefix.count).prefix(while: \.isNumber)
      guard let pid = Int32(owner), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      stale.append(entryName)
    }
    for entryName in stale { unlinkat(folder, entryName, 0) }
  }

  /// Whether the regular file `name` in `folder` holds exactly `bytes` (its size was checked by the
  /// caller). Any failure to read it counts as "no": the file is then written as usual.
  static func file(_ name: String, in folder: Int32, holds bytes: UnsafeRawBufferPointer) -> Bool {
    let file = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard file >= 0 else { return false }
    defer { close(file) }
    let chunk = 64 * 1024
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
    defer { buffer.deallocate() }
    var offset = 0
    while offset < bytes.count {
      let count = read(file, buffer, min(chunk, bytes.count - offset))
      if count < 0 && errno == EINTR { continue }
      guard count > 0, memcmp(buffer, bytes.baseAddress! + offset, count) == 0 else { return false }
      offset += count
    }
    // The file must end here too (it may have grown since it was measured).
    return read(file, buffer, 1) == 0
  }

  /// Writes every byte, retrying short writes and interruptions; returns 0 or the error number.
  static func writeAll(_ bytes: UnsafeRawBufferPointer, to file: Int32) -> Int32 {
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(file, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return 0
  }

  /// The system's words for an error number, with what a full disk or a quota means for the user.
  static func describe(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    switch code {
    case ENOSPC: return "\(text): the disk is full; free some space and run the command again"
    case EDQUOT: return "\(text): the disk quota is used up; free some space and run the command again"
    case EFBIG: return "\(text): the file is larger than the size limit set for this process"
    default: return text
    }
  }

  static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return describe(Int32(underlying.code))
    }
    return nsError.localizedDescription
  }
}
