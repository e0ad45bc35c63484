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

  static func parse(_ bytes: [UInt8]) -> [String: [String: Entry]]? {
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
    guard lines.first == Substring(header) else { return nil }
    var jobs: [String: [String: Entry]] = [:]
    var job: String?
    var id: String?
    for line in lines.dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(unescape)
      switch (fields[0], fields.count) {
      case ("job", 2):
        job = fields[1]
        id = nil
        jobs[fields[1]] = [:]
      case ("entry", 3):
        guard let job else { return nil }
        id = fields[1]
        jobs[job]![fields[1]] = Entry(key: fields[2], files: [])
      case ("file", 3):
        guard let job, let id, let size = Int(fields[2]) else { return nil }
        jobs[job]![id]!.files.append(File(path: fields[1], size: size))
      case ("record", _):
        guard let job, let id else { return nil }
        jobs[job]![id]!.record = Array(fields.dropFirst())
      default:
        return nil
      }
    }
    return jobs
  }

  /// The manifest as text: jobs and entries in name order, so the same manifest gives the same bytes.
  public var bytes: [UInt8] {
    var text = Self.header + "\n"
    for job in jobs.keys.sorted() {
      text += "job\t" + Self.escape(job) + "\n"
      let entries = jobs[job]!
      for id in entries.keys.sorted() {
        let entry = entries[id]!
        text += "entry\t" + Self.escape(id) + "\t" + Self.escape(entry.key) + "\n"
        for file in entry.files { text += "file\t" + Self.escape(file.path) + "\t" + String(file.size) + "\n" }
        if !entry.record.isEmpty { text += "record\t" + entry.record.map(Self.escape).joined(separator: "\t") + "\n" }
      }
    }
    return Array(text.utf8)
  }

  /// A key for a list of inputs: the SHA-256 of their parts, each one length-prefixed so that no
  /// two lists share a key by moving text from one part to the next.
  public static func key(_ parts: [String]) -> String {
    var hasher = SHA256()
    for part in parts {
      hasher.update("\(part.utf8.count):".utf8)
      hasher.update(part.utf8)
    }
    return SHA256.hexDigits(hasher.finalize())
  }

  static func escape(_ text: String) -> String {
    guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" || $0 == "\r" }) else { return text }
    var escaped = ""
    for character in text {
      switch character {
      case "\\": escaped += "\\\\"
      case "\t": escaped += "\\t"
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  static func unescape(_ field: Substring) -> String {
    guard field.contains("\\") else { return String(field) }
    var text = ""
    var escaping = false
    for character in field {
      if escaping {
        switch character {
        case "t": text.append("\t")
        case "n": text.append("\n")
        case "r": text.append("\r")
        default: text.append(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        text.append(character)
      }
    }
    return text
  }
}
