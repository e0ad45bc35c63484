import NuvolaSupport

/// The messages of `nuvola plan` about its start month, Italian first (English with --lang en).
enum PlanMessages {
  static func startInPast(start: String, day: String, earliest: String) -> BilingualText {
    BilingualText(
      it: "--start \(start) è nel passato: un piano approvato oggi (situazione al \(day)) inizia non prima "
        + "di \(earliest). Per ripianificare un piano già avviato, indicare il mese in cui è partito con "
        + "--replan-from.",
      en: "--start \(start) is in the past: a plan approved today (as of \(day)) starts no earlier than "
        + "\(earliest). To replan a plan already under way, give the month it started with --replan-from.")
  }

  static func replanMismatch(start: String, replan: String) -> BilingualText {
    BilingualText(
      it: "--start \(start) e --replan-from \(replan) non coincidono: un piano ripianificato parte dal mese "
        + "in cui è stato avviato (basta --replan-from).",
      en: "--start \(start) and --replan-from \(replan) differ: a replanned plan starts in the month it was "
        + "started (--replan-from is enough).")
  }

  static func replanNotPast(replan: String, day: String, earliest: String) -> BilingualText {
    BilingualText(
      it: "--replan-from \(replan) non è nel passato (situazione al \(day)): serve il mese in cui il piano è "
        + "partito davvero; un piano nuovo usa --start \(earliest) o successivo.",
      en: "--replan-from \(replan) is not in the past (as of \(day)): give the month the plan actually "
        + "started; a new plan uses --start \(earliest) or later.")
  }
}
