import Foundation
import NuvolaAwards
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Assesses the PNRR funding of a comune from its inventory and population. Pure: `asOf`, when
/// given, only marks which calls are open on that day.
public func funding(
  for inventory: Inventory, population: PopulationFigure, rules: RuleBook, asOf: Day? = nil,
  awards: AwardBook? = nil
) -> FundingAssessment {
  let services = Funding.assessServices(inventory, rules: rules)
  var measures: [FundingMeasure] = []
  var dossier: [RuleItem] = []
  for measure in rules.measures {
    var assessed = Funding.assessMeasure(measure, population: population, services: services, asOf: asOf)
    if let asOf, let awards {
      assessed.position = AwardPosition(
        measure: measure, awards: awards.awards(istatCode: inventory.comune.istatCode), asOf: asOf,
        calendar: rules.calendar, services: services)
    }
    measures.append(assessed)
    for item in measure.dossier where !dossier.contains(where: { $0.id == item.id }) { dossier.append(item) }
  }
  return FundingAssessment(
    istatCode: inventory.comune.istatCode, name: inventory.comune.name, population: population,
    measures: measures, cloudServices: services, dossier: dossier, asOf: asOf, calendar: rules.calendar)
}

/// The rules of `funding(for:population:rules:asOf:)`, one function per question.
enum Funding {
  /// Each application as a 1.2 cloud service, sorted by id; the 1.2 rules are looked up once.
  static func assessServices(_ inventory: Inventory, rules: RuleBook) -> [FundingCloudService] {
    let cloud = rules.cloudMeasure?.cloud
    return inventory.applications.sorted { $0.id < $1.id }.map {
      assessService($0, cloud: cloud, dataClasses: rules.dataClasses)
    }
  }

  static func assessMeasure(
    _ measure: Measure, population: PopulationFigure, services: [FundingCloudService], asOf: Day?
  ) -> FundingMeasure {
    // A measure of one class (SPID/CIE: a flat amount) needs no population.
    let populationClass =
      population.value.map { measure.populationClass(for: $0) }
      ?? (measure.classes.count == 1 ? measure.classes[0] : nil)
    var eligibility = FundingMeasure.Eligibility.eligible
    var reasons: [BilingualText] = []
    var counts: [CloudMigrationRules.Mode: Int]?
    if measure.cloud != nil {
      (eligibility, reasons) = cloudEligibility(services, populationClass: populationClass)
      if !services.isEmpty, let populationClass {
        let counted = cloudCounts(services, range: populationClass.services)
        counts = counted.counts
        reasons += counted.reasons
      }
    } else {
      reasons.append(
        BilingualText(key: "funding.measure_open_to_every_comune"))
    }
    let components = measure.components.map { component in
      FundingComponent(
        component: component, rule: populationClass?.amounts[component.key],
        count: component.mode.flatMap { mode in counts.map { $0[mode] ?? 0 } })
    }
    if let value = population.value, let populationClass {
      reasons.append(
        BilingualText(
          key: "funding.population_class",
          [
            "value": TextNumber.grouped(value),
            "population": population.text,
            "population_class": LocalizedValue { language in populationClass.label(language) },
          ]))
    } else if measure.classes.count == 1 {
      reasons.append(
        BilingualText(key: "funding.population_unknown_the_amount_does"))
    } else {
      reasons.append(
        BilingualText(key: "funding.population_unknown_amounts_unknown_not"))
    }
    if components.contains(where: { $0.basis == .fitted }) {
      reasons.append(
        BilingualText(
          key: "funding.amounts_fitted_from_the_awards",
          [
            "provenance_file_name": measure.provenance.fileName,
            "provenance_date": measure.provenance.date,
          ]))
    }
    if components.contains(where: { $0.status == .estimate }) {
      reasons.append(
        BilingualText(key: "funding.estimated_amounts_values_the_sources"))
    }
    if populationClass != nil, components.contains(where: { $0.status == .unknown }) {
      reasons.append(
        BilingualText(key: "funding.amount_not_found_in_the"))
    }
    let total =
      measure.components.contains { $0.mode != nil }
      ? FundingComponent(total: components, component: FundingMeasure.totalComponent(measure)) : nil
    return FundingMeasure(
      code: measure.code, title: measure.title, eligibility: eligibility, reasons: reasons,
      populationClass: populationClass, components: components, total: total,
      services: populationClass?.services,
      classesConfirmed: measure.classesConfirmed, conditions: measure.conditions,
      deadlines: measure.deadlines,
      calls: measure.calls,
      openCalls: asOf.map { day in measure.calls.filter { $0.isOpen(on: day) }.map(\.id) },
      callStatus: asOf.map { CallStatus(calls: measure.calls, on: $0) },
      provenance: measure.provenance)
  }

  /// 1.2 needs services left to migrate; what is already in SaaS or qualified cloud does not count.
  static func cloudEligibility(_ services: [FundingCloudService], populationClass: MeasureClass?)
    -> (FundingMeasure.Eligibility, [BilingualText])
  {
    let fundable = services.filter { $0.status == .fundable }
    let done = services.filter { $0.status == .alreadyDone }
    let missing = services.filter { $0.status == .needsFacts }
    var reasons: [BilingualText] = []
    if !done.isEmpty {
      reasons.append(
        BilingualText(key: "funding.services_already_in_saas_or", ["done_count": done.count]))
    }
    if !missing.isEmpty {
      reasons.append(
        BilingualText(key: "funding.services_lacking_the_facts_to", ["missing_count": missing.count]))
    }
    let unclassified = fundable.count(where: \.needsClassification)
    if unclassified > 0 {
      reasons.append(
        BilingualText(
          key: "funding.services_without_acn_classification_to", ["unclassified": unclassified]))
    }
    if fundable.isEmpty {
      if services.isEmpty {
        reasons.insert(
          BilingualText(key: "funding.no_applications_in_the_inventory"), at: 0)
        return (.unknown, reasons)
      }
      reasons.insert(
        BilingualText(key: "funding.no_service_is_left_to"), at: 0)
      return (missing.isEmpty ? .notEligible : .unknown, reasons)
    }
    let modeA = fundable.count(where: { $0.proposed?.mode == .a })
    reasons.insert(
      BilingualText(
        key: "funding.services_that_can_move_with",
        [
          "fundable_count": fundable.count,
          "mode_a": modeA,
          "count_mode_a": fundable.count - modeA,
        ]),
      at: 0)
    if let minimum = populationClass?.services?.min, fundable.count < minimum {
      reasons.append(
        BilingualText(
          key: "funding.the_class_asks_for_at",
          [
            "minimum": minimum,
            "fundable_count": fundable.count,
          ]))
      // Services lacking facts may still bring the count to the minimum.
      return (fundable.count + missing.count >= minimum ? .unknown : .notEligible, reasons)
    }
    return (.eligible, reasons)
  }

  /// The 1.2 services counted per mode: every fundable service by its proposed mode, clipped to the
  /// class maximum keeping mode B first (the larger amount per service).
  static func cloudCounts(_ services: [FundingCloudService], range: ServiceRange?)
    -> (counts: [CloudMigrationRules.Mode: Int], reasons: [BilingualText])
  {
    let fundable = services.filter { $0.status == .fundable }
    var b = fundable.count(where: { $0.proposed?.mode == .b })
    var a = fundable.count - b
    guard let maximum = range?.max, a + b > maximum else { return ([.a: a, .b: b], []) }
    b = Swift.min(b, maximum)
    a = maximum - b
    return (
      [.a: a, .b: b],
      [
        BilingualText(
          key: "funding.the_class_funds_at_most",
          [
            "maximum": maximum,
            "fundable_count": fundable.count,
          ])
      ]
    )
  }

  // MARK: One service under 1.2

  static func assessService(
    _ application: Application, cloud: CloudMigrationRules?, dataClasses: DataClassRules
  ) -> FundingCloudService {
    var service = FundingCloudService(
      applicationId: application.id, name: application.name, domain: application.domain,
      deployment: application.deployment, origin: nil, status: .needsFacts, moves: [], proposed: nil,
      dataClass: application.dataClass, needsClassification: false, reasons: [])
    guard let cloud else {
      service.reasons.append(
        BilingualText(key: "funding.the_rules_of_measure_1"))
      return service
    }
    guard let deployment = application.deployment else {
      service.reasons.append(
        BilingualText(key: "funding.where_it_runs_today_is"))
      return service
    }
    switch deployment {
    case .saas:
      service.origin = .saas
      service.status = .alreadyDone
      service.reasons.append(
        BilingualText(key: "funding.already_in_saas_the_move"))
      if application.cloudQualified == false {
        service.reasons.append(
          BilingualText(key: "funding.the_current_saas_is_not"))
      }
      return service
    case .iaas, .paas:
      let qualifiedOrigin: CloudMigrationRules.Origin =
        deployment == .iaas ? .nonQualifiedIaaS : .nonQualifiedPaaS
      switch application.cloudQualified {
      case true?:
        service.status = .alreadyDone
        service.reasons.append(
          BilingualText(key: "funding.already_in_an_acn_qualified"))
        return service
      case nil:
        service.reasons.append(
          BilingualText(key: "funding.whether_the_current_cloud_is"))
        return service
      case false?:
        service.origin = qualifiedOrigin
      }
    case .onPremise, .hosted:
      if deployment == .hosted {
        service.reasons.append(
          BilingualText(key: "funding.hosted_by_a_supplier_outside"))
      }
      switch application.structuredData {
      case true?: service.origin = .onPremiseStructured
      case false?: service.origin = .onPremiseUnstructured
      case nil:
        // Both on-premise rows fund B to SaaS, so that move is certain; A needs the fact.
        service.origin = nil
        service.reasons.append(
          BilingualText(key: "funding.whether_the_data_is_structured"))
      }
    }
    if let origin = service.origin {
      for destination in CloudMigrationRules.Destination.allCases {
        if case .fundable(let mode) = cloud.verdict(from: origin, to: destination) {
          service.moves.append(.init(destination: destination, mode: mode))
        }
      }
    } else {
      let structured = cloud.verdict(from: .onPremiseStructured, to: .saas)
      let unstructured = cloud.verdict(from: .onPremiseUnstructured, to: .saas)
      if case .fundable(let mode) = structured, structured == unstructured {
        service.moves.append(.init(destination: .saas, mode: mode))
      }
    }
    guard !service.moves.isEmpty else {
      service.status = .notFundable
      service.reasons.append(
        BilingualText(key: "funding.no_fundable_move_from_here"))
      return service
    }
    service.status = .fundable
    switch application.strategyOverride {
    case .retain?, .retire?:
      service.status = .notFundable
      service.reasons.append(
        BilingualText(
          key: "funding.the_comune_chose_not_to",
          ["application_strategy_override": application.strategyOverride!.rawValue]))
      return service
    default:
      break
    }
    service.proposed = propose(application, moves: service.moves)
    if let proposed = service.proposed {
      service.reasons.append(explain(proposed, application))
    }
    if application.dataClass == nil && cloud.requiresACNClassification {
      service.needsClassification = true
      service.reasons.append(
        BilingualText(key: "funding.acn_data_class_unknown_only"))
    }
    if let dataClass = application.dataClass, dataClasses.requiresPSN(dataClass) {
      service.reasons.append(
        BilingualText(key: "funding.strategic_service_the_allowed_destination"))
    }
    return service
  }

  /// The move that fits the application: the comune's own choice first, then a SaaS alternative, then
  /// a rehost (A), then whatever the table allows.
  static func propose(_ application: Application, moves: [FundingCloudService.Move]) -> FundingCloudService
    .Move?
  {
    func move(to destination: CloudMigrationRules.Destination) -> FundingCloudService.Move? {
      moves.first { $0.destination == destination }
    }
    switch application.strategyOverride {
    case .rehost?: if let chosen = move(to: .iaas) { return chosen }
    case .replatform?, .refactor?: if let chosen = move(to: .paas) { return chosen }
    case .repurchase?: if let chosen = move(to: .saas) { return chosen }
    default: break
    }
    if application.saasAlternative == true, let chosen = move(to: .saas) { return chosen }
    return move(to: .iaas) ?? move(to: .saas) ?? move(to: .paas)
  }

  static func explain(_ move: FundingCloudService.Move, _ application: Application) -> BilingualText {
    let destination = move.destination.label
    if application.strategyOverride != nil {
      return BilingualText(
        key: "funding.proposed_mode_as_the_comune",
        [
          "destination": destination,
          "move_mode": move.mode.rawValue,
        ])
    }
    if move.destination == .saas && application.saasAlternative == true {
      return BilingualText(key: "funding.proposed_saas_mode_b_a")
    }
    return BilingualText(
      key: "funding.proposed_mode_allowed_by_the",
      [
        "destination": destination,
        "move_mode": move.mode.rawValue,
      ])
  }
}
