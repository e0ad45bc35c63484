import NuvolaSupport

/// The mayor report's texts of issue 19: money kept apart (eligible and other one-off spending, the
/// funding as income) and why each wave is where it is, Italian first.
enum MayorPlanText {
  static let oneOffSplit = BilingualText(
    it: "Di questi, {eligible} riguardano migrazioni del tipo ammesso dalla misura PNRR 1.2 e {other} "
      + "altre spese (dismissioni, migrazioni non finanziabili, collegamenti).",
    en: "Of this, {eligible} is for moves of the kind PNRR measure 1.2 funds and {other} other spending "
      + "(switch-offs, moves not fundable, links).")
  static let fundingColumn = BilingualText(it: "Finanziamento (entrata)", en: "Funding (income)")
  static let planCostColumn = BilingualText(it: "Piano (spese)", en: "Plan (spending)")
  static let waveReasonColumn = BilingualText(it: "Perché in questo periodo", en: "Why in this period")
}
