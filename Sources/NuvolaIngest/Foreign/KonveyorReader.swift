import NuvolaFormats
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Reads Konveyor's application import CSV into a comune's applications: rows of record type 1 are
/// applications, rows of type 2 dependencies between them (southbound: the application depends on
/// the other; northbound: the other depends on it). Tags are mapped when their category is one
/// Nuvola knows (deployment, data class, domain, licence, risk, ease of migration) and their value
/// is one of its codes; every other tag is listed in the report.
///
/// Pure: bytes in, merged inventory and report out. The mapping is in `docs/importers.md`.
public struct KonveyorReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  enum Column: Hashable {
    case recordType, name, description, comments, businessService, dependency, direction, owner
    case tagCategory(Int)
    case tag(Int)
  }

  static let columnKeys: [String: Column] = [
    "record type": .recordType, "record type 1": .recordType, "application name": .name,
    "description": .description, "comments": .comments, "business service": .businessService,
    "dependency": .dependency, "dependency direction": .direction, "owner": .owner,
  ]

  /// Columns of the format that Nuvola does not map (build coordinates, people other than the owner).
  static let ignoredKeys: Set<String> = [
    "binary group", "binary artifact", "binary version", "binary packaging", "binary", "repository type",
    "repository kind", "repository url", "repository branch", "repository path", "contributors",
  ]

  /// `tag category 3` / `tag type 3` and `tag 3`.
  static func classify(_ key: String) -> Column? {
    for prefix in ["tag category ", "tag type "] where key.hasPrefix(prefix) {
      return Int(key.dropFirst(prefix.count)).map(Column.tagCategory)
    }
    if key.hasPrefix("tag ") { return Int(key.dropFirst(4)).map(Column.tag) }
    return nil
  }

  /// A field of an application that a tag category sets.
  struct TagField {
    var field: String
    var codes: [String]
    var parse: @Sendable (String) -> String?
  }

  static let deploymentTag = TagField(field: "deployment", codes: Deployment.codes) {
    Deployment(parsing: $0)?.rawValue
  }
  static let dataClassTag = TagField(field: "data_class", codes: DataClass.codes) {
    DataClass(parsing: $0)?.rawValue
  }
  static let domainTag = TagField(field: "domain", codes: ServiceDomain.codes) {
    ServiceDomain(parsing: $0)?.rawValue
  }
  static let licenceTag = TagField(field: "licence", codes: Licence.codes) { Licence(parsing: $0)?.rawValue }
  static let riskTag = TagField(field: "risk", codes: Grade.codes) { Grade(parsing: $0)?.rawValue }
  static let easeTag = TagField(field: "migration_ease", codes: Grade.codes) { Grade(parsing: $0)?.rawValue }

  /// Tag categories Nuvola maps, by key (`ForeignSheet.key`), English and Italian.
  static let tagCategories: [String: TagField] = [
    "deployment": deploymentTag, "deployment model": deploymentTag, "hosting": deploymentTag,
    "distribuzione": deploymentTag, "erogazione": deploymentTag,
    "data class": dataClassTag, "data classification": dataClassTag, "acn data class": dataClassTag,
    "classe dati": dataClassTag, "classificazione dati": dataClassTag, "classificazione acn": dataClassTag,
    "domain": domainTag, "business domain": domainTag, "service domain": domainTag, "dominio": domainTag,
    "ambito": domainTag, "area funzionale": domainTag,
    "licence": licenceTag, "license": licenceTag, "licenza": licenceTag, "licensing": licenceTag,
    "risk": riskTag, "rischio": riskTag,
    "migration ease": easeTag, "ease of migration": easeTag, "facilita di migrazione": easeTag,
  ]

  public func read(
    _ bytes: [UInt8], file: String, into base: Inventory, baseName: String
  ) throws(InputError) -> ForeignImport {
    var merge = ForeignMerge(format: .konveyor, file: file, base: base, baseName: baseName)
    guard
      let sheet = ForeignSheet.read(
        bytes, file: file, format: .konveyor, problems: &merge.problems,
        isHeader: { $0.contains("application name") },
        tolerates: KonveyorReader.isShortDependency)
    else {
      try merge.problems.check()
      throw InputError(Diagnostic(file: file, message: "not a Konveyor application import"))
    }
    var columns = ForeignColumns(
      sheet: sheet, keys: KonveyorReader.columnKeys, ignored: KonveyorReader.ignoredKeys, merge: &merge,
      classify: KonveyorReader.classify)
    columns.require(.recordType, named: "Record Type", merge: &merge)
    columns.require(.name, named: "Application Name", merge: &merge)
    if merge.problems.structural { try merge.problems.check() }
    let tagNumbers = Set(
      sheet.header.cells.indices.compactMap { index -> Int? in
        switch KonveyorReader.classify(ForeignSheet.key(sheet.header.cells[index].text)) {
        case .tagCategory(let number)?, .tag(let number)?: return number
        default: return nil
        }
      }
    ).sorted()
    let reading = Reading(sheet: sheet, columns: columns, tagNumbers: tagNumbers)
    var dependencies: [Reading.Dependency] = []
    for row in sheet.rows where !row.isMalformed && !ForeignSheet.isBlank(row) {
      merge.report.sourceRecords += 1
      reading.row(row, into: &merge, dependencies: &dependencies)
    }
    // Dependencies may name applications of later rows: they are resolved once all are merged.
    for dependency in dependencies { reading.resolve(dependency, into: &merge) }
    return try merge.finish(register: register)
  }

  /// `2,App,Other,southbound`: Konveyor accepts dependency rows of just four cells.
  static func isShortDependency(_ row: CSVRow) -> Bool {
    row.cells.count >= 4 && FieldDecoder.trimmed(row.cells[0].text) == "2"
  }

  private struct Reading {
    let sheet: ForeignSheet
    let columns: ForeignColumns<Column>
    let tagNumbers: [Int]

    struct Dependency {
      var application: String
      var applicationLocation: ForeignLocation
      var other: String
      var otherLocation: ForeignLocation
      var southbound: Bool
    }

    func text(_ row: CSVRow, _ column: Column) -> String? { sheet.value(row, columns[column]) }

    func location(_ row: CSVRow, _ column: Column) -> ForeignLocation {
      columns[column].map { sheet.location(row, $0) } ?? ForeignLocation(line: row.line)
    }

    func header(_ column: Column) -> String { columns[column].map(sheet.columnName) ?? "" }

    func row(_ row: CSVRow, into merge: inout ForeignMerge, dependencies: inout [Dependency]) {
      let type = text(row, .recordType)
      guard type == "1" || type == "2" else {
        merge.fail(
          location(row, .recordType), value: type,
          type == nil ? "the record type is missing" : "not a record type",
          expected: "1 (an application) or 2 (a dependency)")
        return
      }
      let short = row.cells.count < sheet.header.cells.count
      guard let name = short ? cellText(row, 1) : text(row, .name) else {
        merge.fail(
          location(row, .name), value: nil, "the application name is missing",
          expected: "the application's name in column Application Name")
        return
      }
      if type == "1" { application(row, name: name, into: &merge) }
      // An application row may declare a dependency too; a short dependency row has it in its last
      // two cells, as Konveyor reads it.
      let otherColumn = short ? row.cells.count - 2 : columns[.dependency]
      let directionColumn = short ? row.cells.count - 1 : columns[.direction]
      let other = otherColumn.flatMap { sheet.value(row, $0) }
      let direction = directionColumn.flatMap { sheet.value(row, $0) }
      guard type == "2" || other != nil || direction != nil else { return }
      let otherPlace = otherColumn.map { sheet.location(row, $0) } ?? ForeignLocation(line: row.line)
      let directionPlace = directionColumn.map { sheet.location(row, $0) } ?? ForeignLocation(line: row.line)
      guard let other else {
        merge.fail(
          otherPlace, value: nil, "the dependency names no application",
          expected: "the name of another application in column Dependency")
        return
      }
      let southbound: Bool
      switch direction?.lowercased() {
      case "southbound": southbound = true
      case "northbound": southbound = false
      default:
        merge.fail(
          directionPlace, value: direction,
          direction == nil ? "the dependency direction is missing" : "not a dependency direction",
          expected:
            "southbound (the application depends on the other) or northbound (the other depends on it)")
        return
      }
      dependencies.append(
        Dependency(
          application: name, applicationLocation: short ? cellLocation(row, 1) : location(row, .name),
          other: other, otherLocation: otherPlace, southbound: southbound))
    }

    private func cellText(_ row: CSVRow, _ index: Int) -> String? { sheet.value(row, index) }

    private func cellLocation(_ row: CSVRow, _ index: Int) -> ForeignLocation { sheet.location(row, index) }

    private func application(_ row: CSVRow, name: String, into merge: inout ForeignMerge) {
      if let problem = InventoryValidator.textProblem(name, maxLength: 200) {
        merge.fail(location(row, .name), value: name, problem, expected: "a name of at most 200 characters")
        return
      }
      let id = ForeignID.make("app", name)
      var draft = ForeignMerge.Draft(
        id: id, name: name, location: location(row, .name), label: "application \(Diagnostic.quoted(name))")
      var notes: [String] = []
      if let description = text(row, .description) { notes.append("Description: \(description)") }
      if let comments = text(row, .comments) { notes.append("Comments: \(comments)") }
      if let owner = text(row, .owner) { notes.append("Owner: \(owner)") }
      var setByTag: [String: String] = [:]
      for number in tagNumbers { tag(number, row, draft: &draft, setByTag: &setByTag, into: &merge) }
      if let service = text(row, .businessService) {
        if let domain = ServiceDomain(parsing: service) {
          if setByTag["domain"] == nil {
            draft.set("domain", .text(domain.rawValue), at: location(row, .businessService))
          }
        } else {
          notes.append("Business service: \(service)")
          draft.unmapped(
            location(row, .businessService), field: header(.businessService), value: service,
            reason: "names no service domain of the catalogue exactly: domain not set by it (kept in notes)")
        }
      }
      if !notes.isEmpty {
        draft.notes = notes.joined(separator: "; ")
        draft.notesLocation = location(row, columns[.description] != nil ? .description : .name)
      }
      merge.mergeApplication(draft, primary: true)
    }

    private func tag(
      _ number: Int, _ row: CSVRow, draft: inout ForeignMerge.Draft, setByTag: inout [String: String],
      into merge: inout ForeignMerge
    ) {
      guard let value = text(row, .tag(number)) else { return }
      let place = location(row, .tag(number))
      let field = header(.tag(number))
      guard let category = text(row, .tagCategory(number)) else {
        draft.unmapped(
          place, field: field, value: value, reason: "a tag without a category: not mapped")
        return
      }
      guard let target = KonveyorReader.tagCategories[ForeignSheet.key(category)] else {
        draft.unmapped(
          place, field: field, value: "\(category): \(value)",
          reason: "tag category \(Diagnostic.quoted(category)) is not one Nuvola maps")
        return
      }
      guard let code = target.parse(value) else {
        draft.unmapped(
          place, field: field, value: "\(category): \(value)",
          reason: "not a \(target.field) code (\(target.codes.joined(separator: ", "))): not mapped")
        return
      }
      if let earlier = setByTag[target.field], earlier != code {
        draft.unmapped(
          place, field: field, value: "\(category): \(value)",
          reason: "contradicts an earlier tag of the row (\(target.field) \(earlier)): not mapped")
        return
      }
      setByTag[target.field] = code
      draft.set(target.field, .text(code), at: place)
    }

    func resolve(_ dependency: Dependency, into merge: inout ForeignMerge) {
      let expected = "the name of an application in this file or in the comune's inventory"
      guard let application = merge.applicationID(named: dependency.application) else {
        merge.fail(
          dependency.applicationLocation, value: dependency.application,
          "no application has this name", expected: expected)
        return
      }
      guard let other = merge.applicationID(named: dependency.other) else {
        merge.fail(
          dependency.otherLocation, value: dependency.other, "no application has this name",
          expected: expected)
        return
      }
      guard application != other else {
        merge.fail(
          dependency.otherLocation, value: dependency.other, "an application cannot depend on itself",
          expected: "another application")
        return
      }
      if dependency.southbound {
        merge.addDependency(of: application, on: other, at: dependency.otherLocation)
      } else {
        merge.addDependency(of: other, on: application, at: dependency.otherLocation)
      }
      merge.report.count("dependencies")
    }
  }
}
