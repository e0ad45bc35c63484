import NuvolaFormats
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Reads the AgID cloud manual's "Lista degli applicativi" saved as CSV (Italian headers, usually `;`
/// separated) into a comune's applications: the name, the two grades (RISCHIO, FACILITA DI
/// MIGRAZIONE), the licence when it is one of Nuvola's kinds, the functional domain only when the
/// supported services name exactly one domain of the catalogue, and the rest in the notes.
///
/// Pure: bytes in, merged inventory and report out. The mapping is in `docs/importers.md`.
public struct AgIDListReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  enum Column: CaseIterable {
    case name, contact, services, licences, opportunities, risk, ease
  }

  /// Header keys (`ForeignSheet.key`): accents, case, apostrophes and extra spaces aside.
  static let columnKeys: [String: Column] = [
    "nome applicativo": .name, "nome applicazione": .name, "applicativo": .name,
    "interlocutore": .contact, "servizi supportati": .services, "servizio supportato": .services,
    "licenze": .licences, "licenza": .licences, "opportunita da cogliere": .opportunities,
    "opportunita": .opportunities, "rischio": .risk, "facilita di migrazione": .ease,
    "facilita migrazione": .ease,
  ]

  /// Columns some copies of the list add, known and not mapped.
  static let ignoredKeys: Set<String> = ["n", "nr", "numero", "id", "note"]

  static let gradeExpectation = "Alto, Medio or Basso (or empty when not assessed)"

  /// A grade as the list writes it; the feminine forms are accepted too, since people write them for
  /// FACILITA (`Alta`, `Media`, `Bassa`).
  static func grade(_ text: String) -> Grade? {
    switch ForeignSheet.key(text) {
    case "alta": return .alto
    case "media": return .medio
    case "bassa": return .basso
    default: return Grade(parsing: text)
    }
  }

  public func read(
    _ bytes: [UInt8], file: String, into base: Inventory, baseName: String
  ) throws(InputError) -> ForeignImport {
    var merge = ForeignMerge(format: .agidList, file: file, base: base, baseName: baseName)
    guard
      let sheet = ForeignSheet.read(
        bytes, file: file, format: .agidList, problems: &merge.problems,
        isHeader: { $0.contains("nome applicativo") || $0.contains("nome applicazione") })
    else {
      try merge.problems.check()
      throw InputError(Diagnostic(file: file, message: "not a Lista degli applicativi"))
    }
    var columns = ForeignColumns(
      sheet: sheet, keys: AgIDListReader.columnKeys, ignored: AgIDListReader.ignoredKeys, merge: &merge)
    columns.require(.name, named: "NOME APPLICATIVO", merge: &merge)
    if merge.problems.structural { try merge.problems.check() }
    let reading = Reading(sheet: sheet, columns: columns)
    for row in sheet.rows where !row.isMalformed && !ForeignSheet.isBlank(row) {
      merge.report.sourceRecords += 1
      reading.application(row, into: &merge)
    }
    return try merge.finish(register: register)
  }

  private struct Reading {
    let sheet: ForeignSheet
    let columns: ForeignColumns<Column>

    func text(_ row: CSVRow, _ column: Column) -> String? { sheet.value(row, columns[column]) }

    func location(_ row: CSVRow, _ column: Column) -> ForeignLocation {
      columns[column].map { sheet.location(row, $0) } ?? ForeignLocation(line: row.line)
    }

    func header(_ column: Column) -> String { columns[column].map(sheet.columnName) ?? "" }

    func application(_ row: CSVRow, into merge: inout ForeignMerge) {
      guard let name = text(row, .name) else {
        merge.fail(
          location(row, .name), value: nil, "the application has no name",
          expected: "the application's name in column NOME APPLICATIVO")
        return
      }
      if let problem = InventoryValidator.textProblem(name, maxLength: 200) {
        merge.fail(location(row, .name), value: name, problem, expected: "a name of at most 200 characters")
        return
      }
      let id = ForeignID.make("app", name)
      var draft = ForeignMerge.Draft(
        id: id, name: name, location: location(row, .name), label: "application \(Diagnostic.quoted(name))")
      for (column, field) in [(Column.risk, "risk"), (.ease, "migration_ease")] {
        guard let value = text(row, column) else { continue }
        if let grade = AgIDListReader.grade(value) {
          draft.set(field, .text(grade.rawValue), at: location(row, column))
        } else {
          merge.fail(
            location(row, column), value: value, "not a grade", expected: AgIDListReader.gradeExpectation)
        }
      }
      var notes: [String] = []
      if let contact = text(row, .contact) { notes.append("Interlocutore: \(contact)") }
      if let services = text(row, .services) {
        notes.append("Servizi supportati: \(services)")
        if let domain = ServiceDomain(parsing: services) {
          draft.set("domain", .text(domain.rawValue), at: location(row, .services))
        } else {
          draft.unmapped(
            location(row, .services), field: header(.services), value: services,
            reason: "names no service domain of the catalogue exactly: domain not set (kept in notes)")
        }
      }
      if let licences = text(row, .licences) {
        if let licence = Licence(parsing: licences) {
          draft.set("licence", .text(licence.rawValue), at: location(row, .licences))
        } else {
          notes.append("Licenze: \(licences)")
          draft.unmapped(
            location(row, .licences), field: header(.licences), value: licences,
            reason: "not one of the licence kinds (\(Licence.codes.joined(separator: ", "))): kept in notes")
        }
      }
      if let opportunities = text(row, .opportunities) {
        notes.append("Opportunità da cogliere: \(opportunities)")
      }
      if !notes.isEmpty {
        draft.notes = notes.joined(separator: "; ")
        draft.notesLocation = location(row, .contact)
      }
      merge.mergeApplication(draft, primary: true)
    }
  }
}
