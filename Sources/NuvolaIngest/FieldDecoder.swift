import Foundation
import NuvolaFormats
import NuvolaModel
import NuvolaSupport

/// A field's value as its file held it: a CSV cell's text or a JSON value.
enum RawFieldValue {
  case cell(String)
  case json(JSONNode)
}

/// Why a raw value is not a value of its field: what is wrong, the value found, and what was expected.
struct FieldProblem: Error, Equatable {
  var message: String
  var value: String?
  var expected: String
}

/// Turns the raw value of a field, from either encoding, into a `FieldValue` according to the field's
/// kind. The JSON reader and the CSV reader share it so that both accept and reject the same things,
/// with the same words.
///
/// Unknown is a value: an empty cell, JSON `null`, or one of the words `unknown`, `sconosciuto`,
/// `n.d.`, `n/d`, `?` give `.unknown`, never a guess. Whether a required field may be unknown is the
/// caller's decision.
enum FieldDecoder {
  /// Words people write for "not known" (compared in lowercase, after trimming).
  static let unknownWords: Set<String> = ["unknown", "sconosciuto", "n.d.", "n/d", "?"]

  static func decode<Record>(
    _ raw: RawFieldValue, for field: Field<Record>
  ) -> Result<FieldValue, FieldProblem> {
    switch raw {
    case .cell(let text): return decode(cell: text, kind: field.kind, canonicalCode: field.canonicalCode)
    case .json(let node): return decode(json: node, kind: field.kind, canonicalCode: field.canonicalCode)
    }
  }

  // MARK: - CSV cells (and JSON strings)

  /// `numbers`: how the cell's file writes numbers (`NumberConvention`), which settles a `2.000`.
  static func decode(
    cell text: String, kind: FieldKind, canonicalCode: (@Sendable (String) -> String?)?,
    numbers: NumberConvention = .unknown
  ) -> Result<FieldValue, FieldProblem> {
    let value = trimmed(text)
    if isUnknown(value) { return .success(.unknown) }
    switch kind {
    case .identifier, .reference:
      return identifier(value, kind: kind)
    case .text(let maxLength):
      if let problem = InventoryValidator.textProblem(text, maxLength: maxLength) {
        return .failure(FieldProblem(message: problem, value: text, expected: kind.expectation))
      }
      return .success(.text(text))
    case .integer(let range):
      guard case .number(let plain) = OfficeNumber.canonical(value, convention: numbers, thousandsOnly: true)
      else { return integer(value, range: range, kind: kind) }
      return integer(plain, range: range, kind: kind).mapError {
        FieldProblem(message: $0.message, value: value, expected: $0.expected)
      }
    case .decimal(let range):
      var plain = value
      switch OfficeNumber.canonical(value, convention: numbers, thousandsOnly: false) {
      case .number(let number): plain = number
      case .ambiguous(let mixed): return .failure(OfficeNumber.ambiguity(value, mixed: mixed, kind: kind))
      case .notNumber: break
      }
      guard let number = decimal(plain) else {
        let separators = value.utf8.count(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") })
        let message = separators > 1 ? Self.groupingMessage("not a number") : "not a number"
        return .failure(FieldProblem(message: message, value: value, expected: kind.expectation))
      }
      return checked(number, range: range, value: value, kind: kind)
    case .money(let range):
      var plain = value
      if case .number(let number) = OfficeNumber.canonical(value, convention: numbers, thousandsOnly: true) {
        plain = number
      }
      guard let money = Money(parsing: plain) else {
        return .failure(FieldProblem(message: moneyMessage(value), value: value, expected: kind.expectation))
      }
      return checked(money, range: range, value: value, kind: kind)
    case .day:
      return day(value, kind: kind)
    case .flag:
      switch value.lowercased() {
      case "si", "sì", "sí", "yes", "true", "1", "x": return .success(.flag(true))
      case "no", "false", "0": return .success(.flag(false))
      default:
        return .failure(FieldProblem(message: "not yes or no", value: value, expected: kind.expectation))
      }
    case .choice(let codes):
      let code = canonicalCode.map { $0(value) } ?? (codes.contains(value) ? value : nil)
      guard let code else {
        return .failure(
          FieldProblem(message: "not an accepted code", value: value, expected: kind.expectation))
      }
      return .success(.text(code))
    case .references:
      var ids: [String] = []
      for part in value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0.isWhitespace }) {
        let id = String(part)
        guard InventoryValidator.isIdentifier(id) else {
          return .failure(
            FieldProblem(
              message: "\(Diagnostic.quoted(id)) is not a valid id", value: value,
              expected: kind.expectation + ", each id of 1 to 64 characters from A-Z a-z 0-9 . _ -"))
        }
        ids.append(id)
      }
      return .success(ids.isEmpty ? .unknown : .list(ids))
    }
  }

  // MARK: - JSON values

  static func decode(
    json node: JSONNode, kind: FieldKind, canonicalCode: (@Sendable (String) -> String?)?
  ) -> Result<FieldValue, FieldProblem> {
    switch node.value {
    case .null:
      return .success(.unknown)
    case .string(let text):
      if isUnknown(trimmed(text)) { return .success(.unknown) }
      switch kind {
      case .identifier, .reference, .text, .day, .choice:
        return decode(cell: text, kind: kind, canonicalCode: canonicalCode)
      case .integer, .decimal, .money, .flag:
        // Say exactly what to change: a number in quotes is still not a number in JSON.
        switch decode(cell: text, kind: kind, canonicalCode: canonicalCode) {
        case .success:
          let message =
            kind == .flag
            ? "yes or no written as a string: write true or false, without quotes"
            : "a number written as a string: remove the quotes"
          return .failure(FieldProblem(message: message, value: text, expected: kind.expectation))
        case .failure(let problem):
          return .failure(problem)
        }
      case .references:
        return .failure(
          FieldProblem(
            message: "a string where a list is needed", value: text,
            expected: "a JSON array of ids, like [\"a\", \"b\"]"))
      }
    case .number(let literal):
      switch kind {
      case .integer(let range):
        return integer(literal, range: range, kind: kind)
      case .decimal(let range):
        guard let number = Double(literal), number.isFinite else {
          return .failure(FieldProblem(message: "out of range", value: literal, expected: kind.expectation))
        }
        return checked(number, range: range, value: literal, kind: kind)
      case .money(let range):
        guard let money = Money(parsing: literal) else {
          return .failure(
            FieldProblem(message: moneyMessage(literal), value: literal, expected: kind.expectation))
        }
        return checked(money, range: range, value: literal, kind: kind)
      default:
        return wrongType(node, kind: kind)
      }
    case .bool(let flag):
      return kind == .flag ? .success(.flag(flag)) : wrongType(node, kind: kind)
    case .array(let items):
      guard case .references = kind else { return wrongType(node, kind: kind) }
      var ids: [String] = []
      for item in items {
        guard case .string(let id) = item.value, InventoryValidator.isIdentifier(id) else {
          return .failure(
            FieldProblem(
              message: "item \(ids.count) of the list is not a valid id", value: item.displayText,
              expected: "a JSON array of ids, each a string of 1 to 64 characters from A-Z a-z 0-9 . _ -"))
        }
        ids.append(id)
      }
      return .success(ids.isEmpty ? .unknown : .list(ids))
    case .object:
      return wrongType(node, kind: kind)
    }
  }

  private static func wrongType(_ node: JSONNode, kind: FieldKind) -> Result<FieldValue, FieldProblem> {
    let needed: String
    switch kind {
    case .identifier, .reference, .text, .day, .choice: needed = "a string in double quotes"
    case .integer, .decimal, .money: needed = "a number"
    case .flag: needed = "true or false"
    case .references: needed = "an array of ids"
    }
    return .failure(
      FieldProblem(
        message: "\(node.kindDescription) where \(needed) is needed", value: node.displayText,
        expected: kind.expectation))
  }

  // MARK: - Kinds

  static func isUnknown(_ trimmedText: String) -> Bool {
    let utf8 = trimmedText.utf8
    guard let first = utf8.first else { return true }
    // Nearly every value is not one of the words: look at the first letter before lowercasing.
    switch first {
    case UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "n"),
      UInt8(ascii: "N"), UInt8(ascii: "?"):
      return utf8.count <= 11 && unknownWords.contains(trimmedText.lowercased())
    default:
      return false
    }
  }

  /// Removes surrounding white space; cheap when there is none, which is nearly always.
  static func trimmed(_ text: String) -> String {
    guard let first = text.utf8.first, let last = text.utf8.last else { return text }
    func mayBeSpace(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
        || byte == UInt8(ascii: "\r") || byte >= 0x80
    }
    guard mayBeSpace(first) || mayBeSpace(last) else { return text }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func identifier(_ value: String, kind: FieldKind) -> Result<FieldValue, FieldProblem> {
    guard InventoryValidator.isIdentifier(value) else {
      let message = value.utf8.count > 64 ? "id longer than 64 characters" : "not a valid id"
      return .failure(
        FieldProblem(message: message, value: value, expected: FieldKind.identifier.expectation))
    }
    return .success(.text(value))
  }

  private enum IntegerScan {
    case value(Int)
    case overflow(negative: Bool)
    case notWhole(thousands: Bool)
    case notNumber
  }

  private static func scanInteger(_ text: String) -> IntegerScan {
    var negative = false
    var magnitude = 0
    var digits = 0
    var overflow = false
    var separators = 0
    var groupDigits = 0
    var groupsOfThree = true
    var digitsAfterSeparator = false
    for (position, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where position == 0:
        negative = true
      case UInt8(ascii: "+") where position == 0:
        break
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits += 1
        groupDigits += 1
        if separators > 0 { digitsAfterSeparator = true }
        if separators == 0 && !overflow {
          let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
          let (plus, o2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
          if o1 || o2 { overflow = true } else { magnitude = plus }
        }
      case UInt8(ascii: "."), UInt8(ascii: ","):
        guard digits > 0 else { return .notNumber }
        if separators > 0 && groupDigits != 3 { groupsOfThree = false }
        if separators == 0 && groupDigits > 3 { groupsOfThree = false }
        separators += 1
        groupDigits = 0
      default:
        return .notNumber
      }
    }
    guard digits > 0 else { return .notNumber }
    if separators > 0 {
      guard digitsAfterSeparator else { return .notNumber }
      return .notWhole(thousands: groupsOfThree && groupDigits == 3)
    }
    if overflow { return .overflow(negative: negative) }
    return .value(negative ? -magnitude : magnitude)
  }

  private static func integer(
    _ value: String, range: ClosedRange<Int>, kind: FieldKind
  ) -> Result<FieldValue, FieldProblem> {
    switch scanInteger(value) {
    case .value(let number):
      if range.contains(number) { return .success(.integer(number)) }
      return .failure(
        FieldProblem(message: rangeMessage(number, range), value: value, expected: kind.expectation))
    case .overflow(let negative):
      let message = negative ? "negative number" : "out of range: more than \(range.upperBound)"
      return .failure(FieldProblem(message: message, value: value, expected: kind.expectation))
    case .notWhole(let thousands):
      let message =
        thousands
        ? groupingMessage("not a whole number")
        : "not a whole number"
      return .failure(FieldProblem(message: message, value: value, expected: kind.expectation))
    case .notNumber:
      return .failure(FieldProblem(message: "not a whole number", value: value, expected: kind.expectation))
    }
  }

  private static func rangeMessage<T: Comparable & Numeric>(_ number: T, _ range: ClosedRange<T>) -> String {
    if number < range.lowerBound {
      return number < 0 ? "negative number" : "out of range: less than \(range.lowerBound)"
    }
    return "out of range: more than \(range.upperBound)"
  }

  /// `12`, `-3.5`, `3,5`: one optional sign, digits, at most one decimal separator (`.` or `,`).
  static func decimal(_ value: String) -> Double? {
    var normalised: [UInt8] = []
    normalised.reserveCapacity(value.utf8.count)
    var digitsBefore = 0
    var digitsAfter = 0
    var separator = false
    for (position, byte) in value.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where position == 0, UInt8(ascii: "+") where position == 0:
        normalised.append(byte)
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if separator { digitsAfter += 1 } else { digitsBefore += 1 }
        normalised.append(byte)
      case UInt8(ascii: "."), UInt8(ascii: ","):
        guard !separator else { return nil }
        separator = true
        normalised.append(UInt8(ascii: "."))
      default:
        return nil
      }
    }
    guard digitsBefore + digitsAfter > 0, !separator || digitsAfter > 0 else { return nil }
    guard let number = Double(String(decoding: normalised, as: UTF8.self)), number.isFinite else {
      return nil
    }
    return number
  }

  private static func checked(
    _ number: Double, range: ClosedRange<Double>, value: String, kind: FieldKind
  ) -> Result<FieldValue, FieldProblem> {
    if range.contains(number) { return .success(.decimal(number)) }
    let message =
      number < range.lowerBound
      ? (number < 0 ? "negative number" : "out of range: less than \(FieldKind.plain(range.lowerBound))")
      : "out of range: more than \(FieldKind.plain(range.upperBound))"
    return .failure(FieldProblem(message: message, value: value, expected: kind.expectation))
  }

  private static func checked(
    _ money: Money, range: ClosedRange<Int64>, value: String, kind: FieldKind
  ) -> Result<FieldValue, FieldProblem> {
    let low = range.lowerBound.multipliedReportingOverflow(by: 100)
    let high = range.upperBound.multipliedReportingOverflow(by: 100)
    let lowCents = low.overflow ? Int64.min : low.partialValue
    let highCents = high.overflow ? Int64.max : high.partialValue
    if money.cents >= lowCents && money.cents <= highCents { return .success(.money(money)) }
    let message =
      money.cents < lowCents
      ? (money.cents < 0 ? "negative amount" : "out of range: less than \(range.lowerBound) euro")
      : "out of range: more than \(range.upperBound) euro"
    return .failure(FieldProblem(message: message, value: value, expected: kind.expectation))
  }

  private static func moneyMessage(_ value: String) -> String {
    let separators = value.utf8.count(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") })
    if separators > 1 { return groupingMessage("not an amount in euro") }
    if value.contains("€") || value.uppercased().contains("EUR") {
      return "not an amount in euro (write the number only, without the currency)"
    }
    if value.contains("e") || value.contains("E") { return "not an amount in euro (no exponents)" }
    if let dot = value.lastIndex(where: { $0 == "." || $0 == "," }),
      value[value.index(after: dot)...].count > 2, value[value.index(after: dot)...].allSatisfy(\.isNumber)
    {
      return "not an amount in euro (more than 2 decimals)"
    }
    return "not an amount in euro"
  }

  /// `what` for a number whose separators are in no form Nuvola reads (`1,234.5`, `1.23.4`).
  static func groupingMessage(_ what: String) -> String {
    what + " (thousands are grouped by points in threes and decimals follow a comma: 1.234,5; or no "
      + "thousands separator: 1234.5)"
  }

  private static func day(_ value: String, kind: FieldKind) -> Result<FieldValue, FieldProblem> {
    if let day = Day(parsing: value) { return .success(.day(day)) }
    // Tell an impossible day (30 February) from a text that is not a date at all.
    let shape = value.utf8.map {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) ? UInt8(ascii: "9") : $0
    }
    let looksLikeDate = shape.elementsEqual("9999-99-99".utf8) || shape.elementsEqual("99/99/9999".utf8)
    let message = looksLikeDate ? "no such day" : "not a date"
    return .failure(FieldProblem(message: message, value: value, expected: kind.expectation))
  }
}
