/// An inventory format of another tool that `nuvola import --from FORMAT` reads and merges into a
/// comune's current snapshot (`docs/importers.md`).
public enum ForeignFormat: String, CaseIterable, Sendable, Hashable {
  /// The AgID cloud manual's "Lista degli applicativi", saved as CSV.
  case agidList = "agid-list"
  /// Konveyor's application import CSV.
  case konveyor
  /// RVTools' export: its .xlsx workbook (vInfo, vHost, vDisk) or the vInfo sheet saved as CSV.
  case rvtools
  /// GLPI's native inventory JSON (glpi-project/inventory_format).
  case glpi

  /// What the format is, for messages.
  public var title: String {
    switch self {
    case .agidList: return "AgID \"Lista degli applicativi\" (CSV)"
    case .konveyor: return "Konveyor application import (CSV)"
    case .rvtools: return "RVTools export (.xlsx workbook or vInfo CSV)"
    case .glpi: return "GLPI native inventory (JSON)"
    }
  }

  /// The snapshot source recorded for an import of `file` (`rvtools:vinfo.csv`).
  public func source(for file: String) -> String { "\(rawValue):\(file)" }

  /// The tag that starts the line of notes this format writes on a record (`[rvtools] ...`): a
  /// later import of the same format replaces that line and leaves the rest of the notes alone.
  var notesTag: String { "[\(rawValue)]" }

  /// What a file of this format looks like, for errors about the whole file.
  var expectation: String {
    switch self {
    case .agidList:
      return "a CSV with the columns NOME APPLICATIVO, INTERLOCUTORE, SERVIZI SUPPORTATI, LICENZE, "
        + "OPPORTUNITA DA COGLIERE, RISCHIO, FACILITA DI MIGRAZIONE"
    case .konveyor:
      return "a Konveyor application import CSV with the columns Record Type, Application Name, ..."
    case .rvtools:
      return "an RVTools export (.xlsx) or its vInfo sheet saved as CSV, with the columns VM, CPUs, Memory, "
        + "Provisioned MiB, ..."
    case .glpi:
      return
        "a GLPI inventory: {\"content\": {\"hardware\": {...}, ...}, \"deviceid\": \"...\"} "
        + "or an array of them"
    }
  }
}
