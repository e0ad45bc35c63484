import Foundation
import NuvolaFormats
import NuvolaIngest
import NuvolaModel
import NuvolaSupport

/// `nuvola template --format xlsx|ods --out FILE`: writes the inventory workbook an IT manager fills
/// in, ready for `nuvola import FILE`. With `--comune`, filled with the comune's current snapshot.
enum TemplateCommand {
  static let formats = Workbook.Format.allCases.map(\.rawValue)

  static let command = Command(
    spec: CommandSpec(
      name: "template",
      abstract: "Write the inventory workbook (.xlsx or .ods) to fill in and import",
      discussion: """
        The workbook has a Leggimi sheet, then one sheet per record type in the order of an audit
        (Comune, Siti, Collegamenti, Apparati, Applicazioni) with Italian column headers, a row
        explaining each column with an example (skipped on import), dropdown lists for every code
        and yes/no column, and an Elenchi sheet of the allowed values. Filled in, it imports without
        edits: nuvola import FILE. With --comune, the sheets hold the comune's current snapshot.
        --lang en writes the explanations in English (headers stay Italian).
        """),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    var format: Workbook.Format?
    var out: String?
    var comune: String?

    static var options: [OptionDeclaration<Self>] {
      [
        .choice("--format", \.format, "FORMAT", "xlsx (default, or from the file name) or ods"),
        .option("--out", \.out, "FILE", "The workbook to write (required)"),
        .option("--comune", \.comune, "COMUNE", "Fill the sheets with this comune's current snapshot"),
      ]
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    guard let out = options.out else {
      throw CLIError.usage("--out FILE is required", command: "template")
    }
    let extensionFormat = Workbook.Format(rawValue: (out as NSString).pathExtension.lowercased())
    let format = options.format ?? extensionFormat ?? .xlsx
    if let extensionFormat, extensionFormat != format {
      throw CLIError.usage(
        "--out \(Diagnostic.shorten(out)) is a .\(extensionFormat.rawValue) name but --format is \(format.rawValue)",
        command: "template")
    }
    var inventory: Inventory?
    if let query = options.comune {
      inventory = try ShowCommand.load(query, snapshotID: nil, context: context).inventory
    }
    let bytes = try InventoryTemplate.workbook(
      format: format, filledWith: inventory, language: context.language)
    let url = context.resolve(out)
    let folder = try OutputFolder(path: url.deletingLastPathComponent().path, context: context)
    try folder.write(bytes, to: url.lastPathComponent)
    let it = context.language == .it
    let what =
      inventory.map {
        it
          ? "Inventario di \($0.comune.istatCode) \($0.comune.name ?? "") scritto"
          : "Inventory of \($0.comune.istatCode) \($0.comune.name ?? "") written"
      } ?? (it ? "Modello di inventario scritto" : "Inventory template written")
    context.print(
      "\(what): \(url.path) (\(format.rawValue); "
        + (it
          ? "compilare i fogli e importarlo con: nuvola import \(out))"
          : "fill in the sheets and import it with: nuvola import \(out))"))
  }
}
