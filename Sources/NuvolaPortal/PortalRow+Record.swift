import NuvolaEngine
import NuvolaRules
import NuvolaSupport

/// A row as a list of plain fields, for the manifest of an incremental run: an unchanged comune's
/// row is read back instead of running the engine again. Empty means unknown; amounts are cents.
extension PortalRow {
  public var record: [String] {
    func optional<T>(_ value: T?, _ text: (T) -> String) -> String { value.map(text) ?? "" }
    return [
      istatCode, name, province, provinceAbbreviation, region, optional(population) { String($0) },
      populationClass?.it ?? "", populationClass?.en ?? "", reportFolder ?? "",
      optional(cedClass) { $0.rawValue }, optional(findings) { $0.map(String.init).joined(separator: ",") },
      optional(planCost) { String($0.cents) }, optional(firstWave) { $0.description },
      String(awarded.cents), String(paid.cents), String(pending.cents), String(renounced.cents),
    ]
  }

  /// The row of `record`; nil when the fields are not a row's (a manifest of another version).
  public init?(record fields: [String]) {
    guard fields.count == 17 else { return nil }
    func optional<T>(_ text: String, _ parse: (String) -> T?) -> T?? {
      text.isEmpty ? .some(nil) : parse(text).map { .some($0) }
    }
    guard let population = optional(fields[5], { Int($0) }),
      let cedClass = optional(fields[9], { CEDClass(rawValue: $0) }),
      let findings = optional(
        fields[10],
        { text -> [Int]? in
          let counts = text.split(separator: ",").compactMap { Int($0) }
          return counts.count == FindingSeverity.allCases.count ? counts : nil
        }),
      let planCost = optional(fields[11], { Int64($0).map { Money(cents: $0) } }),
      let firstWave = optional(fields[12], { YearMonth(parsing: $0) })
    else { return nil }
    let amounts = fields[13...16].compactMap { Int64($0).map { Money(cents: $0) } }
    guard amounts.count == 4 else { return nil }
    self.init(
      istatCode: fields[0], name: fields[1], province: fields[2], provinceAbbreviation: fields[3],
      region: fields[4], population: population,
      populationClass: fields[6].isEmpty ? nil : BilingualText(it: fields[6], en: fields[7]),
      reportFolder: fields[8].isEmpty ? nil : fields[8], cedClass: cedClass, findings: findings,
      planCost: planCost, firstWave: firstWave, awarded: amounts[0], paid: amounts[1], pending: amounts[2],
      renounced: amounts[3])
  }
}
