import Foundation
import NuvolaModel

/// Renders the generated parts of `docs/inventory-format.md` from the field tables and the
/// vocabularies, so that the documentation is checked against the code rather than kept in step by
/// hand. Each part sits between `<!-- BEGIN name -->` and `<!-- END name -->` markers.
enum FieldTableRenderer {
  /// The generated parts, by marker name, in document order.
  static var sections: [(name: String, text: String)] {
    [
      ("fields comune", table(Comune.self)),
      ("fields sites", table(Site.self)),
      ("fields assets", table(Asset.self)),
      ("fields applications", table(Application.self)),
      ("fields links", table(Link.self)),
      ("vocabularies", vocabularies),
    ]
  }

  static func table<Record: InventoryRecord>(_ type: Record.Type) -> String {
    var lines = [
      "| field | type | unit | required | allowed values | meaning |",
      "|---|---|---|---|---|---|",
    ]
    for field in Record.fields {
      let allowed: String
      if case .choice(let codes) = field.kind {
        allowed = codes.map { "`\($0)`" }.joined(separator: ", ")
      } else {
        allowed = escape(field.kind.expectation)
      }
      let cells = [
        "`\(field.name)`", field.kind.typeName, field.unit ?? "", field.required ? "yes" : "no", allowed,
        escape(field.summary),
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }

  static var vocabularies: String {
    var parts: [String] = []
    parts.append(vocabulary(ServiceDomain.self, field: "applications.domain", label: \.italianLabel))
    parts.append(vocabulary(Deployment.self, field: "applications.deployment"))
    parts.append(vocabulary(AssetKind.self, field: "assets.kind"))
    parts.append(vocabulary(SiteKind.self, field: "sites.kind"))
    parts.append(vocabulary(LinkTechnology.self, field: "links.technology"))
    parts.append(vocabulary(DataClass.self, field: "applications.data_class"))
    parts.append(vocabulary(Licence.self, field: "applications.licence"))
    parts.append(vocabulary(NetworkAccess.self, field: "applications.network_access"))
    parts.append(vocabulary(DataUpdate.self, field: "applications.data_update"))
    parts.append(vocabulary(Grade.self, field: "applications.risk, applications.migration_ease"))
    parts.append(vocabulary(Strategy.self, field: "applications.strategy_override"))
    return parts.joined(separator: "\n\n")
  }

  static func vocabulary<V: Vocabulary>(
    _ type: V.Type, field: String, label: ((V) -> String)? = nil
  ) -> String {
    var lines = ["#### \(field)", ""]
    lines.append(label == nil ? "| code | also accepted |" : "| code | label | also accepted |")
    lines.append(label == nil ? "|---|---|" : "|---|---|---|")
    for value in V.allCases {
      // Aliases live in a dictionary: sort them so the document is the same on every run.
      let aliases = V.aliases.filter { $0.value == value }.map(\.key).sorted().map { "`\($0)`" }
      var cells = ["`\(value.rawValue)`"]
      if let label { cells.append(label(value)) }
      cells.append(aliases.joined(separator: ", "))
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
  }

  /// The document with every generated part replaced by its current rendering.
  static func refresh(_ document: String) -> String {
    var text = document
    for section in sections {
      let begin = "<!-- BEGIN \(section.name) -->"
      let end = "<!-- END \(section.name) -->"
      guard let start = text.range(of: begin),
        let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
      else { continue }
      text.replaceSubrange(start.upperBound..<stop.lowerBound, with: "\n" + section.text + "\n")
    }
    return text
  }
}
