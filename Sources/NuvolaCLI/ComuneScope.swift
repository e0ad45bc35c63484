import NuvolaKit

/// The comuni a per-comune command works on: one (`COMUNE`) or, with `--all`, every comune of the
/// store, streamed one snapshot at a time so national runs keep memory bounded.
enum ComuneScope {
  static let allOption = OptionSpec.flag("--all", "Run over every comune in the store (batch, one result per line)")
  static let positional = PositionalSpec(
    name: "COMUNE", help: "ISTAT code (014061) or name (Sondrio, \"Castro (BG)\")", required: false)

  /// Calls `body` with each snapshot in scope; returns how many there were.
  @discardableResult
  static func forEach(
    _ arguments: ParsedArguments, context: Context, command: String, _ body: (Snapshot) throws -> Void
  ) throws -> Int {
    let all = arguments.has("--all")
    if all && !arguments.positionals.isEmpty {
      throw CLIError.usage("give COMUNE or --all, not both", command: command)
    }
    if all {
      let store = try context.openStoreForReading()
      var count = 0
      try store.allCurrentSnapshots { snapshot in
        try body(snapshot)
        count += 1
      }
      return count
    }
    guard let query = arguments.positionals.first else {
      throw CLIError.usage("missing COMUNE (or --all)", command: command)
    }
    try body(try ShowCommand.load(query, snapshotID: nil, context: context))
    return 1
  }

  /// `--as-of DATE` when given; a malformed date is a usage error of `command`.
  static func asOfOption(_ arguments: ParsedArguments, command: String) throws(CLIError) -> Day? {
    guard let text = arguments.value("--as-of") else { return nil }
    guard let day = Day(parsing: text) else {
      throw .usage("--as-of takes a date YYYY-MM-DD, not '\(text)'", command: command)
    }
    return day
  }

  /// The day an audit or report speaks of: `--as-of`, else the inventory's own date. Never the clock:
  /// the same inventory must give the same findings tomorrow, so a missing date is the caller's to give.
  static func asOf(_ snapshot: Snapshot, given: Day?, command: String) throws(CLIError) -> Day {
    if let given { return given }
    if let day = snapshot.inventory.comune.inventoryDate { return day }
    throw .usage(
      "the inventory of \(snapshot.info.istatCode) \(snapshot.info.name) gives no inventory_date: "
        + "say which day to judge with --as-of YYYY-MM-DD", command: command)
  }

  static let asOfOption = OptionSpec.value(
    "--as-of", "DATE", "Judge dates (end of life, contracts) as of this day (default: the inventory date)")
}
