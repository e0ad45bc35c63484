/// JSON renderings shared by the engine's results, so that amounts and days read the same everywhere.
public enum EngineJSON {
  /// Euro as a number: whole amounts without decimals (`59966`), others with cents (`3928.4`).
  public static func money(_ value: Money) -> JSON {
    value.cents % 100 == 0 ? .int(value.cents / 100) : .double(value.euros)
  }

  public static func optionalMoney(_ value: Money?) -> JSON { value.map(money) ?? .null }

  public static func day(_ value: Day?) -> JSON { value.map { .string($0.description) } ?? .null }

  public static func strings(_ values: [String]) -> JSON { .array(values.map(JSON.string)) }
}
