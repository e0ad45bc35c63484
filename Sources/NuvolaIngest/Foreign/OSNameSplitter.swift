/// Splits the operating-system text of foreign inventories ("Microsoft Windows Server 2012 R2
/// (64-bit)", "Red Hat Enterprise Linux Server release 7.9 (Maipo)") into a product and a version
/// the way Nuvola's inventories write them ("Windows Server" + "2012 R2", "Red Hat Enterprise Linux"
/// + "7.9"), so that the audit's OS lifecycle rules recognise them.
///
/// Only products in its table are split; anything else is left to the caller to keep as written.
enum OSNameSplitter {
  enum Result: Equatable {
    /// A known product; the version is nil when the text gives none.
    case split(os: String, version: String?)
    /// A known product whose version is not one version ("2016 or later", "4/5/6").
    case imprecise(os: String, version: String)
    case unrecognised
  }

  private enum VersionStyle {
    /// A year, perhaps followed by R2 (`2012 R2`).
    case windowsServer
    /// `XP`, `Vista`, `7`, `8.1`, `10`, `11`.
    case windowsDesktop
    /// The first number after the product, perhaps followed by a service pack (`15 SP3`).
    case numbered
  }

  private struct Product {
    var tokens: [String]
    var name: String
    var style: VersionStyle
  }

  /// Longer spellings first: the first product whose tokens start the text wins.
  private static let products: [Product] = [
    Product(tokens: ["windows", "server"], name: "Windows Server", style: .windowsServer),
    Product(tokens: ["windows"], name: "Windows", style: .windowsDesktop),
    Product(
      tokens: ["red", "hat", "enterprise", "linux"], name: "Red Hat Enterprise Linux", style: .numbered),
    Product(tokens: ["redhat", "enterprise", "linux"], name: "Red Hat Enterprise Linux", style: .numbered),
    Product(tokens: ["rhel"], name: "Red Hat Enterprise Linux", style: .numbered),
    Product(tokens: ["centos", "stream"], name: "CentOS Stream", style: .numbered),
    Product(tokens: ["centos", "linux"], name: "CentOS Linux", style: .numbered),
    Product(tokens: ["centos"], name: "CentOS Linux", style: .numbered),
    Product(tokens: ["ubuntu"], name: "Ubuntu", style: .numbered),
    Product(tokens: ["debian"], name: "Debian", style: .numbered),
    Product(tokens: ["suse", "linux", "enterprise"], name: "SUSE Linux Enterprise", style: .numbered),
    Product(tokens: ["sles"], name: "SUSE Linux Enterprise", style: .numbered),
    Product(tokens: ["oracle", "linux"], name: "Oracle Linux", style: .numbered),
    Product(tokens: ["rocky", "linux"], name: "Rocky Linux", style: .numbered),
    Product(tokens: ["almalinux"], name: "AlmaLinux", style: .numbered),
    Product(tokens: ["fedora"], name: "Fedora", style: .numbered),
    Product(tokens: ["freebsd"], name: "FreeBSD", style: .numbered),
    Product(tokens: ["vmware", "esxi"], name: "VMware ESXi", style: .numbered),
    Product(tokens: ["esxi"], name: "VMware ESXi", style: .numbered),
    Product(tokens: ["vmware", "photon", "os"], name: "Photon OS", style: .numbered),
  ]

  /// Words that stand between a product and its version and say nothing about either.
  private static let fillers: Set<String> = [
    "server", "release", "linux", "gnu/linux", "gnu", "workstation", "enterprise", "edition", "standard",
    "datacenter", "lts", "version", "for", "x86", "desktop",
  ]

  static func split(_ text: String) -> Result {
    let tokens = tokenise(text)
    var start = 0
    if tokens.first == "microsoft" { start = 1 }
    guard start < tokens.count else { return .unrecognised }
    for product in products {
      let end = start + product.tokens.count
      guard end <= tokens.count, Array(tokens[start..<end]) == product.tokens else { continue }
      let rest = Array(tokens[end...])
      switch product.style {
      case .windowsServer: return windowsServer(rest, name: product.name)
      case .windowsDesktop: return windowsDesktop(rest, name: product.name)
      case .numbered: return numbered(rest, name: product.name)
      }
    }
    return .unrecognised
  }

  /// Lowercase words without trademarks, parentheses (`(64-bit)`, `(Maipo)`), commas and
  /// architecture words.
  static func tokenise(_ text: String) -> [String] {
    var cleaned = ""
    var depth = 0
    let lowered = text.lowercased()
      .replacingOccurrences(of: "(r)", with: " ").replacingOccurrences(of: "(tm)", with: " ")
    for character in lowered {
      switch character {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1); cleaned.append(" ")
      case "®", "™", ",", ";": if depth == 0 { cleaned.append(" ") }
      default: if depth == 0 { cleaned.append(character) }
      }
    }
    let noise: Set<String> = ["64-bit", "32-bit", "x64", "x86_64", "amd64", "i386", "64bit", "32bit"]
    return cleaned.split(whereSeparator: \.isWhitespace).map(String.init).filter { !noise.contains($0) }
  }

  private static func isImprecise(_ tokens: ArraySlice<String>) -> Bool {
    let words = Array(tokens.prefix(3))
    return words.starts(with: ["or", "later"]) || words.starts(with: ["or", "newer"])
      || words.starts(with: ["and", "later"])
  }

  private static func windowsServer(_ rest: [String], name: String) -> Result {
    for (index, token) in rest.enumerated() {
      var year = token
      var r2 = false
      if token.hasSuffix("r2"), token.count == 6 {
        year = String(token.prefix(4))
        r2 = true
      }
      guard year.count == 4, year.allSatisfy(\.isNumber), year.hasPrefix("19") || year.hasPrefix("20") else {
        continue
      }
      if index + 1 < rest.count, rest[index + 1] == "r2" { r2 = true }
      let version = year + (r2 ? " R2" : "")
      let after = rest[(index + 1 + (r2 && token.count == 4 ? 1 : 0))...]
      if isImprecise(after) { return .imprecise(os: name, version: version + " or later") }
      return .split(os: name, version: version)
    }
    return .split(os: name, version: nil)
  }

  private static func windowsDesktop(_ rest: [String], name: String) -> Result {
    guard let first = rest.first else { return .split(os: name, version: nil) }
    let known = ["xp": "XP", "vista": "Vista", "7": "7", "8": "8", "8.1": "8.1", "10": "10", "11": "11"]
    guard let version = known[first] else {
      // "Windows 2000", "Windows NT 4.0": kept whole rather than guessed.
      return first.contains(where: \.isNumber) || first == "nt"
        ? .unrecognised : .split(os: name, version: nil)
    }
    if isImprecise(rest.dropFirst()) { return .imprecise(os: name, version: version + " or later") }
    return .split(os: name, version: version)
  }

  private static func numbered(_ rest: [String], name: String) -> Result {
    var index = 0
    while index < rest.count, fillers.contains(rest[index]) { index += 1 }
    guard index < rest.count else { return .split(os: name, version: nil) }
    let token = rest[index]
    guard let first = token.first, first.isNumber else {
      // A codename ("unstable", "sid") or words the table does not know: no version.
      return .split(os: name, version: nil)
    }
    let trimmed = String(token.reversed().drop { !$0.isNumber && !$0.isLetter }.reversed())
    if trimmed.contains("/") || trimmed.contains("x") || isImprecise(rest[(index + 1)...]) {
      var text = trimmed
      if isImprecise(rest[(index + 1)...]) { text += " or later" }
      return .imprecise(os: name, version: text)
    }
    var version = trimmed
    if index + 1 < rest.count, rest[index + 1].hasPrefix("sp"),
      rest[index + 1].dropFirst(2).allSatisfy(\.isNumber),
      rest[index + 1].count > 2
    {
      version += " " + rest[index + 1].uppercased()
    }
    return .split(os: name, version: version)
  }
}
