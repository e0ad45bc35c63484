/// A spreadsheet workbook as values: its sheets in order, each a grid of typed cells. Read from an
/// Office Open XML (`.xlsx`) or OpenDocument (`.ods`) file; knows nothing of what the cells mean.
public struct Workbook: Sendable, Equatable {
  public var sheets: [WorkbookSheet]

  public init(sheets: [WorkbookSheet]) {
    self.sheets = sheets
  }

  /// The sheet with this name, compared without regard to case (the way Excel compares them).
  public func sheet(named name: String) -> WorkbookSheet? {
    let wanted = name.lowercased()
    return sheets.first { $0.name.lowercased() == wanted }
  }

  /// The two formats this module reads and writes.
  public enum Format: String, Sendable, CaseIterable {
    case xlsx
    case ods
  }

  /// Reads a workbook, its format recognised from its contents (an OpenDocument `mimetype` entry,
  /// or the SpreadsheetML workbook part).
  public static func read(_ bytes: [UInt8], limits: WorkbookLimits = WorkbookLimits()) throws(FormatError)
    -> Workbook
  {
    let archive = try ZipArchive(bytes: bytes, limits: limits.zip)
    if let mimetype = archive.entry(named: "mimetype") {
      let type = String(decoding: try archive.contents(of: mimetype), as: UTF8.self)
      guard type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") else {
        throw FormatError("an OpenDocument file that is not a spreadsheet (\(type))")
      }
      return try ODSReader(archive: archive, limits: limits).read()
    }
    if archive.entry(named: "content.xml") != nil {
      return try ODSReader(archive: archive, limits: limits).read()
    }
    return try XLSXReader(archive: archive, limits: limits).read()
  }
}

/// How large a workbook the readers accept.
public struct WorkbookLimits: Sendable, Equatable {
  /// Limits on the archive (entries, expanded sizes, ratio).
  public var zip: ZipLimits
  /// Most cells with a value in the whole workbook (repeated cells counted one by one).
  public var maxCells: Int
  /// Most sheets.
  public var maxSheets: Int

  /// 5 million cells, 1,000 sheets, the default archive limits.
  public init(zip: ZipLimits = ZipLimits(), maxCells: Int = 5_000_000, maxSheets: Int = 1000) {
    self.zip = zip
    self.maxCells = maxCells
    self.maxSheets = maxSheets
  }
}
