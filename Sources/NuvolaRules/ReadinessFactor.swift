import NuvolaSupport

/// One factor of the readiness score of a comune (how ready it is to move to the cloud), weighted by
/// the consolidation rules file.
public enum ReadinessFactor: String, Sendable, CaseIterable {
  /// Share of applications already in SaaS, IaaS or PaaS.
  case cloudShare = "cloud_share"
  /// Share of the sites running servers or storage that are not Gruppo B.
  case noGruppoB = "no_gruppo_b"
  /// A link at least as fast as the audit's minimum for cloud services.
  case connectivity
  /// At least one person working on IT.
  case itStaff = "it_staff"
  /// Share of applications whose deployment, yearly cost and ACN data class are known.
  case knownFacts = "known_facts"

  /// The key of its weight in consolidation.json.
  public var parameterKey: String { "readiness_weight_" + rawValue }

  public var label: BilingualText {
    switch self {
    case .cloudShare:
      return BilingualText(it: "Applicazioni già in cloud", en: "Applications already in the cloud")
    case .noGruppoB: return BilingualText(it: "Siti senza Gruppo B", en: "Sites not in Gruppo B")
    case .connectivity: return BilingualText(it: "Connettività adeguata", en: "Adequate connectivity")
    case .itStaff: return BilingualText(it: "Personale informatico", en: "IT staff")
    case .knownFacts: return BilingualText(it: "Dati dell'inventario noti", en: "Inventory facts known")
    }
  }
}
