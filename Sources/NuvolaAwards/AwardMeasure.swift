import NuvolaRules
import NuvolaSupport

/// The PNRR measure an award belongs to, named by the measure codes of the rules files
/// (`pnrr-*.json`, field `measure`). Measures 1.4.3 and 1.4.4 each publish two calls in one file;
/// the call title (`avviso`) tells them apart.
public enum AwardMeasure: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  case cloud = "1.2"
  case pdnd = "1.3.1"
  case citizenExperience = "1.4.1"
  case pagoPA = "1.4.3-pagopa"
  case appIO = "1.4.3-appio"
  case spidCIE = "1.4.4-spid-cie"
  case anprANSC = "1.4.4-anpr-ansc"
  case notifications = "1.4.5"

  /// The measure code of the rules (`pnrr-1.4.3-pagopa.json` has `"measure": "1.4.3-pagopa"`).
  public var code: String { rawValue }

  /// The measure number as the calls write it (`1.4.3` for pagoPA and app IO alike).
  public var number: String {
    switch self {
    case .pagoPA, .appIO: return "1.4.3"
    case .spidCIE, .anprANSC: return "1.4.4"
    default: return rawValue
    }
  }

  /// The key of the measure's column in `funding --register` (`RegisterFunding.standardColumns`,
  /// plus `1.4.3_appio`, which the register table gains for the awards).
  public var registerColumn: String {
    switch self {
    case .cloud: return "1.2"
    case .pdnd: return "1.3.1"
    case .citizenExperience: return "1.4.1_website"
    case .pagoPA: return "1.4.3_pagopa"
    case .appIO: return "1.4.3_appio"
    case .spidCIE: return "1.4.4_spid_cie"
    case .anprANSC: return "1.4.4_anpr"
    case .notifications: return "1.4.5"
    }
  }

  public var title: BilingualText {
    switch self {
    case .cloud: return BilingualText(it: "Abilitazione al cloud", en: "Cloud enablement")
    case .pdnd: return BilingualText(it: "Piattaforma Digitale Nazionale Dati", en: "National Data Platform")
    case .citizenExperience:
      return BilingualText(it: "Esperienza del cittadino", en: "Citizen experience")
    case .pagoPA: return BilingualText(it: "pagoPA", en: "pagoPA")
    case .appIO: return BilingualText(it: "app IO", en: "IO app")
    case .spidCIE: return BilingualText(it: "SPID e CIE", en: "SPID and CIE")
    case .anprANSC: return BilingualText(it: "ANPR e ANSC", en: "ANPR and ANSC")
    case .notifications:
      return BilingualText(it: "Piattaforma Notifiche Digitali", en: "Digital Notifications Platform")
    }
  }

  /// The measure of a call from its title as published (`1.4.3 - app IO - Comuni - Aprile 2022`);
  /// `misura` (`1.4.4 Adozione identità digitale`) is used when the title names no measure. Nil
  /// when neither names one of these measures.
  public static func classify(avviso: String, misura: String) -> AwardMeasure? {
    for text in [avviso, misura] {
      let key = Register.foldName(text)
      func has(_ word: String) -> Bool { key.contains(word) }
      let trimmed = text.drop { $0 == " " }
      func starts(_ number: String) -> Bool {
        trimmed.hasPrefix(number)
          && (trimmed.count == number.count
            || !trimmed.dropFirst(number.count).first!.isNumber
              && trimmed.dropFirst(number.count).first != ".")
      }
      if starts("1.2") { return .cloud }
      if starts("1.3.1") { return .pdnd }
      if starts("1.4.1") { return .citizenExperience }
      if starts("1.4.3") {
        if has("pagopa") { return .pagoPA }
        if has("appio") { return .appIO }
      }
      if starts("1.4.4") {
        if has("anpr") || has("ansc") { return .anprANSC }
        if has("spid") || has("cie") { return .spidCIE }
      }
      if starts("1.4.5") { return .notifications }
    }
    return nil
  }

  public static func < (lhs: AwardMeasure, rhs: AwardMeasure) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
