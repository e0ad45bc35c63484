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
        measure: measure, awards: awards.awards(istatCode: inventory.comune.istatCode), asOf: asOf, calendar: rules.calendar, services: services)
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
      population.value.map { measure.populationClass(for: $0) } ?? (measure.classes.count == 1 ? measure.classes[0] : nil)
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
        BilingualText(
          it: "Misura aperta a tutti i Comuni; l'importo dipende dalla classe di popolazione.",
          en: "Measure open to every comune; the amount depends on the population class."))
    }
    let components = measure.components.map { component in
      FundingComponent(
        component: component, rule: populationClass?.amounts[component.key],
        count: component.mode.flatMap { mode in counts.map { $0[mode] ?? 0 } })
    }
    if let value = population.value, let populationClass {
      reasons.append(
        BilingualText(
          it: "Popolazione \(MeasureClass.grouped(value, .it)) (\(population.text.it)): classe "
            + populationClass.label(.it) + ".",
          en: "Population \(MeasureClass.grouped(value, .en)) (\(population.text.en)): class "
            + populationClass.label(.en) + "."))
    } else if measure.classes.count == 1 {
      reasons.append(
        BilingualText(
          it: "Popolazione non nota: l'importo non ne dipende (una sola classe).",
          en: "Population unknown: the amount does not depend on it (a single class)."))
    } else {
      reasons.append(
        BilingualText(
          it: "Popolazione non nota: importi non noti (non zero).",
          en: "Population unknown: amounts unknown (not zero)."))
    }
    if components.contains(where: { $0.basis == .fitted }) {
      reasons.append(
        BilingualText(
          it: "Importi ricavati dagli importi assegnati negli open data di PA digitale 2026, non la tabella "
            + "ufficiale (\(measure.provenance.fileName), \(measure.provenance.date.italian)).",
          en: "Amounts fitted from the awards in the PA digitale 2026 open data, not the official table "
            + "(\(measure.provenance.fileName), \(measure.provenance.date.description))."))
    }
    if components.contains(where: { $0.status == .estimate }) {
      reasons.append(
        BilingualText(
          it: "Importi stimati (stima): valori che le fonti non confermano.",
          en: "Estimated amounts: values the sources do not confirm."))
    }
    if populationClass != nil, components.contains(where: { $0.status == .unknown }) {
      reasons.append(
        BilingualText(
          it: "Importo non trovato nelle fonti: indicato come sconosciuto.",
          en: "Amount not found in the sources: shown as unknown."))
    }
    let total = measure.components.contains { $0.mode != nil }
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
        BilingualText(
          it:
            "Servizi già in SaaS o cloud qualificato (già fatti, non finanziabili di nuovo): \(done.count).",
          en: "Services already in SaaS or qualified cloud (done, not fundable again): \(done.count)."))
    }
    if !missing.isEmpty {
      reasons.append(
        BilingualText(
          it: "Servizi senza i dati per decidere (dove girano, se il cloud è qualificato): \(missing.count).",
          en: "Services lacking the facts to decide (where they run, whether the cloud is qualified): "
            + "\(missing.count)."))
    }
    let unclassified = fundable.count(where: \.needsClassification)
    if unclassified > 0 {
      reasons.append(
        BilingualText(
          it: "Servizi senza classificazione ACN, da classificare prima della candidatura: \(unclassified).",
          en: "Services without ACN classification, to classify before applying: \(unclassified)."))
    }
    if fundable.isEmpty {
      if services.isEmpty {
        reasons.insert(
          BilingualText(
            it: "Nessuna applicazione nell'inventario: impossibile dire quali servizi migrare.",
            en: "No applications in the inventory: cannot tell which services to migrate."), at: 0)
        return (.unknown, reasons)
      }
      reasons.insert(
        BilingualText(
          it: "Nessun servizio resta da migrare con la misura 1.2.",
          en: "No service is left to migrate under measure 1.2."), at: 0)
      return (missing.isEmpty ? .notEligible : .unknown, reasons)
    }
    let modeA = fundable.count(where: { $0.proposed?.mode == .a })
    reasons.insert(
      BilingualText(
        it: "Servizi migrabili con finanziamento: \(fundable.count) (modalità A: \(modeA), "
          + "modalità B: \(fundable.count - modeA)).",
        en: "Services that can move with funding: \(fundable.count) (mode A: \(modeA), "
          + "mode B: \(fundable.count - modeA))."),
      at: 0)
    if let minimum = populationClass?.services?.min, fundable.count < minimum {
      reasons.append(
        BilingualText(
          it: "La classe chiede almeno \(minimum) servizi; migrabili secondo l'inventario: \(fundable.count): "
            + "sotto il minimo il comune non può accedere all'avviso.",
          en: "The class asks for at least \(minimum) services; movable according to the inventory: "
            + "\(fundable.count): below the minimum the comune cannot apply."))
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
          it: "La classe finanzia al massimo \(maximum) servizi: contati \(maximum) dei \(fundable.count) "
            + "migrabili, prima quelli in modalità B (importo per servizio maggiore).",
          en: "The class funds at most \(maximum) services: \(maximum) of the \(fundable.count) movable ones "
            + "are counted, mode B first (the larger amount per service).")
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
        BilingualText(
          it: "Regole della misura 1.2 non caricate.", en: "The rules of measure 1.2 are not loaded."))
      return service
    }
    guard let deployment = application.deployment else {
      service.reasons.append(
        BilingualText(
          it: "Non si sa dove gira oggi (deployment).", en: "Where it runs today is unknown (deployment)."))
      return service
    }
    switch deployment {
    case .saas:
      service.origin = .saas
      service.status = .alreadyDone
      service.reasons.append(
        BilingualText(
          it: "Già in SaaS: migrazione già fatta, non finanziabile di nuovo.",
          en: "Already in SaaS: the move is done, not fundable again."))
      if application.cloudQualified == false {
        service.reasons.append(
          BilingualText(
            it: "Il SaaS attuale non risulta qualificato ACN: passare a uno qualificato con altri fondi.",
            en: "The current SaaS is not ACN-qualified: move to a qualified one with other funds."))
      }
      return service
    case .iaas, .paas:
      let qualifiedOrigin: CloudMigrationRules.Origin =
        deployment == .iaas ? .nonQualifiedIaaS : .nonQualifiedPaaS
      switch application.cloudQualified {
      case true?:
        service.status = .alreadyDone
        service.reasons.append(
          BilingualText(
            it: "Già in un cloud qualificato ACN: non finanziabile di nuovo.",
            en: "Already in an ACN-qualified cloud: not fundable again."))
        return service
      case nil:
        service.reasons.append(
          BilingualText(
            it: "Non si sa se il cloud attuale è qualificato ACN (cloud_qualified).",
            en: "Whether the current cloud is ACN-qualified is unknown (cloud_qualified)."))
        return service
      case false?:
        service.origin = qualifiedOrigin
      }
    case .onPremise, .hosted:
      if deployment == .hosted {
        service.reasons.append(
          BilingualText(
            it: "Ospitato da un fornitore fuori da un cloud qualificato: trattato come in sede.",
            en: "Hosted by a supplier outside a qualified cloud: treated as on premise."))
      }
      switch application.structuredData {
      case true?: service.origin = .onPremiseStructured
      case false?: service.origin = .onPremiseUnstructured
      case nil:
        // Both on-premise rows fund B to SaaS, so that move is certain; A needs the fact.
        service.origin = nil
        service.reasons.append(
          BilingualText(
            it: "Non si sa se i dati sono strutturati: è certa solo la modalità B verso SaaS.",
            en: "Whether the data is structured is unknown: only mode B to SaaS is certain."))
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
        BilingualText(it: "Nessuno spostamento finanziabile da qui.", en: "No fundable move from here."))
      return service
    }
    service.status = .fundable
    switch application.strategyOverride {
    case .retain?, .retire?:
      service.status = .notFundable
      service.reasons.append(
        BilingualText(
          it: "Il comune ha scelto di non migrarlo (\(application.strategyOverride!.rawValue)).",
          en: "The comune chose not to migrate it (\(application.strategyOverride!.rawValue))."))
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
        BilingualText(
          it: "Classe ACN dei dati sconosciuta: solo i servizi classificati possono migrare.",
          en: "ACN data class unknown: only classified services can migrate."))
    }
    if let dataClass = application.dataClass, dataClasses.requiresPSN(dataClass) {
      service.reasons.append(
        BilingualText(
          it: "Servizio strategico: la destinazione ammessa è il Polo Strategico Nazionale.",
          en: "Strategic service: the allowed destination is the National Strategic Hub (PSN)."))
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
        it: "Proposta: \(destination), modalità \(move.mode.rawValue), come scelto dal comune.",
        en: "Proposed: \(destination), mode \(move.mode.rawValue), as the comune chose.")
    }
    if move.destination == .saas && application.saasAlternative == true {
      return BilingualText(
        it: "Proposta: SaaS, modalità B: esiste un'alternativa SaaS.",
        en: "Proposed: SaaS, mode B: a SaaS alternative exists.")
    }
    return BilingualText(
      it:
        "Proposta: \(destination), modalità \(move.mode.rawValue) (ammessa dalla tabella degli spostamenti).",
      en: "Proposed: \(destination), mode \(move.mode.rawValue) (allowed by the fundable-moves table).")
  }
}
