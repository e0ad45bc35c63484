import NuvolaModel

/// How the numbers of one file are written, as far as its cells show it. Offices write Italian
/// numbers: a point groups thousands and a comma marks decimals (`2.000`, `1.234,5`, `300.000,50`);
/// exports of other programs write a decimal point (`2.5`). Only a point followed by exactly three
/// digits (`2.000`) is read both ways; in a decimal field the rest of the file decides, and when it
/// does not, the value is an error rather than a guess.
public enum NumberConvention: Sendable, Equatable {
  /// Nothing in the file shows how it writes numbers.
  case unknown
  /// The file groups thousands with points or marks decimals with a comma.
  case italian
  /// The file marks decimals with a point.
  case decimalPoint
  /// The file shows both: a `2.000` cannot be read.
  case mixed

  /// What a number's text is, for `observe` and `OfficeNumber.canonical`.
  enum Shape {
    case plain
    /// One point and three digits after it, whose meaning depends on the file (`2.000`).
    case ambiguous
    /// Points group thousands, with or without a decimal comma.
    case italian
    /// A decimal point (`2.5`, `0.125`).
    case decimalPoint
    /// Not a number this reader takes.
    case other
  }

  /// Adds what the cell `text` of a numeric field of `kind` shows.
  mutating func observe(_ text: String, kind: FieldKind) {
    let shown: NumberConvention
    switch OfficeNumber.shape(FieldDecoder.trimmed(text)) {
    case .italian: shown = .italian
    case .decimalPoint: shown = .decimalPoint
    // Cents have at most two digits, so an amount's `1.500` can only be thousands.
    case .ambiguous:
      guard case .money = kind else { return }
      shown = .italian
    case .plain, .other: return
    }
    if self == .unknown { self = shown } else if self != shown { self = .mixed }
  }
}
