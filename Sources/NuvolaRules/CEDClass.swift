import NuvolaSupport

/// The AgID class of a data centre after the Piano Triennale 2020-22: class A (the former
/// "candidabile PSN" and "Gruppo A") or Gruppo B.
public enum CEDClass: String, Sendable, CaseIterable {
  case a = "A"
  case gruppoB = "B"

  public var label: BilingualText {
    switch self {
    case .a: return BilingualText(it: "Classe A", en: "Class A")
    case .gruppoB: return BilingualText(it: "Gruppo B", en: "Gruppo B")
    }
  }
}
