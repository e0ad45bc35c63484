import NuvolaSupport

/// The state of a funded candidatura as PA digitale 2026 publishes it (`stato_candidatura`).
public enum AwardState: String, Sendable, Hashable, CaseIterable, Codable {
  /// `A`: the comune holds the award; the project must still be completed and asseverated.
  case assigned = "A"
  /// `E`: the money was paid ("erogato") after the asseverazione.
  case paid = "E"
  /// `R`: the comune renounced the award (a decree took note).
  case renounced = "R"

  public var label: BilingualText {
    switch self {
    case .assigned: return BilingualText(it: "assegnato", en: "assigned")
    case .paid: return BilingualText(it: "erogato", en: "paid")
    case .renounced: return BilingualText(it: "rinunciato", en: "renounced")
    }
  }
}
