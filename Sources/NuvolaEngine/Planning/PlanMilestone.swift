import NuvolaRules
import NuvolaSupport

/// A site closing: the last application has left it (a Gruppo B CED must close; a class-A site may),
/// with what stops costing money every year and the hardware refreshes no longer needed.
public struct PlanMilestone: Sendable, Equatable {
  /// Only CED closures today; the kind keeps the output open to other milestones.
  public enum Kind: String, Sendable, CaseIterable {
    case cedClosure = "ced_closure"
  }

  public var kind: Kind
  public var site: String
  public var siteName: String
  public var cedClass: CEDClass?
  /// True for Gruppo B: closing is an obligation (CAP6.PA.01), not a choice.
  public var mandatory: Bool
  /// 1-based wave after which the site closes.
  public var wave: Int
  /// Last month of that wave; the savings start the month after.
  public var month: YearMonth
  public var energySavedPerYear: Money
  public var maintenanceSavedPerYear: Money
  public var staffSavedPerYear: Money
  /// Refreshes the status quo would buy within the horizon and the plan does not.
  public var hardwareRefreshAvoided: Money
  public var equipmentSwitchedOff: [String]
  public var text: BilingualText
  public var risks: [BilingualText]

  public var yearlySavings: Money { energySavedPerYear + maintenanceSavedPerYear + staffSavedPerYear }

  public var json: JSON {
    .object([
      ("kind", .string(kind.rawValue)), ("site", .string(site)), ("site_name", .string(siteName)),
      ("ced_class", cedClass.map { .string($0.rawValue) } ?? .null), ("mandatory", .bool(mandatory)),
      ("wave", .int(wave)), ("month", .string(month.description)),
      ("energy_saved_per_year", EngineJSON.money(energySavedPerYear)),
      ("maintenance_saved_per_year", EngineJSON.money(maintenanceSavedPerYear)),
      ("staff_saved_per_year", EngineJSON.money(staffSavedPerYear)),
      ("yearly_savings", EngineJSON.money(yearlySavings)),
      ("hardware_refresh_avoided", EngineJSON.money(hardwareRefreshAvoided)),
      ("equipment_switched_off", EngineJSON.strings(equipmentSwitchedOff)),
      ("text", text.json), ("risks", .array(risks.map(\.json))),
    ])
  }
}
