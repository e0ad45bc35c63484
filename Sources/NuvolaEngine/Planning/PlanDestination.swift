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
    case .qualifiedSaaS: return BilingualText(key: "plan.acn_qualified_saas")
    case .qualifiedIaaS: return BilingualText(key: "plan.acn_qualified_iaas")
    case .qualifiedPaaS: return BilingualText(key: "plan.acn_qualified_paas")
    case .psn: return BilingualText(key: "plan.national_strategic_hub_psn")
    case .stays: return BilingualText(key: "plan.stays_where_it_is")
    case .switchedOff: return BilingualText(key: "plan.switched_off")
    case .alreadyInCloud: return BilingualText(key: "plan.already_in_the_cloud_2")
    case .toBeDecided:
      return BilingualText(key: "plan.to_be_decided_acn_class")
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
