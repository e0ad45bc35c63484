import NuvolaEngine
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// `nuvola ced COMUNE`: the AgID classification of each site, criterion by criterion.
enum CEDCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "ced",
      abstract: "Classify a comune's data centres against the AgID criteria (class A or Gruppo B)",
      discussion: """
        Per site: each criterion met, not met or unknown with its evidence, the class, and the
        obligations that follow. Unknown facts never make a site class A. The checklist is Nuvola's
        codification of the criteria families of Circolare AgID n. 1/2019.
        """),
    options: ComuneScope.Options.self, run: run)

  static func run(_ options: ComuneScope.Options, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "ced")
    let rules = try context.rules()
    let all = options.all
    let format = context.format
    let language = context.language
    let asOf = context.asOf
    try ComuneScope.forEach(all: all, comune: options.comune, context: context, command: "ced") { snapshot in
      let classification = classifyCEDs(snapshot.inventory, rules: rules)
      let obligations = rules.calendar.obligations(for: kinds(classification))
      if format == .json {
        guard case .object(var members) = classification.json else { return "" }
        members.append(("as_of", .string(asOf.description)))
        members.append(
          (
            "obligations_after_pnrr",
            .array(
              obligations.map { fact in
                guard case .object(var item) = fact.json else { return fact.json }
                item.append(("passed", fact.day.map { .bool($0 < asOf) } ?? .null))
                return .object(item)
              })
          ))
        return JSON.object(members).serialized(pretty: !all, sortKeys: true)
      } else if all {
        let classes = classification.sites.map { "\($0.siteId)=\($0.cedClass.rawValue)" }
        return "\(snapshot.info.istatCode) \(snapshot.info.name): "
          + (classes.isEmpty ? "no sites" : classes.joined(separator: " "))
      } else {
        return text(classification, snapshot: snapshot, language: language)
          + obligationsText(obligations, asOf: asOf, language: language)
      }
    }
  }

  /// The kinds of the calendar's obligations a comune's sites make it concerned by.
  static func kinds(_ classification: CEDClassification) -> Set<String> {
    var kinds: Set<String> = []
    for site in classification.sites {
      if site.cedClass == .gruppoB { kinds.insert("gruppo_b") }
      if site.cedClass == .a { kinds.insert("acn_compliant") }
    }
    return kinds
  }

  /// The obligations that outlive the PNRR, judged on the as-of day, each with its source.
  static func obligationsText(_ obligations: [PNRRFact], asOf: Day, language: Language) -> String {
    let it = language == .it
    var lines = [
      (it ? "Obblighi che restano dopo il PNRR, situazione al " + asOf.italian + ":"
        : "Obligations that outlive the PNRR, as of " + asOf.description + ":")
    ]
    for fact in obligations {
      var line = "- " + fact.text.text(language)
      if let day = fact.day, day < asOf {
        line += it ? " (scaduto il " + day.italian + ")" : " (passed on " + day.description + ")"
      }
      lines.append(line + " [" + fact.citation(language) + "]")
    }
    return lines.joined(separator: "\n")
  }

  static func text(_ classification: CEDClassification, snapshot: Snapshot, language: Language) -> String {
    let it = language == .it
    var lines = [
      (it ? "Classificazione AgID dei siti di " : "AgID classification of the sites of ")
        + "\(snapshot.info.istatCode) \(snapshot.info.name)",
      classification.statement.text(language), "",
    ]
    if classification.sites.isEmpty {
      lines.append(it ? "L'inventario non descrive alcun sito." : "The inventory describes no site.")
    }
    for site in classification.sites {
      lines.append(
        "\(site.siteId) \(site.siteName): \(site.cedClass.label.text(language)) — \(site.classDescription.text(language))"
      )
      var table = TextTable(
        header: it ? ["Criterio", "Esito", "Evidenza"] : ["Criterion", "Status", "Evidence"])
      for criterion in site.criteria {
        let evidence = criterion.evidence.map { item in
          "\(item.field ?? "") = \(EvidenceText.value(item.value, language))"
        }
        table.append([
          criterion.title.text(language) + (criterion.requiredForA ? " *" : ""),
          criterion.status.label.text(language), evidence.joined(separator: ", "),
        ])
      }
      lines.append(table.render())
      lines.append(it ? "* necessario per la classe A" : "* required for class A")
      for reason in site.reasons { lines.append("- " + reason.text.text(language)) }
      lines.append(it ? "Obblighi:" : "Obligations:")
      for obligation in site.obligations { lines.append("- " + obligation.text.text(language)) }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }
}
