import NuvolaModel
import NuvolaSupport

// How inventory values are stored in columns: the affinities of `StoreSchema`, NULL for unknown.

extension DatabaseValue {
  /// The column value for a field value. Lists (`.references` fields) live in side tables, one
  /// row per item, so a record table's column never receives one.
  init(_ value: FieldValue) {
    switch value {
    case .unknown: self = .null
    case .text(let text): self = .text(text)
    case .integer(let number): self = .integer(Int64(number))
    case .decimal(let number): self = .real(number)
    case .money(let money): self = .integer(money.cents)
    case .day(let day): self = .text(DatabaseValue.text(of: day))
    case .flag(let flag): self = .integer(flag ? 1 : 0)
    case .list: self = .null
    }
  }

  /// `YYYY-MM-DD` with the year on four digits, so that text order is date order and every stored
  /// day parses back.
  static func text(of day: Day) -> String {
    func pad(_ number: Int, _ width: Int) -> String {
      let digits = String(number)
      return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
    return pad(day.year, 4) + "-" + pad(day.month, 2) + "-" + pad(day.day, 2)
  }
}
