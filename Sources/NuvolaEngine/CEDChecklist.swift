import Foundation
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Reads site fields by their schema name and applies the tests of the AgID checklist.
enum CEDChecklist {
  static let siteFields: [String: Field<Site>] = Dictionary(
    Site.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

  static func value(of field: String, in site: Site) -> FieldValue {
    siteFields[field]?.get(site) ?? .unknown
  }

  static func evaluate(_ test: CEDCriteria.Check.Test, _ value: FieldValue) -> CEDCriterionResult.Status {
    switch (test, value) {
    case (_, .unknown): return .unknown
    case (.present, .text(let text)):
      return text.trimmingCharacters(in: .whitespaces).isEmpty ? .unknown : .met
    case (.present, _): return .met
    case (.yes, .flag(let flag)): return flag ? .met : .notMet
    case (.atLeast(let threshold), _):
      guard let number = number(value) else { return .unknown }
      return number >= threshold ? .met : .notMet
    case (.atMost(let threshold), _):
      guard let number = number(value) else { return .unknown }
      return number <= threshold ? .met : .notMet
    default: return .unknown
    }
  }

  static func number(_ value: FieldValue) -> Double? {
    switch value {
    case .decimal(let number): return number
    case .integer(let number): return Double(number)
    default: return nil
    }
  }

  /// The value as evidence shows it; nil for unknown.
  static func display(_ value: FieldValue) -> String? {
    switch value {
    case .unknown: return nil
    case .text(let text): return text
    case .integer(let number): return String(number)
    case .decimal(let number): return JSON.format(number)
    case .money(let money): return money.description
    case .day(let day): return day.description
    case .flag(let flag): return flag ? "yes" : "no"
    case .list(let items): return items.joined(separator: ",")
    }
  }

  static func reason(_ criterion: CEDCriteria.Criterion, status: CEDCriterionResult.Status, census: Bool)
    -> CEDClassReason
  {
    let title = criterion.title
    if census && status == .notMet {
      return CEDClassReason(
        kind: .censusNotAnswered, criterionId: criterion.id,
        text: BilingualText(key: "ced.agid_census_not_answered_or"))
    }
    if status == .unknown {
      return CEDClassReason(
        kind: .unknown, criterionId: criterion.id,
        text: BilingualText(key: "ced.unknown_an_unknown_fact_does", ["title": title]))
    }
    return CEDClassReason(
      kind: .notMet, criterionId: criterion.id,
      text: BilingualText(key: "ced.not_met", ["title": title]))
  }
}
