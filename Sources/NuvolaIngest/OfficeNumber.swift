import NuvolaModel

/// A number as an office writes it, turned into the plain form the field decoders read (`1234.5`).
enum OfficeNumber {
  /// The digit runs and the separators between them; nil when the text has anything else.
  static func parts(_ text: String) -> (sign: String, groups: [Substring], separators: [Character])? {
    var body = Substring(text)
    var sign = ""
    if let first = body.first, first == "-" || first == "+" {
      sign = first == "-" ? "-" : ""
      body = body.dropFirst()
    }
    var groups: [Substring] = []
    var separators: [Character] = []
    var start = body.startIndex
    for index in body.indices {
      let character = body[index]
      if character == "." || character == "," {
        groups.append(body[start..<index])
        separators.append(character)
        start = body.index(after: index)
      } else if !character.isASCII || !character.isNumber {
        return nil
      }
    }
    groups.append(body[start...])
    guard groups.allSatisfy({ !$0.isEmpty }) else { return nil }
    return (sign, groups, separators)
  }

  static func shape(_ text: String) -> NumberConvention.Shape {
    guard let (_, groups, separators) = parts(text) else { return .other }
    if separators.isEmpty { return .plain }
    let commas = separators.filter { $0 == "," }.count
    let points = separators.count - commas
    if commas == 0 && points == 1 {
      return groups[1].count == 3 && groups[0].count <= 3 && groups[0] != "0" ? .ambiguous : .decimalPoint
    }
    // Points group thousands when every group after the first has three digits, the first one to three.
    let integerGroups = commas == 1 && separators.last == "," ? groups.dropLast() : groups[...]
    let pointsOnly = commas == 0 || (commas == 1 && separators.last == ",")
    if pointsOnly, let first = integerGroups.first, first.count <= 3,
      integerGroups.dropFirst().allSatisfy({ $0.count == 3 })
    {
      return .italian
    }
    return .other
  }

  /// `text` with thousands points dropped and a decimal comma as a point; nil when it is not a
  /// number in either form, or when it is ambiguous and the file's `convention` does not settle it.
  /// `thousandsOnly`: a point before three digits can only group thousands (whole numbers, amounts).
  static func canonical(_ text: String, convention: NumberConvention, thousandsOnly: Bool) -> Canonical {
    guard let (sign, groups, separators) = parts(text) else { return .notNumber }
    switch shape(text) {
    case .plain: return .number(text)
    case .decimalPoint: return .number(sign + groups.joined(separator: "."))
    case .italian:
      if separators.last == "," {
        return .number(sign + groups.dropLast().joined() + "." + groups[groups.count - 1])
      }
      return .number(sign + groups.joined())
    case .ambiguous:
      if thousandsOnly || convention == .italian { return .number(sign + groups.joined()) }
      if convention == .decimalPoint { return .number(sign + groups.joined(separator: ".")) }
      return .ambiguous(mixed: convention == .mixed)
    case .other: return .notNumber
    }
  }

  enum Canonical: Equatable {
    case number(String)
    case ambiguous(mixed: Bool)
    case notNumber
  }

  /// The problem of an ambiguous `2.000` in a decimal field: both readings, and how to write it.
  static func ambiguity(_ value: String, mixed: Bool, kind: FieldKind) -> FieldProblem {
    guard let (sign, groups, _) = parts(value), groups.count == 2 else {
      return FieldProblem(message: "not a number", value: value, expected: kind.expectation)
    }
    let thousands = sign + groups.joined()
    let fraction = groups[1].reversed().drop(while: { $0 == "0" }).reversed()
    let decimal = sign + groups[0] + (fraction.isEmpty ? "" : "." + String(fraction))
    let why =
      mixed
      ? "the file writes numbers both ways (1.234,5 and 2.5)"
      : "no other number of the file shows whether a point groups thousands"
    return FieldProblem(
      message: "ambiguous number: \(thousands) or \(decimal)? Nothing settles it: \(why)", value: value,
      expected: kind.expectation + ", written \(thousands) (no thousands point) or "
        + sign + groups[0] + "," + (fraction.isEmpty ? "0" : String(fraction)) + " (decimal comma)")
  }
}
