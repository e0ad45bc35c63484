import NuvolaRules
import NuvolaSupport

/// Where an application ends up: an ACN-qualified SaaS, IaaS or PaaS, the Polo Strategico
/// Nazionale, staying where it is, switched off, already in the cloud, or not yet decidable (its
/// ACN class is unknown).
public enum PlanDestination: String, Sendable, CaseIterable {
  case qualifiedSaaS = "qualified_saas"
  case qualifiedIaaS = "qualified_iaas"
  case qualifiedPaaS = "qualified_paas"
  case psn
  case stays
  case switchedOff = "switched_off"
  case alreadyInCloud = "already_in_cloud"
  case toBeDecided = "to_be_decided"

  public var label: BilingualText {
    switch self {
    case .qualifiedSaaS: return BilingualText(it: "SaaS qualificato ACN", en: "ACN-qualified SaaS")
    case .qualifiedIaaS: return BilingualText(it: "IaaS qualificato ACN", en: "ACN-qualified IaaS")
    case .qualifiedPaaS: return BilingualText(it: "PaaS qualificato ACN", en: "ACN-qualified PaaS")
    case .psn: return BilingualText(it: "Polo Strategico Nazionale (PSN)", en: "National Strategic Hub (PSN)")
    case .stays: return BilingualText(it: "resta dov'è", en: "stays where it is")
    case .switchedOff: return BilingualText(it: "spento", en: "switched off")
    case .alreadyInCloud: return BilingualText(it: "già nel cloud", en: "already in the cloud")
    case .toBeDecided:
      return BilingualText(
        it: "da decidere (classe ACN sconosciuta)", en: "to be decided (ACN class unknown)")
    }
  }

  /// The qualified destination of a cloud service model.
  static func qualified(_ model: CloudMigrationRules.Destination) -> PlanDestination {
    switch model {
    case .saas: return .qualifiedSaaS
    case .iaas: return .qualifiedIaaS
    case .paas: return .qualifiedPaaS
    }
  }
}
