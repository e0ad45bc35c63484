import Foundation

/// Reads one comune's inventory from a folder of CSV sheets, as IT managers fill them in a
/// spreadsheet: `comune.csv` (one data row) and, when the comune has such records, `sites.csv`,
/// `assets.csv`, `applications.csv` and `links.csv`. Headers are the field names, in any order;
/// other files in the folder are ignored.
///
/// Every problem of every sheet is reported together, each at its sheet, line and column.
public struct InventoryCSVReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  /// The sheets in the order they are read and their problems listed.
  public static let sheetNames = RecordType.allCases.map(\.sheetName)

  /// Reads the sheets from a folder on disk.
  public func read(folder: String) throws(InputError) -> Inventory {
    var sheets: [String: [UInt8]] = [:]
    var problems = DiagnosticList()
    for name in InventoryCSVReader.sheetNames {
      let path = InventoryCSVReader.join(folder, name)
      guard FileManager.default.fileExists(atPath: path) else { continue }
      do {
        sheets[name] = try InventoryReader.contents(of: path)
      } catch {
        problems.append(contentsOf: error)
      }
    }
    try problems.check()
    return try read(sheets: sheets, folder: folder)
  }

  /// Reads sheets given as bytes by file name (`comune.csv`...). `folder` names them in diagnostics.
  public func read(sheets: [String: [UInt8]], folder: String) throws(InputError) -> Inventory {
    var decoding = CSVInventoryDecoding(folder: folder)
    let comunes: [Comune] = decoding.sheet(sheets[RecordType.comune.sheetName])
    let sites: [Site] = decoding.sheet(sheets[RecordType.site.sheetName])
    let assets: [Asset] = decoding.sheet(sheets[RecordType.asset.sheetName])
    let applications: [Application] = decoding.sheet(sheets[RecordType.application.sheetName])
    let links: [Link] = decoding.sheet(sheets[RecordType.link.sheetName])
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
      throw InputError(Diagnostic(file: InventoryCSVReader.join(folder, "comune.csv"), message: "no comune"))
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

/// The state of decoding the sheets of one folder into an inventory.
private struct CSVInventoryDecoding {
  let folder: String
  var problems = IngestProblems()
  var map = SourceMap(style: .csv)

  init(folder: String) { self.folder = folder }

  func fileOrder(_ file: String) -> Int {
    InventoryCSVReader.sheetNames.firstIndex { InventoryCSVReader.join(folder, $0) == file } ?? 0
  }

  mutating func sheet<R: InventoryRecord>(_ bytes: [UInt8]?) -> [R] {
    let type = R.recordType
    let sheetName = type.sheetName
    let file = InventoryCSVReader.join(folder, sheetName)
    let order = InventoryCSVReader.sheetNames.firstIndex(of: sheetName) ?? 0
    func report(
      _ line: Int?, _ column: Int?, _ path: String?, _ value: String?, _ message: String, _ expected: String?
    ) {
      problems.add(
        Diagnostic(
          file: file, line: line, column: column, path: path, value: value, message: message,
          expected: expected),
        fileOrder: order)
    }
    guard let bytes else {
      if type == .comune {
        report(
          nil, nil, nil, nil, "no comune.csv in the folder",
          "a comune.csv sheet with a header and one data row")
        problems.structural = true
      }
      return []
    }
    // An optional sheet left empty means the comune has no such records; comune.csv is always needed.
    if InventoryReader.isBlank(bytes) {
      if type == .comune {
        report(nil, nil, nil, nil, "empty file", "a header line and one data row describing the comune")
        problems.structural = true
      }
      return []
    }
    let table = CSVReader().parse(bytes, file: file)
    for problem in table.problems { problems.add(problem, fileOrder: order) }
    problems.countOmitted(table.omittedProblems)
    if !table.problems.isEmpty || table.omittedProblems > 0 { problems.structural = true }
    guard let header = table.header, !header.isMalformed else { return [] }

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
      guard let position = fieldTable.position(of: name) else {
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
          row.line, nil, nil, nil, "comune.csv has more than one data row",
          "exactly one data row: one comune per inventory")
        problems.structural = true
      }
      if row.isMalformed || (type == .comune && dataRows > 1) { continue }
      records.append(
        record(row, columns: columns, sourceIndex: dataRows - 1, file: file, order: order, numbers: numbers))
    }
    if type == .comune && dataRows == 0 {
      report(
        header.line + 1, nil, nil, nil, "comune.csv has no data row",
        "one data row under the header describing the comune")
      problems.structural = true
    }
    return records
  }

  mutating func record<R: InventoryRecord>(
    _ row: CSVRow, columns: [Int?], sourceIndex: Int, file: String, order: Int, numbers: NumberConvention
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
            path: "\(R.recordType.sheetName) column \(name)",
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
