import NuvolaSupport

/// One indicator a region uses to certify what a pilot achieved (cloud share, servers, Gruppo B sites,
/// spend, findings...), before and after, with whether it improved. Values are whole numbers in the
/// unit's own scale (cents, tenths of a percent, watts), so comparisons are exact.
public struct ProgressIndicator: Sendable, Equatable {
  /// The unit of the values and how they are written.
  public enum Unit: String, Sendable, CaseIterable {
    case count
    /// Tenths of a percent.
    case percent
    /// Cents of a euro.
    case euro
    /// Watts, written as kW.
    case kilowatt
    /// Tenths of a point of 100.
    case points

    public func text(_ value: Int64, _ language: Language) -> String {
      switch self {
      case .count: return ConsolidationText.grouped(Int(value), language)
      case .percent: return ConsolidationText.decimal(Int(value), scale: 10, language) + "%"
      case .euro: return ConsolidationText.money(Money(cents: value), language)
      case .kilowatt: return ConsolidationText.decimal(Int(value), scale: 1000, language) + " kW"
      case .points: return ConsolidationText.decimal(Int(value), scale: 10, language)
      }
    }
  }

  /// Which direction is progress.
  public enum Better: String, Sendable {
    case higher
    case lower
  }

  /// The verdict; raw values appear in CSV and JSON.
  public enum Verdict: String, Sendable, CaseIterable {
    case improved
    case worsened
    case unchanged
    case unknown

    public var label: BilingualText {
      switch self {
      case .improved: return BilingualText(key: "progress.improved")
      case .worsened: return BilingualText(key: "progress.worsened")
      case .unchanged: return BilingualText(key: "progress.unchanged")
      case .unknown: return BilingualText(key: "progress.unknown")
      }
    }
  }

  public var key: String
  public var label: BilingualText
  public var unit: Unit
  public var better: Better
  public var before: Int64?
  public var after: Int64?

  public var change: Int64? {
    guard let before, let after else { return nil }
    return after - before
  }

  public var verdict: Verdict {
    guard let change else { return .unknown }
    if change == 0 { return .unchanged }
    return (change > 0) == (better == .higher) ? .improved : .worsened
  }

  /// A value in the indicator's unit, or `non noto` / `unknown`.
  public func text(_ value: Int64?, _ language: Language) -> String {
    guard let value else { return BilingualText(key: "progress.unknown").text(language) }
    return unit.text(value, language)
  }

  /// The change with its sign (`+3`, `-EUR 1.200`).
  public func changeText(_ language: Language) -> String {
    guard let change else { return BilingualText(key: "progress.unknown").text(language) }
    return (change > 0 ? "+" : "") + unit.text(change, language)
  }

  public var json: JSON {
    .object([
      ("key", .string(key)), ("label", label.json), ("unit", .string(unit.rawValue)),
      ("better", .string(better.rawValue)),
      ("before", before.map { ProgressIndicator.number($0, unit) } ?? .null),
      ("after", after.map { ProgressIndicator.number($0, unit) } ?? .null),
      ("change", change.map { ProgressIndicator.number($0, unit) } ?? .null),
      ("verdict", .string(verdict.rawValue)),
    ])
  }

  /// JSON numbers in natural units: euro, percent, kW, points.
  static func number(_ value: Int64, _ unit: Unit) -> JSON {
    switch unit {
    case .count: return .int(value)
    case .percent, .points: return .double(Double(value) / 10)
    case .euro: return EngineJSON.money(Money(cents: value))
    case .kilowatt: return .double(Double(value) / 1000)
    }
  }
}
