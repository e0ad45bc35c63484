/// A cell's place in A1 notation: `D14` is column 4, row 14.
public struct CellReference: Sendable, Equatable, CustomStringConvertible {
  /// 1-based.
  public var row: Int
  /// 1-based: A is 1, Z 26, AA 27.
  public var column: Int

  /// The largest sheet SpreadsheetML allows: 1,048,576 rows, 16,384 columns (XFD).
  public static let maxRow = 1_048_576
  public static let maxColumn = 16_384

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Reads `D14` (or `$D$14`); nil when it is not a reference within the largest sheet.
  public init?(_ text: String) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "$") where digits == 0:
        continue
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0,
        UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
        column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
        letters += 1
        guard letters <= 3 else { return nil }
      case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
        row = row * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
        guard digits <= 7 else { return nil }
      default:
        return nil
      }
    }
    guard letters > 0, digits > 0, row >= 1, row <= CellReference.maxRow, column <= CellReference.maxColumn
    else { return nil }
    self.init(row: row, column: column)
  }

  /// The column's letters: 1 is A, 27 AA.
  public static func letters(_ column: Int) -> String {
    var number = max(1, column)
    var letters: [Character] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder))))
      number = (number - 1) / 26
    }
    return String(letters.reversed())
  }

  public var description: String { CellReference.letters(column) + String(row) }

  /// `Server!`, or `'Dati 2024'!` for a name that is not a plain word (with `'` doubled).
  public static func sheetPrefix(_ name: String) -> String {
    let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
    if plain { return name + "!" }
    var quoted = ""
    for character in name { quoted += character == "'" ? "''" : String(character) }
    return "'" + quoted + "'!"
  }
}
