import NuvolaSupport

extension RuleBook {
  /// Reads consolidation.json (kind `consolidation`): called by the loader like every other kind, so
  /// that a malformed file stops every command at start, with its file and JSON path.
  static func parseConsolidation(_ root: RuleNode, provenance: RuleProvenance) throws(InputError)
    -> ConsolidationRules
  {
    try ConsolidationRules(root, provenance: provenance)
  }

  /// The ICT spend per inhabitant Nuvola uses to estimate the spend of a comune that declares none,
  /// with its source (cost-defaults.json).
  public var spendPerInhabitant: RuleParameters.Parameter? {
    costDefaults["ict_spend_per_inhabitant_2021"]
  }
}
