import NuvolaEngine
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Turns engine and inventory values into report cells in one language: the text a reader sees,
/// the typed value for machines, and the word for unknown where a fact is missing (never zero,
/// never blank).
struct ReportValues: Sendable {
  let language: Language
  let strings: ReportStrings
  let format: ReportFormatter

  init(_ language: Language) {
    self.language = language
    strings = ReportStrings.catalogue(language)
    format = ReportFormatter(language)
  }

  func text(_ bilingual: BilingualText) -> String { bilingual.text(language) }

  var unknown: ReportCell { ReportCell(strings.unknown, .unknown, mark: .unknown) }

  func text(_ value: String?) -> ReportCell {
    guard let value, !value.isEmpty else { return unknown }
    return .text(value)
  }

  func integer(_ value: Int?) -> ReportCell {
    value.map { ReportCell(format.integer($0), .integer($0)) } ?? unknown
  }

  /// A number with its unit (`1,6 kW`).
  func decimal(_ value: Double?, unit: String? = nil, digits: Int = 1) -> ReportCell {
    guard let value else { return unknown }
    let text = format.decimal(value, digits: digits) + (unit.map { " " + $0 } ?? "")
    return ReportCell(text, .decimal(value))
  }

  func money(_ value: Money?) -> ReportCell {
    value.map { ReportCell(format.money($0), .money($0)) } ?? unknown
  }

  func day(_ value: Day?) -> ReportCell {
    value.map { ReportCell(format.day($0), .day($0)) } ?? unknown
  }

  /// Yes, no or unknown.
  func flag(_ value: Bool?) -> ReportCell {
    switch value {
    case true?: return ReportCell(strings.yes, .flag(true))
    case false?: return ReportCell(strings.no, .flag(false))
    case nil: return unknown
    }
  }

  /// A code of a closed vocabulary, shown with its label from the catalogue.
  func code<V: Vocabulary>(_ value: V?, _ labels: [String: String]) -> ReportCell {
    guard let value else { return unknown }
    return .code(value.rawValue, label: labels[value.rawValue] ?? value.rawValue)
  }

  func domain(_ value: ServiceDomain?) -> ReportCell {
    guard let value else { return unknown }
    return .code(value.rawValue, label: language == .it ? value.italianLabel : value.englishLabel)
  }

  /// A list of short texts, joined for reading, kept apart for machines.
  func list(_ items: [String], separator: String = "; ") -> ReportCell {
    items.isEmpty
      ? ReportCell(strings.none, .list([])) : ReportCell(items.joined(separator: separator), .list(items))
  }

  /// A severity with its mark.
  func severity(_ severity: FindingSeverity) -> ReportCell {
    .code(severity.rawValue, label: text(severity.label), mark: ReportMark(severity))
  }

  /// A CED class with its mark: class A is good, Gruppo B is bad.
  func cedClass(_ cedClass: CEDClass) -> ReportCell {
    .code(cedClass.rawValue, label: text(cedClass.label), mark: cedClass == .a ? .good : .bad)
  }

  func criterionStatus(_ status: CEDCriterionResult.Status) -> ReportCell {
    let mark: ReportMark
    switch status {
    case .met: mark = .good
    case .notMet: mark = .bad
    case .unknown: mark = .unknown
    }
    return .code(status.rawValue, label: text(status.label), mark: mark)
  }

  /// Where a measure's calls stand on the as-of day: `chiuso il 12/09/2025`, marked good only when a
  /// call is open.
  func callStatus(_ status: CallStatus?) -> ReportCell {
    guard let status else { return unknown }
    let mark: ReportMark = status.acceptsApplications ? .good : (status.state == .none ? .unknown : .bad)
    return .code(status.state.rawValue, label: text(status.short), mark: mark)
  }

  func eligibility(_ eligibility: FundingMeasure.Eligibility) -> ReportCell {
    let mark: ReportMark
    switch eligibility {
    case .eligible: mark = .good
    case .notEligible: mark = .bad
    case .unknown: mark = .unknown
    }
    return .code(eligibility.rawValue, label: text(eligibility.label), mark: mark)
  }

  /// An amount of the funding engine with how sure it is: `EUR 252.118` marked "stima" when it is an
  /// estimate, the word for unknown when it is not known.
  /// An amount per service says so (`EUR 1.821 per servizio`).
  func fundingAmount(_ component: FundingComponent) -> ReportCell {
    guard let amount = component.amount else { return unknown }
    var text = format.money(amount)
    if component.component.kind == .perService { text += " " + strings.perServiceSuffix }
    switch component.status {
    case .estimate:
      return ReportCell(text + " (" + strings.estimateWord + ")", .money(amount), mark: .estimate)
    case .confirmed, .unknown:
      return ReportCell(text, .money(amount))
    }
  }

  func fundingStatus(_ status: FundingComponent.Status) -> ReportCell {
    let mark: ReportMark
    switch status {
    case .confirmed: mark = .good
    case .estimate: mark = .estimate
    case .unknown: mark = .unknown
    }
    return .code(status.rawValue, label: text(status.label), mark: mark)
  }

  /// Confirmed by its source, or not: unconfirmed rules are marked, never silently trusted.
  func confirmed(_ confirmed: Bool) -> ReportCell {
    confirmed
      ? ReportCell(strings.confirmedYes, .flag(true), mark: .good)
      : ReportCell(strings.confirmedNo, .flag(false), mark: .estimate)
  }

  func citations(_ sources: [RuleSource]) -> ReportCell {
    list(sources.map(\.citation))
  }

  /// A count with its noun in the right number: `1 ondata`, `4 ondate`.
  func counted(_ count: Int, _ noun: String) -> String {
    guard let forms = strings.nouns[noun] else { return format.integer(count) }
    return format.integer(count) + " " + (count == 1 ? forms.one : forms.many)
  }

  /// Fills `{name}` placeholders of a catalogue template.
  func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
    ReportStrings.fill(template, values)
  }
}
