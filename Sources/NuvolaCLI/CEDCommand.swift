import NuvolaKit

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
        """,
      options: [ComuneScope.allOption],
      positionals: [ComuneScope.positional]),
    run: run)

  static func run(_ arguments: ParsedArguments, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "ced")
    let rules = try context.rules()
    let all = arguments.has("--all")
    let format = context.format
    let language = context.language
    try ComuneScope.forEach(arguments, context: context, command: "ced") { snapshot in
      let classification = classifyCEDs(snapshot.inventory, rules: rules)
      if format == .json {
        return classification.json.serialized(pretty: !all, sortKeys: true)
      } else if all {
        let classes = classification.sites.map { "\($0.siteId)=\($0.cedClass.rawValue)" }
        return "\(snapshot.info.istatCode) \(snapshot.info.name): "
          + (classes.isEmpty ? "no sites" : classes.joined(separator: " "))
      } else {
        return text(classification, snapshot: snapshot, language: language)
      }
    }
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
          "\(item.field ?? "") = \(item.value ?? (it ? "non noto" : "unknown"))"
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
