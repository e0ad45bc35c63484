import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Checks an inventory as a whole: every value within its field's rules, the comune known to the ISTAT
/// register, ids unique, every reference resolving to a record of the right kind, and dates that make
/// sense together. Pure: no I/O, the register is given.
///
/// Readers run it after decoding and put each issue back at the line and column the record came
/// from; importers of foreign formats run it on the inventories they build.
public enum InventoryValidator {
  /// Years a date in an inventory may plausibly fall in.
  public static let plausibleYears = 1970...2100

  public static func validate(_ inventory: Inventory, register: Register) -> [ValidationIssue] {
    validate(inventory, register: register, checkingValues: true)
  }

  /// `checkingValues: false` skips checking each value against its field's rules: the readers have
  /// already decoded every value through those rules, and at national scale the pass is not free.
  /// `acrossRecords: false` keeps only the checks of one record at a time (the comune against the
  /// register, dates): after a structural problem records may be missing, and ids and references
  /// would report consequences, not causes.
  static func validate(
    _ inventory: Inventory, register: Register, checkingValues: Bool, acrossRecords: Bool = true
  ) -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    if checkingValues {
      checkFields([inventory.comune], into: &issues)
      checkFields(inventory.sites, into: &issues)
      checkFields(inventory.assets, into: &issues)
      checkFields(inventory.applications, into: &issues)
      checkFields(inventory.links, into: &issues)
    }
    checkComune(inventory.comune, register: register, into: &issues)
    if acrossRecords {
      checkUniqueIDs(inventory.sites.map(\.id), of: .site, into: &issues)
      checkUniqueIDs(inventory.assets.map(\.id), of: .asset, into: &issues)
      checkUniqueIDs(inventory.applications.map(\.id), of: .application, into: &issues)
      checkUniqueIDs(inventory.links.map(\.id), of: .link, into: &issues)
      checkReferences(inventory, into: &issues)
    }
    checkDates(inventory, into: &issues)
    return issues.isEmpty ? issues : ordered(issues)
  }

  // MARK: - Values against their fields

  /// 1 to 64 characters from `A-Z a-z 0-9 . _ -`.
  static func isIdentifier(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard !utf8.isEmpty, utf8.count <= 64 else { return false }
    return utf8.allSatisfy { byte in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
  }

  /// Why a text cannot be stored in a text field, nil when it can: too long, or holding control
  /// characters other than line breaks and tabs (they corrupt reports and terminals).
  static func textProblem(_ text: String, maxLength: Int) -> String? {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
      if isControl && scalar != "\n" && scalar != "\t" && scalar != "\r" {
        let hex = String(value, radix: 16, uppercase: true)
        return "text contains the control character U+" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
    // Counting characters is costly; only texts that may be too long are counted.
    if text.utf8.count > maxLength {
      let count = text.count
      if count > maxLength { return "text too long: \(count) characters" }
    }
    return nil
  }

  private static func checkFields<R: InventoryRecord>(_ records: [R], into issues: inout [ValidationIssue]) {
    for (index, record) in records.enumerated() {
      for field in R.fields {
        let value = field.get(record)
        guard let message = problem(value, field: field) else { continue }
        issues.append(
          ValidationIssue(
            recordType: R.recordType, index: index, field: field.name, value: value.cellText,
            message: message, expected: field.kind.expectation))
      }
    }
  }

  private static let dayExpectation =
    "a date between \(plausibleYears.lowerBound) and \(plausibleYears.upperBound)"

  private static func problem<R>(_ value: FieldValue, field: Field<R>) -> String? {
    let missing = "required value is missing"
    switch (field.kind, value) {
    case (_, .unknown):
      return field.required ? missing : nil
    case (.identifier, .text(let text)), (.reference, .text(let text)):
      if text.isEmpty { return field.required ? missing : "not a valid id" }
      return isIdentifier(text) ? nil : "not a valid id"
    case (.text(let maxLength), .text(let text)):
      if text.isEmpty && field.required { return missing }
      return textProblem(text, maxLength: maxLength)
    case (.integer(let range), .integer(let number)):
      return range.contains(number) ? nil : rangeMessage(number < range.lowerBound, number < 0, range)
    case (.decimal(let range), .decimal(let number)):
      return range.contains(number) ? nil : rangeMessage(!(number >= range.lowerBound), number < 0, range)
    case (.money(let range), .money(let money)):
      let low = range.lowerBound.multipliedReportingOverflow(by: 100)
      let high = range.upperBound.multipliedReportingOverflow(by: 100)
      let lowCents = low.overflow ? Int64.min : low.partialValue
      let highCents = high.overflow ? Int64.max : high.partialValue
      if money.cents >= lowCents && money.cents <= highCents { return nil }
      return rangeMessage(money.cents < lowCents, money.cents < 0, range)
    case (.day, .day):
      // Plausible years are checked with the other date rules, by checkDates.
      return nil
    case (.flag, .flag):
      return nil
    case (.choice(let codes), .text(let code)):
      return codes.contains(code) ? nil : "not an accepted code"
    case (.references, .list(let ids)):
      return ids.allSatisfy(isIdentifier) ? nil : "not a list of valid ids"
    default:
      return "value of the wrong type for this field"
    }
  }

  private static func rangeMessage<T>(_ below: Bool, _ negative: Bool, _ range: ClosedRange<T>) -> String {
    if below { return negative ? "negative number" : "out of range: less than \(range.lowerBound)" }
    return "out of range: more than \(range.upperBound)"
  }

  // MARK: - The comune and the register

  private static func checkComune(_ comune: Comune, register: Register, into issues: inout [ValidationIssue])
  {
    let code = comune.istatCode
    let expectation = "a 6-digit ISTAT code of a comune in the register (e.g. 014061 for Sondrio)"
    guard !code.isEmpty else { return }
    func issue(_ field: String, _ value: String, _ message: String, _ expected: String) {
      issues.append(
        ValidationIssue(
          recordType: .comune, index: 0, field: field, value: value, message: message, expected: expected))
    }
    let isSixDigits = code.utf8.count == 6 && code.utf8.allSatisfy { (48...57).contains($0) }
    guard isSixDigits else {
      var message = "not a 6-digit ISTAT code"
      // Spreadsheets drop leading zeros (014061 becomes 14061): name the code that was probably meant.
      if (4...5).contains(code.utf8.count), let entry = register.entry(code: code) {
        message += " (with its leading zeros it would be \(entry.istatCode), \(entry.name))"
      }
      issue("istat_code", code, message, expectation)
      return
    }
    guard let entry = register.entry(code: code) else {
      issue("istat_code", code, "no comune has this ISTAT code in the register", expectation)
      return
    }
    if let name = comune.name, !namesMatch(name, entry.name) {
      issue(
        "name", name, "the name does not match the ISTAT register for \(entry.istatCode)",
        "\(entry.name) (accents, case and spacing aside), or no name")
    }
  }

  /// Names match when they differ in accents, case, spaces, hyphens and the apostrophe's form only
  /// (`Register.spellingKey`); when the register writes a bilingual name ("Bolzano/Bozen"), either
  /// part, or both in either order, is the name too. Nothing else is: a name cannot add words,
  /// punctuation, slashes or invisible characters to the register's, so what reports print as the
  /// official name is always the register's.
  static func namesMatch(_ given: String, _ registered: String) -> Bool {
    // The usual case, the register's own spelling: equal names fold equal, so no folding is needed.
    if given == registered { return true }
    let key = Register.spellingKey(given)
    if key == Register.spellingKey(registered) { return true }
    guard registered.contains("/") else { return false }
    let parts = registered.split(separator: "/").map { Register.spellingKey(String($0)) }
    if parts.contains(key) { return true }
    let givenParts = given.split(separator: "/", omittingEmptySubsequences: false).map {
      Register.spellingKey(String($0))
    }
    return givenParts.count == parts.count && Set(givenParts) == Set(parts)
  }

  // MARK: - Ids and references

  private static func checkUniqueIDs(
    _ ids: [String], of type: RecordType, into issues: inout [ValidationIssue]
  ) {
    var first: [String: Int] = [:]
    first.reserveCapacity(ids.count)
    for (index, id) in ids.enumerated() where !id.isEmpty {
      if let earlier = first[id] {
        issues.append(
          ValidationIssue(
            recordType: type, index: index, field: "id", value: id,
            message: "duplicate id: another record in \(type.plural) has it",
            expected: "an id used by one record only in \(type.plural)", relatedIndex: earlier))
      } else {
        first[id] = index
      }
    }
  }

  // The loops below read records' fields by index (`inventory.assets[index].site`) rather than
  // iterating records by value: a copy of a record retains and releases every string it holds,
  // and at national scale validation ran over a quarter of a million records.
  private static func checkReferences(_ inventory: Inventory, into issues: inout [ValidationIssue]) {
    var siteIDs = Set<String>(minimumCapacity: inventory.sites.count)
    for index in inventory.sites.indices { siteIDs.insert(inventory.sites[index].id) }
    var assetKinds: [String: AssetKind] = [:]
    assetKinds.reserveCapacity(inventory.assets.count)
    for index in inventory.assets.indices where assetKinds[inventory.assets[index].id] == nil {
      assetKinds[inventory.assets[index].id] = inventory.assets[index].kind
    }
    var applicationIDs = Set<String>(minimumCapacity: inventory.applications.count)
    for index in inventory.applications.indices { applicationIDs.insert(inventory.applications[index].id) }

    func dangling(_ type: RecordType, _ index: Int, _ field: String, _ id: String, _ target: RecordType) {
      let known: [String]
      switch target {
      case .site: known = inventory.sites.map(\.id)
      case .asset: known = inventory.assets.map(\.id)
      case .application: known = inventory.applications.map(\.id)
      case .link: known = inventory.links.map(\.id)
      case .comune: known = []
      }
      issues.append(
        ValidationIssue(
          recordType: type, index: index, field: field, value: id,
          message: "no record in \(target.plural) has this id",
          expected: FieldKind.reference(target).expectation + " " + listing(known, of: target)))
    }

    for index in inventory.assets.indices {
      if let site = inventory.assets[index].site, !site.isEmpty, !siteIDs.contains(site) {
        dangling(.asset, index, "site", site, .site)
      }
      guard let host = inventory.assets[index].host, !host.isEmpty else { continue }
      if host == inventory.assets[index].id {
        issues.append(
          ValidationIssue(
            recordType: .asset, index: index, field: "host", value: host,
            message: "an asset cannot host itself",
            expected: hostExpectation))
      } else if let kind = assetKinds[host] {
        if !kind.canHostVMs {
          issues.append(
            ValidationIssue(
              recordType: .asset, index: index, field: "host", value: host,
              message: "asset \(host) is of kind \(kind.rawValue), which cannot run virtual machines",
              expected: hostExpectation))
        }
      } else {
        dangling(.asset, index, "host", host, .asset)
      }
    }
    for index in inventory.applications.indices {
      if let asset = inventory.applications[index].asset, !asset.isEmpty, assetKinds[asset] == nil {
        dangling(.application, index, "asset", asset, .asset)
      }
      if let site = inventory.applications[index].site, !site.isEmpty, !siteIDs.contains(site) {
        dangling(.application, index, "site", site, .site)
      }
      let id = inventory.applications[index].id
      for dependency in inventory.applications[index].dependsOn {
        if dependency == id {
          issues.append(
            ValidationIssue(
              recordType: .application, index: index, field: "depends_on", value: dependency,
              message: "an application cannot depend on itself",
              expected: "the ids of other records in applications"))
        } else if !applicationIDs.contains(dependency) {
          dangling(.application, index, "depends_on", dependency, .application)
        }
      }
    }
    for index in inventory.links.indices {
      let site = inventory.links[index].site
      if !site.isEmpty && !siteIDs.contains(site) { dangling(.link, index, "site", site, .site) }
    }
  }

  private static var hostExpectation: String {
    let kinds = AssetKind.allCases.filter(\.canHostVMs).map(\.rawValue).joined(separator: " or ")
    return "the id of an asset of kind \(kinds)"
  }

  /// `(ids in sites: ced, sala2)`, shortened when long, so the user sees what the id could have been.
  private static func listing(_ ids: [String], of type: RecordType) -> String {
    if ids.isEmpty { return "(\(type.plural) has no records)" }
    let shown = ids.prefix(10).map(Diagnostic.shorten).joined(separator: ", ")
    return "(ids in \(type.plural): \(shown)\(ids.count > 10 ? ", ..." : ""))"
  }

  // MARK: - Dates

  private static func checkDates(_ inventory: Inventory, into issues: inout [ValidationIssue]) {
    func plausible(_ day: Day?, _ type: RecordType, _ index: Int, _ field: String) {
      guard let day, !plausibleYears.contains(day.year) else { return }
      issues.append(
        ValidationIssue(
          recordType: type, index: index, field: field, value: day.description,
          message: "implausible date: year \(day.year)", expected: dayExpectation))
    }
    plausible(inventory.comune.inventoryDate, .comune, 0, "inventory_date")
    for index in inventory.assets.indices {
      plausible(inventory.assets[index].endOfSupport, .asset, index, "end_of_support")
    }
    for index in inventory.applications.indices {
      plausible(inventory.applications[index].contractEnd, .application, index, "contract_end")
    }
    guard let date = inventory.comune.inventoryDate else { return }
    for index in inventory.assets.indices {
      guard let year = inventory.assets[index].purchaseYear, year > date.year else { continue }
      issues.append(
        ValidationIssue(
          recordType: .asset, index: index, field: "purchase_year", value: String(year),
          message: "purchase year after the inventory date (\(date))",
          expected: "a year not after \(date.year)"))
    }
  }

  // MARK: - Order

  /// Issues in record order (comune, sites, assets, applications, links), then field order.
  private static func ordered(_ issues: [ValidationIssue]) -> [ValidationIssue] {
    func fieldRanks<R: InventoryRecord>(_ type: R.Type) -> [String: Int] {
      Dictionary(R.fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let ranks: [RecordType: [String: Int]] = [
      .comune: fieldRanks(Comune.self), .site: fieldRanks(Site.self), .asset: fieldRanks(Asset.self),
      .application: fieldRanks(Application.self), .link: fieldRanks(Link.self),
    ]
    let typeRank = Dictionary(uniqueKeysWithValues: RecordType.allCases.enumerated().map { ($1, $0) })
    return issues.enumerated().sorted { left, right in
      let a = left.element
      let b = right.element
      let keyA = (typeRank[a.recordType] ?? 0, a.index, ranks[a.recordType]?[a.field] ?? 0, left.offset)
      let keyB = (typeRank[b.recordType] ?? 0, b.index, ranks[b.recordType]?[b.field] ?? 0, right.offset)
      return keyA < keyB
    }.map(\.element)
  }
}

/// One problem found by `InventoryValidator`: which record (type and index in its list), which
/// field, the value, what is wrong and what was expected.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
  public var recordType: RecordType
  /// Index of the record in its list (0-based; 0 for the comune).
  public var index: Int
  public var field: String
  public var value: String
  public var message: String
  public var expected: String
  /// For a duplicate id: the index of the first record with the same id.
  public var relatedIndex: Int?

  public init(
    recordType: RecordType, index: Int, field: String, value: String, message: String, expected: String,
    relatedIndex: Int? = nil
  ) {
    self.recordType = recordType
    self.index = index
    self.field = field
    self.value = value
    self.message = message
    self.expected = expected
    self.relatedIndex = relatedIndex
  }

  /// `assets[2].host: MESSAGE (found "VALUE"); expected EXPECTED`.
  public var description: String {
    let record = recordType == .comune ? "comune" : "\(recordType.plural)[\(index)]"
    return "\(record).\(field): \(message) (found \(Diagnostic.quoted(value))); expected \(expected)"
  }
}
