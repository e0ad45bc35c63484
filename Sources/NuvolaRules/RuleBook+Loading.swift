import Foundation
import NuvolaSupport

extension RuleBook {
  /// Loads the rules shipped with Nuvola, with the files of `overrideDirectory` (`--rules DIR`)
  /// replacing those of the same name and adding new ones (e.g. another measure).
  ///
  /// Every file is validated; all problems found are reported together, each with its file and JSON
  /// path (`pnrr-1.2.json: at $.classes[2].amounts.lump_sum.value: ...`).
  public static func load(overrideDirectory: URL? = nil) throws(InputError) -> RuleBook {
    guard let bundled = bundledDirectory else {
      // The files are part of the build; if they are missing the installation is broken, not the input.
      throw InputError(
        Diagnostic(file: "rules", message: "Nuvola's bundled rules are missing; reinstall Nuvola"))
    }
    return try load(bundledDirectory: bundled, overrideDirectory: overrideDirectory)
  }

  /// The folder of the shipped rules files inside the resource bundle.
  public static var bundledDirectory: URL? {
    let manager = FileManager.default
    var candidates: [URL] = []
    candidates.append(Bundle.module.bundleURL.appendingPathComponent("Resources/rules"))
    if let resources = Bundle.module.resourceURL {
      candidates.append(resources.appendingPathComponent("Resources/rules"))
      candidates.append(resources.appendingPathComponent("rules"))
    }
    return candidates.first { url in
      var isDirectory: ObjCBool = false
      return manager.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
  }

  static func load(bundledDirectory: URL, overrideDirectory: URL?) throws(InputError) -> RuleBook {
    var chosen: [String: (url: URL, origin: String)] = [:]
    for name in try jsonFiles(in: bundledDirectory) {
      chosen[name] = (bundledDirectory.appendingPathComponent(name), RuleProvenance.bundledOrigin)
    }
    if let overrideDirectory {
      for name in try jsonFiles(in: overrideDirectory) {
        let url = overrideDirectory.appendingPathComponent(name)
        chosen[name] = (url, url.path)
      }
    }
    var errors = DiagnosticList()
    var parsed: [ParsedFile] = []
    for name in chosen.keys.sorted() {
      let (url, origin) = chosen[name]!
      let label = origin == RuleProvenance.bundledOrigin ? "rules/\(name) (bundled)" : url.path
      do {
        parsed.append(try parse(url: url, name: name, label: label, origin: origin))
      } catch {
        errors.append(contentsOf: error)
      }
    }
    try errors.check()
    return try assemble(parsed)
  }

  private enum ParsedFile {
    case measure(Measure, label: String)
    case ced(CEDCriteria, label: String)
    case dataClasses(DataClassRules, label: String)
    case parameters(RuleParameters, label: String)
    case os(OSLifecycle, label: String)
    case consolidation(ConsolidationRules, label: String)
    case planning(PlanningRules, label: String)
    case calendar(PNRRCalendar, label: String)

    var provenance: RuleProvenance {
      switch self {
      case .measure(let value, _): return value.provenance
      case .ced(let value, _): return value.provenance
      case .dataClasses(let value, _): return value.provenance
      case .parameters(let value, _): return value.provenance
      case .os(let value, _): return value.provenance
      case .consolidation(let value, _): return value.provenance
      case .planning(let value, _): return value.provenance
      case .calendar(let value, _): return value.provenance
      }
    }
  }

  private static func jsonFiles(in directory: URL) throws(InputError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw InputError(
        Diagnostic(
          file: directory.path, message: "cannot read the rules folder",
          expected: "a folder of rules files (*.json)"))
    }
    return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
  }

  private static func parse(url: URL, name: String, label: String, origin: String) throws(InputError)
    -> ParsedFile
  {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw InputError(Diagnostic(file: label, message: "cannot read the file"))
    }
    let root = RuleNode(try RuleJSON.parse(data, file: label), file: label)
    let provenance = try RuleProvenance(root, fileName: name, origin: origin)
    let kindNode = try root.member("kind")
    switch provenance.kind {
    case "pnrr_measure":
      return .measure(try Measure(root, provenance: provenance), label: label)
    case "ced_criteria":
      return .ced(try CEDCriteria(root, provenance: provenance), label: label)
    case "data_classes":
      return .dataClasses(try DataClassRules(root, provenance: provenance), label: label)
    case "os_lifecycle":
      return .os(try OSLifecycle(root, provenance: provenance), label: label)
    case ConsolidationRules.kind:
      return .consolidation(try parseConsolidation(root, provenance: provenance), label: label)
    case PlanningRules.kind:
      return .planning(try PlanningRules(root, provenance: provenance), label: label)
    case PNRRCalendar.kind:
      return .calendar(try PNRRCalendar(root, provenance: provenance), label: label)
    case "parameters":
      let required: [String]
      switch provenance.id {
      case "cost-defaults": required = requiredCostDefaults
      case "audit-thresholds": required = requiredAuditThresholds
      default:
        throw try root.member("id").failure(
          "unknown parameters file", expected: "cost-defaults or audit-thresholds")
      }
      return .parameters(try RuleParameters(root, provenance: provenance, required: required), label: label)
    default:
      throw kindNode.failure(
        "unknown kind of rules file",
        expected:
          "pnrr_measure, pnrr_calendar, ced_criteria, data_classes, os_lifecycle, parameters, consolidation or planning")
    }
  }

  /// Checks what no single file can: one file of each singular kind, unique measure codes and columns.
  private static func assemble(_ parsed: [ParsedFile]) throws(InputError) -> RuleBook {
    var errors = DiagnosticList()
    var measures: [Measure] = []
    var ced: [CEDCriteria] = []
    var dataClasses: [DataClassRules] = []
    var os: [OSLifecycle] = []
    var costDefaults: [RuleParameters] = []
    var thresholds: [RuleParameters] = []
    var consolidation: [ConsolidationRules] = []
    var planning: [PlanningRules] = []
    var calendars: [(PNRRCalendar, String)] = []
    var columns: [String: String] = [:]
    for file in parsed {
      switch file {
      case .measure(let measure, let label):
        if let other = measures.first(where: { $0.code == measure.code }) {
          errors.append(
            Diagnostic(
              file: label, path: "$.measure", value: measure.code,
              message: "measure also defined in \(other.provenance.fileName)",
              expected: "each measure in one file"))
        }
        for component in measure.components {
          guard let column = component.column else { continue }
          if let owner = columns[column] {
            errors.append(
              Diagnostic(
                file: label, path: "$.components", value: column,
                message: "column also used by \(owner)", expected: "unique register columns"))
          }
          columns[column] = measure.provenance.fileName
        }
        measures.append(measure)
      case .ced(let value, _): ced.append(value)
      case .dataClasses(let value, _): dataClasses.append(value)
      case .os(let value, _): os.append(value)
      case .consolidation(let value, _): consolidation.append(value)
      case .planning(let value, _): planning.append(value)
      case .calendar(let value, let label): calendars.append((value, label))
      case .parameters(let value, _):
        if value.provenance.id == "cost-defaults" {
          costDefaults.append(value)
        } else {
          thresholds.append(value)
        }
      }
    }
    func single<T>(_ values: [T], _ what: String) -> T? {
      if values.count != 1 {
        errors.append(
          Diagnostic(
            file: "rules", message: "\(values.count) files of \(what)",
            expected: "exactly one file of \(what)"))
      }
      return values.first
    }
    let cedValue = single(ced, "kind ced_criteria")
    let dataValue = single(dataClasses, "kind data_classes")
    let osValue = single(os, "kind os_lifecycle")
    let costValue = single(costDefaults, "id cost-defaults")
    let thresholdValue = single(thresholds, "id audit-thresholds")
    let consolidationValue = single(consolidation, "kind consolidation")
    let planningValue = single(planning, "kind planning")
    let calendarValue = single(calendars, "kind pnrr_calendar")
    if let (calendar, label) = calendarValue {
      measures = attach(calendar, label: label, to: measures, errors: &errors)
    }
    try errors.check()
    guard let cedValue, let dataValue, let osValue, let costValue, let thresholdValue, let consolidationValue,
      let planningValue, let calendarValue
    else {
      throw InputError(Diagnostic(file: "rules", message: "incomplete rules"))
    }
    measures.sort { $0.code.compare($1.code, options: .numeric) == .orderedAscending }
    return RuleBook(
      measures: measures, cedCriteria: cedValue, dataClasses: dataValue, costDefaults: costValue,
      auditThresholds: thresholdValue, osLifecycle: osValue,
      files: parsed.map(\.provenance).sorted { $0.fileName < $1.fileName }, consolidation: consolidationValue,
      planning: planningValue, calendar: calendarValue.0)
  }

  /// Gives each measure the calendar's calls for it; a call naming no loaded measure is an error.
  private static func attach(
    _ calendar: PNRRCalendar, label: String, to measures: [Measure], errors: inout DiagnosticList
  ) -> [Measure] {
    let codes = Set(measures.map(\.code))
    for (index, call) in calendar.calls.enumerated() where !codes.contains(call.measure ?? "") {
      errors.append(
        Diagnostic(
          file: label, path: "$.calls[\(index)].measure", value: call.measure ?? "",
          message: "call of a measure no rules file defines",
          expected: "one of " + codes.sorted().joined(separator: ", ")))
    }
    return measures.map { measure in
      var measure = measure
      measure.calls = (measure.calls + calendar.calls(of: measure.code)).sorted {
        ($0.opens, $0.id) < ($1.opens, $1.id)
      }
      return measure
    }
  }
}
