import NuvolaRules
import NuvolaSupport

/// A 1.2 award amount read back through the fitted table of the rules: the class, its fixed part and
/// how many services in mode A and mode B make the amount (fixed + n_A x A + n_B x B), with the counts
/// inside the class's service range. Pure: the measure in, the decompositions out.
public struct Cloud12Decomposition: Sendable, Equatable {
  public var populationClass: MeasureClass
  public var fixed: Money
  public var modeA: Int
  public var modeB: Int

  /// The single decomposition of `amount` over every class of `measure`, nil when there is none or
  /// more than one (not decomposable: the amount cannot be set against the inventory).
  public static func decompose(_ amount: Money, measure: Measure) -> Cloud12Decomposition? {
    let found = all(amount, measure: measure)
    return found.count == 1 ? found[0] : nil
  }

  /// Every decomposition of `amount`, across the classes in order; empty when the measure has no
  /// fixed part and two per-service parts, or an amount of a class is unknown.
  public static func all(_ amount: Money, measure: Measure) -> [Cloud12Decomposition] {
    guard let fixedKey = measure.components.first(where: { $0.kind == .lumpSum })?.key,
      let keyA = measure.components.first(where: { $0.mode == .a })?.key,
      let keyB = measure.components.first(where: { $0.mode == .b })?.key
    else { return [] }
    var found: [Cloud12Decomposition] = []
    for populationClass in measure.classes {
      guard let fixed = populationClass.amounts[fixedKey]?.value,
        let unitA = populationClass.amounts[keyA]?.value, let unitB = populationClass.amounts[keyB]?.value,
        unitA.cents > 0, unitB.cents > 0,
        let minimum = populationClass.services?.min, let maximum = populationClass.services?.max
      else { continue }
      let rest = amount.cents - fixed.cents
      guard rest >= 0 else { continue }
      for modeA in 0...maximum {
        let left = rest - Int64(modeA) * unitA.cents
        if left < 0 { break }
        guard left % unitB.cents == 0 else { continue }
        let modeB = Int(left / unitB.cents)
        guard (minimum...maximum).contains(modeA + modeB) else { continue }
        found.append(
          Cloud12Decomposition(populationClass: populationClass, fixed: fixed, modeA: modeA, modeB: modeB))
      }
    }
    return found
  }
}
