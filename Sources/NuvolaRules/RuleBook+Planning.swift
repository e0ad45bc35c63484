extension RuleBook {
  /// The PNRR deadline by which classified services must have migrated (30/06/2026), as pnrr-1.2.json
  /// states it; nil when an override file drops it.
  public var classifiedServicesDeadline: RuleDeadline? {
    planningDeadline(planning.classifiedDeadlineId)
  }

  /// The day lump-sum projects of measure 1.2 close (31/03/2026): later moves lose the lump sum.
  public var fundingCloseDeadline: RuleDeadline? { planningDeadline(planning.fundingDeadlineId) }

  /// A planning default by key, from planning.json or, for the keys it shares with the cost model
  /// (electricity price, PUE, hours per year, discount rate), from cost-defaults.json.
  public func planningValue(_ key: String) -> RuleParameters.Parameter? {
    planningParameter(key)?.parameter
  }

  /// `planningValue(_:)` with the name of the rules file it comes from.
  public func planningParameter(_ key: String) -> (parameter: RuleParameters.Parameter, file: String)? {
    if let parameter = planning.values[key] { return (parameter, planning.provenance.fileName) }
    return costDefaults[key].map { ($0, costDefaults.provenance.fileName) }
  }

  private func planningDeadline(_ id: String) -> RuleDeadline? {
    measure(planning.deadlineMeasure)?.deadlines.first { $0.id == id }
  }
}
