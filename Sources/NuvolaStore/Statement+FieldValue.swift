import CSQLite
import NuvolaModel
import NuvolaSupport

extension Statement {
  /// The value of a column of the current row as a field of `kind`; nil when the column holds a
  /// type Nuvola never writes there (the file was edited by another program), so that the caller
  /// reports it rather than guessing.
  func fieldValue(at index: Int32, kind: FieldKind) -> FieldValue? {
    let type = columnType(at: index)
    if type == SQLITE_NULL { return .unknown }
    switch kind {
    case .identifier, .text, .choice, .reference:
      return type == SQLITE_TEXT ? .text(text(at: index)) : nil
    case .integer:
      guard type == SQLITE_INTEGER, let number = Int(exactly: int64(at: index)) else { return nil }
      return .integer(number)
    case .decimal:
      return type == SQLITE_FLOAT || type == SQLITE_INTEGER ? .decimal(double(at: index)) : nil
    case .money:
      return type == SQLITE_INTEGER ? .money(Money(cents: int64(at: index))) : nil
    case .flag:
      guard type == SQLITE_INTEGER else { return nil }
      switch int64(at: index) {
      case 0: return .flag(false)
      case 1: return .flag(true)
      default: return nil
      }
    case .day:
      guard type == SQLITE_TEXT, let day = Day(parsing: text(at: index)) else { return nil }
      return .day(day)
    case .references:
      return nil
    }
  }
}
