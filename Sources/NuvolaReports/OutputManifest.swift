import Foundation
import NuvolaSupport

/// What an output folder holds and what it was made from, so that a run can tell which outputs are
/// already up to date: for each job (`report` with its readers, format and language; `portal` with
/// its scope), each comune's key (a digest of every input its files depend on), the files written
/// with their sizes, and, for the portal, the comune's row. Stored as `.nuvola-manifest.tsv` in the
/// folder, one record per line, fields separated by tabs (tabs, newlines and backslashes escaped).
///
/// A manifest that cannot be read is an empty one: everything is rebuilt, nothing is lost.
public struct OutputManifest: Sendable, Equatable {
  public static let fileName = ".nuvola-manifest.tsv"
  static let header = "nuvola-manifest\t1"

  public struct File: Sendable, Equatable {
    /// Relative to the folder (`014061-sondrio/mayor.html`).
    public var path: String
    public var size: Int

    public init(path: String, size: Int) {
      self.path = path
      self.size = size
    }
  }

  public struct Entry: Sendable, Equatable {
    public var key: String
    public var files: [File]
    /// What the job keeps of the comune besides its files (the portal's row); empty otherwise.
    public var record: [String]

    public init(key: String, files: [File], record: [String] = []) {
      self.key = key
      self.files = files
      self.record = record
    }
  }

  /// Entries by job name, then by id (ISTAT code, or the page's name).
  public var jobs: [String: [String: Entry]]

  public init(jobs: [String: [String: Entry]] = [:]) { self.jobs = jobs }

  /// The manifest in `bytes`; an empty one when they are not a manifest of this version.
  public init(bytes: [UInt8]) {
    self.init(jobs: OutputManifest.parse(bytes) ?? [:])
  }

  /// Reads the lines as bytes: a national manifest holds some 30,000 lines, and splitting it as
  /// `String`s took a third of an unchanged run.
  static func parse(_ bytes: [UInt8]) -> [String: [String: Entry]]? {
    bytes.withUnsafeBufferPointer { buffer -> [String: [String: Entry]]? in
      var jobs: [String: [String: Entry]] = [:]
      var job: (name: String, entries: [String: Entry])?
      var entry: (id: String, entry: Entry)?
      func endEntry() {
        if let (id, value) = entry { job?.entries[id] = value }
        entry = nil
      }
      func endJob() {
        endEntry()
        if let (name, entries) = job { jobs[name] = entries }
        job = nil
      }
      var lineStart = 0
      var first = true
      while lineStart < buffer.count {
        var lineEnd = lineStart
        while lineEnd < buffer.count && buffer[lineEnd] != 0x0A { lineEnd += 1 }
        defer { lineStart = lineEnd + 1 }
        if lineEnd == lineStart { continue }
        var fields: [String] = []
        var fieldStart = lineStart
        for index in lineStart...lineEnd where index == lineEnd || buffer[index] == 0x09 {
          fields.append(unescape(UnsafeBufferPointer(rebasing: buffer[fieldStart..<index])))
          fieldStart = index + 1
        }
        if first {
          guard fields.joined(separator: "\t") == header else { return nil }
          first = false
          continue
        }
        switch (fields[0], fields.count) {
        case ("job", 2):
          endJob()
          job = (fields[1], [:])
        case ("entry", 3):
          guard job != nil else { return nil }
          endEntry()
          entry = (fields[1], Entry(key: fields[2], files: []))
        case ("file", 3):
          guard entry != nil, let size = Int(fields[2]) else { return nil }
          entry!.entry.files.append(File(path: fields[1], size: size))
        case ("record", _):
          guard entry != nil else { return nil }
          entry!.entry.record = Array(fields.dropFirst())
        default:
          return nil
        }
      }
      if first { return nil }
      endJob()
      return jobs
    }
  }

  /// The manifest as text: jobs and entries in name order, so the same manifest gives the same
  /// bytes. Built as bytes: a national manifest has some 30,000 lines.
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(64 * 1024)
    func append(_ text: String) { out.append(contentsOf: text.utf8) }
    func field(_ text: String) {
      if text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) {
        append(Self.escape(text))
      } else {
        append(text)
      }
    }
    append(Self.header + "\n")
    for job in jobs.keys.sorted() {
      append("job\t")
      field(job)
      out.append(0x0A)
      let entries = jobs[job]!
      for id in entries.keys.sorted() {
        let entry = entries[id]!
        append("entry\t")
        field(id)
        out.append(0x09)
        field(entry.key)
        out.append(0x0A)
        for file in entry.files {
          append("file\t")
          field(file.path)
          out.append(0x09)
          append(String(file.size))
          out.append(0x0A)
        }
        if !entry.record.isEmpty {
          append("record")
          for value in entry.record {
            out.append(0x09)
            field(value)
          }
          out.append(0x0A)
        }
      }
    }
    return out
  }

  /// A key for a list of inputs: a 128-bit hash of their parts, each one ending with its length
  /// so that no two lists share a key by moving text from one part to the next. Not cryptographic
  /// and need not be: a key only decides whether a file is written again.
  public static func key(_ parts: [String]) -> String {
    var hasher = KeyHasher()
    for part in parts { hasher.add(part) }
    return hasher.key
  }

  /// A key for a file's bytes (a rules file, the shipped awards).
  public static func key(bytes: Data) -> String {
    var hasher = ContentHasher()
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    return hasher.hexDigest()
  }

  /// Builds a key part by part, without joining the parts first.
  public struct KeyHasher {
    var hasher = ContentHasher()

    public init() {}

    public mutating func add(_ part: String) {
      var part = part
      part.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ number: Int64) {
      hasher.combine(UInt64(bitPattern: number))
    }

    public var key: String { hasher.hexDigest() }
  }

  /// Scalar by scalar: `\r\n` is one `Character`, and must still become `\\r\\n`.
  static func escape(_ text: String) -> String {
    var escaped = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": escaped.append(contentsOf: "\\\\".unicodeScalars)
      case "\t": escaped.append(contentsOf: "\\t".unicodeScalars)
      case "\n": escaped.append(contentsOf: "\\n".unicodeScalars)
      case "\r": escaped.append(contentsOf: "\\r".unicodeScalars)
      default: escaped.append(scalar)
      }
    }
    return String(escaped)
  }

  static func unescape(_ field: UnsafeBufferPointer<UInt8>) -> String {
    guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(field.count)
    var escaping = false
    for byte in field {
      if escaping {
        switch byte {
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        default: bytes.append(byte)
        }
        escaping = false
      } else if byte == UInt8(ascii: "\\") {
        escaping = true
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
