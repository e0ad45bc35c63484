import NuvolaRules

/// Finds the register comune of a row: by `cod_comune` when it is a code of the register; else
/// (the 2025 Sardinian codes 112xxx-118xxx, `N/D`, codes of comuni merged since) by name, folded as
/// `Register.foldName` does, within the row's region, then its province when the region holds
/// several comuni of that name. No match, or several, leaves the row unresolved: never a guess.
struct AwardResolver: Sendable {
  let register: Register
  private let regionKeys: [String: Set<String>]

  init(register: Register) {
    self.register = register
    var regionKeys: [String: Set<String>] = [:]
    for entry in register.entries where regionKeys[entry.region] == nil {
      var keys: Set<String> = [Register.foldName(entry.region)]
      for part in entry.region.split(separator: "/") { keys.insert(Register.foldName(String(part))) }
      regionKeys[entry.region] = keys
    }
    self.regionKeys = regionKeys
  }

  /// The register entry of a row, nil when none matches or several do.
  func resolve(code: String, name: String, province: String, region: String) -> RegisterEntry? {
    if let entry = register.entry(code: code) { return entry }
    let named = register.entries(named: name)
    guard !named.isEmpty else { return nil }
    let regionKey = Register.foldName(region)
    let provinceKey = province.uppercased()
    var candidates = named.filter { regionKeys[$0.region]?.contains(regionKey) ?? false }
    if candidates.isEmpty { candidates = named.filter { $0.provinceAbbreviation == provinceKey } }
    if candidates.count > 1 { candidates = candidates.filter { $0.provinceAbbreviation == provinceKey } }
    return candidates.count == 1 ? candidates[0] : nil
  }
}
