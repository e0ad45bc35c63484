import NuvolaSupport

/// The contract arithmetic of one move: the application moves in the wave where its contract ends,
/// unless moving in the first wave saves more than the contract still costs until its end.
///
/// saving = months early x (today's yearly cost + site share + staff today - cloud fee - staff after) / 12;
/// remaining contract = months early x today's yearly cost / 12; an early move needs saving > remaining.
public struct PlanContractCheck: Sendable, Equatable {
  public var contractEnd: Day
  /// 1-based wave in which the contract ends; nil when it ended before the plan starts.
  public var contractWave: Int?
  /// Months between the end of the first wave and the end of the contract.
  public var monthsEarly: Int
  public var saving: Money?
  public var remainingContract: Money?
  public var movesEarly: Bool
  public var text: BilingualText

  public var json: JSON {
    .object([
      ("contract_end", .string(contractEnd.description)),
      ("contract_wave", contractWave.map(JSON.int) ?? .null),
      ("months_early", .int(monthsEarly)),
      ("saving", EngineJSON.optionalMoney(saving)),
      ("remaining_contract", EngineJSON.optionalMoney(remainingContract)),
      ("moves_early", .bool(movesEarly)),
      ("text", text.json),
    ])
  }
}
