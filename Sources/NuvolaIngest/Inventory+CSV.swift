import NuvolaFormats
import NuvolaModel

extension Inventory {
  /// The inventory as the folder of CSV sheets Nuvola reads (`comune.csv`, `sites.csv`,
  /// `assets.csv`, `applications.csv`, `links.csv`), headers in schema order, lists joined with `|`.
  /// Reading the folder back gives the same inventory. Every sheet is written, empty ones as a header.
  public func csvSheets(writer: CSVWriter = CSVWriter()) -> [(name: String, text: String)] {
    [
      (RecordType.comune.sheetName, Inventory.sheet([comune], writer: writer)),
      (RecordType.site.sheetName, Inventory.sheet(sites, writer: writer)),
      (RecordType.asset.sheetName, Inventory.sheet(assets, writer: writer)),
      (RecordType.application.sheetName, Inventory.sheet(applications, writer: writer)),
      (RecordType.link.sheetName, Inventory.sheet(links, writer: writer)),
    ]
  }

  static func sheet<R: InventoryRecord>(_ records: [R], writer: CSVWriter) -> String {
    var writer = writer
    var text = writer.row(R.fields.map(\.name))
    for record in records {
      text += writer.row(R.fields.map { $0.get(record).cellText })
    }
    return text
  }
}

extension FieldValue {
  /// The value as a CSV cell holds it, in the form the readers accept back: unknown is empty, dates
  /// ISO 8601, flags `yes`/`no`, decimals plain (never with an exponent), lists joined with `|`.
  var cellText: String {
    switch self {
    case .unknown: return ""
    case .text(let text): return text
    case .integer(let number): return String(number)
    case .decimal(let number): return FieldValue.plainDecimal(number)
    case .money(let money): return money.description
    case .day(let day): return day.description
    case .flag(let flag): return flag ? "yes" : "no"
    case .list(let ids): return ids.joined(separator: "|")
    }
  }

  /// Shortest text that reads back as the same double, in positional notation (`0.00001`, not `1e-05`):
  /// spreadsheets and the CSV reader do not take exponents.
  static func plainDecimal(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    let text = String(value)
    guard let exponentIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: exponentIndex)...])
    else { return text }
    var mantissa = Substring(text[..<exponentIndex])
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa = mantissa.dropFirst() }
    let pointOffset = mantissa.firstIndex(of: ".").map {
      mantissa.distance(from: mantissa.startIndex, to: $0)
    }
    let digits = Array(mantissa.filter { $0 != "." })
    // Position of the decimal point after shifting, counted in digits from the left.
    let point = (pointOffset ?? digits.count) + exponent
    var result: String
    if point <= 0 {
      result = "0." + String(repeating: "0", count: -point) + String(digits)
    } else if point >= digits.count {
      result = String(digits) + String(repeating: "0", count: point - digits.count)
    } else {
      result = String(digits[..<point]) + "." + String(digits[point...])
    }
    if result.contains(".") {
      while result.hasSuffix("0") { result.removeLast() }
      if result.hasSuffix(".") { result.removeLast() }
    }
    return (negative ? "-" : "") + result
  }
}
