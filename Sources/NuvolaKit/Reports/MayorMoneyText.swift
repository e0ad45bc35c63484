/// The mayor report's sentences about money kept apart (eligible and other one-off spending, the
/// funding as income, figures withheld when no plan exists), Italian first.
enum MayorMoneyText {
  static let oneOffSplit = BilingualText(
    it: "Di questi, {eligible} riguardano migrazioni del tipo ammesso dalla misura PNRR 1.2 e {other} "
      + "altre spese (dismissioni, migrazioni non finanziabili, collegamenti).",
    en: "Of this, {eligible} is for moves of the kind PNRR measure 1.2 funds and {other} other spending "
      + "(switch-offs, moves not fundable, links).")
  static let fundingColumn = BilingualText(it: "Finanziamento (entrata)", en: "Funding (income)")
  static let planCostColumn = BilingualText(it: "Piano (spese)", en: "Plan (spending)")
}
