import NuvolaFormats

/// One sheet of an inventory ready to decode: its cells (a CSV file parsed, or a workbook sheet
/// turned into the same rows and cells), the file its diagnostics name, and the name messages use
/// for it (`comune.csv`, `Siti.csv`, or a workbook sheet's name).
struct InventorySheetSource {
  /// Nil for a sheet with nothing in it (an empty or blank file, a sheet without a cell).
  var table: CSVTable?
  var file: String
  var label: String

  init(table: CSVTable?, file: String, label: String) {
    self.table = table
    self.file = file
    self.label = label
  }

  /// A CSV file's bytes, parsed (nil table when blank).
  init(csv bytes: [UInt8], file: String, label: String) {
    let table = InventoryReader.isBlank(bytes) ? nil : CSVReader().parse(bytes, file: file)
    self.init(table: table, file: file, label: label)
  }

  /// Whether a row is the template's explanation of the columns: every cell with text starts with
  /// the marker (`ℹ`), and at least one does.
  static func isExplanation(_ row: CSVRow) -> Bool {
    let marker = InventoryLabels.shipped.explanationMarker
    var found = false
    for cell in row.cells {
      let text = FieldDecoder.trimmed(cell.text)
      if text.isEmpty { continue }
      guard text.hasPrefix(marker) else { return false }
      found = true
    }
    return found
  }
}
