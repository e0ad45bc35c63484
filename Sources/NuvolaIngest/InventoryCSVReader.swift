import Foundation
import NuvolaFormats
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Reads one comune's inventory from a folder of CSV sheets, as IT managers fill them in a
/// spreadsheet: `comune.csv` (one data row) and, when the comune has such records, `sites.csv`,
/// `assets.csv`, `applications.csv` and `links.csv`. Headers are the field names, or their Italian
/// headers and aliases (`InventoryLabels`), in any order. Sheets may also be named by their Italian
/// titles and aliases, in any case (`Siti.csv`, `Applicativi.CSV`); another CSV file in the folder
/// is an error (it is usually a sheet misnamed), other files are ignored.
///
/// Every problem of every sheet is reported together, each at its sheet, line and column.
public struct InventoryCSVReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  /// The sheets in the order they are read and their problems listed.
  public static let sheetNames = RecordType.allCases.map(\.sheetName)

  /// The CSV files of a folder by the record type their name gives, and those naming none.
  static func sheetFiles(in folder: String) -> (byType: [RecordType: [String]], unknown: [String]) {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    var byType: [RecordType: [String]] = [:]
    var unknown: [String] = []
    let labels = InventoryLabels.shipped
    for name in names where name.lowercased().hasSuffix(".csv") {
      let base = String(name.dropLast(4))
      if let type = labels.recordType(sheet: base) {
        byType[type, default: []].append(name)
      } else if !labels.isIgnored(sheet: base) {
        unknown.append(name)
      }
    }
    return (byType, unknown)
  }

  /// Reads the sheets from a folder on disk.
  public func read(folder: String) throws(InputError) -> Inventory {
    var sources: [RecordType: InventorySheetSource] = [:]
    var problems = DiagnosticList()
    let files = InventoryCSVReader.sheetFiles(in: folder)
    for name in files.unknown {
      let base = String(name.dropLast(4))
      let hint = FieldTable.closest(to: base, among: RecordType.allCases.map(\.plural)).map {
        " (did you mean \($0).csv?)"
      }
      problems.append(
        Diagnostic(
          file: InventoryCSVReader.join(folder, name),
          message: "a CSV file that is no sheet of the inventory\(hint ?? "")",
          expected: "sheets named " + InventoryLabels.shipped.sheetList() + ", in any case"))
    }
    for type in RecordType.allCases {
      guard let names = files.byType[type] else { continue }
      if names.count > 1 {
        problems.append(
          Diagnostic(
            file: InventoryCSVReader.join(folder, names[1]),
            message: "a second sheet of \(type.plural) (the first is \(names[0]))",
            expected: "one CSV file for each kind of record"))
        continue
      }
      let path = InventoryCSVReader.join(folder, names[0])
      do {
        sources[type] = InventorySheetSource(
          csv: try InventoryReader.contents(of: path), file: path, label: names[0])
      } catch {
        problems.append(contentsOf: error)
      }
    }
    try problems.check()
    return try read(sources: sources, folder: folder)
  }

  /// Reads sheets given as bytes by file name (`comune.csv`...). `folder` names them in diagnostics.
  public func read(sheets: [String: [UInt8]], folder: String) throws(InputError) -> Inventory {
    var sources: [RecordType: InventorySheetSource] = [:]
    for type in RecordType.allCases {
      guard let bytes = sheets[type.sheetName] else { continue }
      sources[type] = InventorySheetSource(
        csv: bytes, file: InventoryCSVReader.join(folder, type.sheetName), label: type.sheetName)
    }
    return try read(sources: sources, folder: folder)
  }

  /// Reads sheets already split into cells (CSV files or workbook sheets) by record type. `folder`
  /// names the whole in diagnostics (the folder, or the workbook file).
  /// `missingComune` is the problem of a whole without a comune sheet.
  func read(
    sources: [RecordType: InventorySheetSource], folder: String, missingComune: Diagnostic? = nil
  ) throws(InputError) -> Inventory {
    var decoding = CSVInventoryDecoding(folder: folder, sources: sources)
    decoding.missingComune = missingComune
    let comunes: [Comune] = decoding.sheet()
    let sites: [Site] = decoding.sheet()
    let assets: [Asset] = decoding.sheet()
    let applications: [Application] = decoding.sheet()
    let links: [Link] = decoding.sheet()
    let inventory = comunes.first.map {
      Inventory(comune: $0, sites: sites, assets: assets, applications: applications, links: links)
    }
    if let inventory {
      let issues = InventoryValidator.validate(
        inventory, register: register, checkingValues: false, acrossRecords: !decoding.problems.structural)
      decoding.problems.add(issues, map: decoding.map, fileOrder: decoding.fileOrder)
    }
    try decoding.problems.check()
    guard var inventory else {
      throw InputError(Diagnostic(file: decoding.file(.comune), message: "no comune"))
    }
    inventory.comune.name = register.officialName(inventory.comune)
    return inventory
  }

  /// `folder/name`, keeping the folder as the user wrote it.
  static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}

/// The state of decoding the sheets of one folder (or workbook) into an inventory.
private struct CSVInventoryDecoding {
  let folder: String
  let sources: [RecordType: InventorySheetSource]
  var problems = IngestProblems()
  var map = SourceMap(style: .csv)
  var missingComune: Diagnostic?

  init(folder: String, sources: [RecordType: InventorySheetSource]) {
    self.folder = folder
    self.sources = sources
  }

  /// The file diagnostics about a record type's sheet name.
  func file(_ type: RecordType) -> String {
    sources[type]?.file ?? InventoryCSVReader.join(folder, type.sheetName)
  }

  func fileOrder(_ file: String) -> Int {
    RecordType.allCases.firstIndex { self.file($0) == file } ?? 0
  }

  mutating func sheet<R: InventoryRecord>() -> [R] {
    let type = R.recordType
    let source = sources[type]
    let sheetName = source?.label ?? type.sheetName
    let file = self.file(type)
    let order = RecordType.allCases.firstIndex(of: type) ?? 0
    func report(
      _ line: Int?, _ column: Int?, _ path: String?, _ value: String?, _ message: String, _ expected: String?
    ) {
      problems.add(
        Diagnostic(
          file: file, line: line, column: column, path: path, value: value, message: message,
          expected: expected),
        fileOrder: order)
    }
    guard let source else {
      if type == .comune {
        if let missingComune {
          problems.add(missingComune, fileOrder: order)
        } else {
          report(
            nil, nil, nil, nil, "no comune.csv in the folder",
            "a comune.csv sheet with a header and one data row")
        }
        problems.structural = true
      }
      return []
    }
    // An optional sheet left empty means the comune has no such records; comune.csv is always needed.
    guard var table = source.table else {
      if type == .comune {
        report(nil, nil, nil, nil, "empty file", "a header line and one data row describing the comune")
        problems.structural = true
      }
      return []
    }
    for problem in table.problems { problems.add(problem, fileOrder: order) }
    problems.countOmitted(table.omittedProblems)
    if !table.problems.isEmpty || table.omittedProblems > 0 { problems.structural = true }
    guard let header = table.header, !header.isMalformed else { return [] }
    // The template's row explaining each column, under the header, is not a record.
    var headingLine = header.line
    if let first = table.rows.first, InventorySheetSource.isExplanation(first) {
      headingLine = first.line
      table.rows.removeFirst()
    }

    let fieldTable = FieldTable.of(type)
    let fields = R.fields
    var columns: [Int?] = []
    var columnOfField = [Int?](repeating: nil, count: fields.count)
    for cell in header.cells {
      let name = FieldDecoder.trimmed(cell.text).lowercased()
      let path = "\(sheetName) column \(name)"
      if name.isEmpty {
        columns.append(nil)
        let position = cell.column - 1
        if let row = table.rows.first(where: {
          $0.cells.indices.contains(position) && !FieldDecoder.trimmed($0.cells[position].text).isEmpty
        }) {
          report(
            header.line, cell.column, "\(sheetName) column \(cell.column)", nil,
            "a column without a name has values (line \(row.line))",
            "a header naming every column that has values")
        }
        continue
      }
      guard
        let position =
          fieldTable.position(of: name) ?? InventoryLabels.shipped.position(type, header: cell.text)
      else {
        columns.append(nil)
        let hint = fieldTable.suggestion(for: name).map { " (did you mean \($0)?)" } ?? ""
        report(
          header.line, cell.column, path, cell.text, "unknown column \(Diagnostic.quoted(name))\(hint)",
          "one of the columns " + fieldTable.list)
        continue
      }
      if let earlier = columnOfField[position] {
        columns.append(nil)
        report(
          header.line, cell.column, path, cell.text,
          "column \(name) appears twice (first in column \(earlier + 1))",
          "each column once")
        problems.structural = true
        continue
      }
      columnOfField[position] = columns.count
      columns.append(position)
    }
    for (position, field) in fields.enumerated() where field.required && columnOfField[position] == nil {
      report(
        header.line, nil, "\(sheetName) column \(field.name)", nil,
        "the required column \(field.name) is missing",
        "a column \(field.name) in the header: \(field.kind.expectation)")
      problems.structural = true
    }

    // How this sheet writes numbers, from all its numeric cells: it settles a `2.000`.
    var numbers = NumberConvention.unknown
    for (column, position) in columns.enumerated() {
      guard let position else { continue }
      let kind = fields[position].kind
      switch kind {
      case .integer, .decimal, .money: break
      default: continue
      }
      for row in table.rows where row.cells.indices.contains(column) {
        numbers.observe(row.cells[column].text, kind: kind)
      }
    }

    var records: [R] = []
    records.reserveCapacity(table.rows.count)
    var dataRows = 0
    for row in table.rows {
      if row.cells.allSatisfy({ FieldDecoder.trimmed($0.text).isEmpty }) { continue }
      dataRows += 1
      if type == .comune && dataRows == 2 {
        report(
          row.line, nil, nil, nil, "\(sheetName) has more than one data row",
          "exactly one data row: one comune per inventory")
        problems.structural = true
      }
      if row.isMalformed || (type == .comune && dataRows > 1) { continue }
      records.append(
        record(
          row, columns: columns, sourceIndex: dataRows - 1, file: file, sheet: sheetName, order: order,
          numbers: numbers))
    }
    if type == .comune && dataRows == 0 {
      report(
        headingLine + 1, nil, nil, nil, "\(sheetName) has no data row",
        "one data row under the header describing the comune")
      problems.structural = true
    }
    return records
  }

  mutating func record<R: InventoryRecord>(
    _ row: CSVRow, columns: [Int?], sourceIndex: Int, file: String, sheet: String, order: Int,
    numbers: NumberConvention
  ) -> R {
    let fields = R.fields
    let table = FieldTable.of(R.recordType)
    let index = map.count(R.recordType)
    var record = R.blank
    var positions = [SourceMap.Position?](repeating: nil, count: fields.count)
    for cell in row.cells where cell.column <= columns.count {
      guard let position = columns[cell.column - 1] else { continue }
      positions[position] = SourceMap.Position(line: cell.line, column: cell.column)
      // Fields are read in place (`fields[position].set`): copying a Field retains all its closures.
      let kind = fields[position].kind
      var problem: FieldProblem?
      switch FieldDecoder.decode(
        cell: cell.text, kind: kind, canonicalCode: fields[position].canonicalCode, numbers: numbers)
      {
      case .success(let value):
        if value != .unknown {
          fields[position].set(&record, value)
        } else if table.required[position] {
          problem = FieldProblem(
            message: "required value is missing", value: cell.text, expected: kind.expectation)
        }
      case .failure(let failure):
        problem = failure
      }
      if let problem {
        let name = table.names[position]
        problems.add(
          Diagnostic(
            file: file, line: cell.line, column: cell.column,
            path: "\(sheet) column \(name)",
            value: problem.value, message: problem.message, expected: problem.expected),
          fileOrder: order)
        problems.fieldFailed(R.recordType, index: index, field: name)
      }
    }
    map.add(
      R.recordType,
      SourceMap.Entry(
        file: file, position: SourceMap.Position(line: row.line, column: nil), sourceIndex: sourceIndex,
        fields: positions))
    return record
  }
}
