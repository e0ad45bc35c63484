import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// The AgID classification of every site of a comune, with the statement that the checklist is
/// Nuvola's codification of the criteria families of Circolare AgID 1/2019.
public struct CEDClassification: Sendable, Equatable {
  public var istatCode: String
  public var sites: [CEDSiteClassification]
  public var statement: BilingualText
  public var sources: [RuleSource]
  public var rulesFile: String

  public func site(_ id: String) -> CEDSiteClassification? { sites.first { $0.siteId == id } }

  public var json: JSON {
    .object([
      ("istat_code", .string(istatCode)),
      ("statement", statement.json),
      ("sites", .array(sites.map(\.json))),
      ("sources", .array(sources.map(\.json))),
      ("rules_file", .string(rulesFile)),
    ])
  }
}

/// Classifies every site of the inventory against the AgID checklist of the rules.
///
/// An unknown fact never makes a site class A: unknown on a required criterion gives Gruppo B with
/// the reason "unknown", and a census left unanswered gives Gruppo B by default.
public func classifyCEDs(_ inventory: Inventory, rules: RuleBook) -> CEDClassification {
  let criteria = rules.cedCriteria
  return CEDClassification(
    istatCode: inventory.comune.istatCode,
    sites: inventory.sites.sorted { $0.id < $1.id }.map { classifySite($0, criteria: criteria) },
    statement: criteria.statement, sources: criteria.provenance.sources,
    rulesFile: criteria.provenance.fileName)
}

/// Classifies one site.
public func classifySite(_ site: Site, criteria: CEDCriteria) -> CEDSiteClassification {
  var results: [CEDCriterionResult] = []
  var reasons: [CEDClassReason] = []
  for criterion in criteria.criteria {
    var evidence: [FindingEvidence] = []
    var anyFailed = false
    var anyUnknown = false
    for check in criterion.checks {
      let value = CEDChecklist.value(of: check.field, in: site)
      evidence.append(FindingEvidence(.site, site.id, field: check.field, value: CEDChecklist.display(value)))
      switch CEDChecklist.evaluate(check.test, value) {
      case .met: break
      case .notMet: anyFailed = true
      case .unknown: anyUnknown = true
      }
    }
    let status: CEDCriterionResult.Status = anyFailed ? .notMet : anyUnknown ? .unknown : .met
    results.append(
      CEDCriterionResult(
        criterionId: criterion.id, family: criterion.family, title: criterion.title,
        requiredForA: criterion.requiredForA, status: status, evidence: evidence))
    guard criterion.requiredForA, status != .met else { continue }
    reasons.append(
      CEDChecklist.reason(criterion, status: status, census: criterion.id == criteria.censusCriterion))
  }
  // The census reason leads: it alone decides the class, whatever the other criteria say.
  reasons.sort { ($0.kind == .censusNotAnswered ? 0 : 1) < ($1.kind == .censusNotAnswered ? 0 : 1) }
  let cedClass: CEDClass = reasons.isEmpty ? .a : .gruppoB
  return CEDSiteClassification(
    siteId: site.id, siteName: site.name, siteKind: site.kind, cedClass: cedClass, criteria: results,
    reasons: reasons, classDescription: criteria.classDescriptions[cedClass] ?? cedClass.label,
    obligations: criteria.obligations[cedClass] ?? [])
}
