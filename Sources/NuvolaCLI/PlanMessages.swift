import NuvolaSupport

/// The messages of `nuvola plan` about its start month, Italian first (English with --lang en), from
/// the message catalogue (`plan_command.start_in_past`, ...).
enum PlanMessages {
  static func startInPast(start: String, day: String, earliest: String) -> BilingualText {
    message("plan_command.start_in_past", ["start": start, "day": day, "earliest": earliest])
  }

  static func replanMismatch(start: String, replan: String) -> BilingualText {
    message("plan_command.replan_mismatch", ["start": start, "replan": replan])
  }

  static func replanNotPast(replan: String, day: String, earliest: String) -> BilingualText {
    message("plan_command.replan_not_past", ["replan": replan, "day": day, "earliest": earliest])
  }

  private static func message(_ key: String, _ parameters: KeyValuePairs<String, String>) -> BilingualText {
    BilingualText(
      it: TextCatalogue.messages.text(key, .it, parameters),
      en: TextCatalogue.messages.text(key, .en, parameters))
  }
}
