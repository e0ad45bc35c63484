import NuvolaFormats
import NuvolaSupport

/// The options every command takes, before or after its name: the store, the output format, the
/// language, the CSV dialect, the rules folder and the as-of day.
struct GlobalOptions: CommandOptions, Equatable {
  var db: String?
  var format: OutputFormat?
  var lang: Language?
  var csvDialect: CSVDialect?
  var rules: String?
  var asOf: Day?

  static var options: [OptionDeclaration<Self>] {
    [
      .option("--db", \.db, "FILE", "Store file (default: $NUVOLA_DB, else nuvola.sqlite in this folder)"),
      .choice(
        "--format", \.format, "FORMAT", "Output: text (default), json or csv where a command offers it"),
      .choice("--lang", \.lang, "LANG", "Language of summaries and reports: it (default) or en"),
      .choice(
        "--csv-dialect", \.csvDialect, "DIALECT",
        "CSV for excel-it (default: ';', decimal comma, UTF-8 with BOM, Italian titles) or rfc4180 "
          + "(',', decimal point, no BOM, column keys: for scripts)",
        allowed: CSVDialect.all.map(\.name), value: CSVDialect.init(named:)),
      .option(
        "--rules", \.rules, "DIR", "Folder of rules files overriding the shipped ones (same file names)"),
      .option(
        "--as-of", \.asOf, "DATE",
        "Day every date is judged on, YYYY-MM-DD (default: today); printed in every output as 'situazione al'",
        convert: OptionConversion.day("--as-of")),
    ]
  }
}
