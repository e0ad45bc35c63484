import NuvolaSupport

/// Named numeric defaults with provenance (cost defaults, audit thresholds): each value says where it
/// comes from, whether a source confirms it, and whether it is only Nuvola's assumption.
public struct RuleParameters: Sendable, Equatable {
  /// One named value with its unit, range, source and status.
  public struct Parameter: Sendable, Equatable {
    public var key: String
    public var value: Double
    public var min: Double?
    public var max: Double?
    public var unit: String
    public var source: RuleSource
    public var confirmed: Bool
    public var assumption: Bool
    public var note: String?
    /// The note in Italian (`note_it`), where the rules give one.
    public var noteItalian: String?

    /// The unit in `language` (`anni`), from the units catalogue `texts/units.tsv`; as written when
    /// the catalogue does not list it.
    public func unit(_ language: Language) -> String {
      TextCatalogue.units.optionalText(unit, language) ?? unit
    }

    /// The note in `language`: the Italian one when there is one, else the note as written.
    public func note(_ language: Language) -> String? {
      language == .it ? (noteItalian ?? note) : note
    }

    public var json: JSON {
      .object([
        ("key", .string(key)), ("value", .double(value)), ("min", min.map(JSON.double) ?? .null),
        ("max", max.map(JSON.double) ?? .null), ("unit", .string(unit)), ("source", source.json),
        ("confirmed", .bool(confirmed)), ("assumption", .bool(assumption)),
        ("note", note.map(JSON.string) ?? .null),
      ])
    }
  }

  public var provenance: RuleProvenance
  public var values: [String: Parameter]

  public subscript(key: String) -> Parameter? { values[key] }

  /// The value of a parameter the loader has checked is present.
  public func number(_ key: String) -> Double { values[key]?.value ?? 0 }

  init(_ node: RuleNode, provenance: RuleProvenance, required: [String]) throws(InputError) {
    self.provenance = provenance
    let valuesNode = try node.member("values")
    var values: [String: Parameter] = [:]
    for (key, item) in try valuesNode.members() {
      let value = try item.member("value").number()
      let low = try item.optionalMember("min")?.number()
      let high = try item.optionalMember("max")?.number()
      if let low, let high, !(low <= value && value <= high) {
        throw try item.member("value").failure(
          "outside its own range", expected: "a number from \(low) to \(high)")
      }
      values[key] = Parameter(
        key: key, value: value, min: low, max: high, unit: try item.string("unit"),
        source: try RuleSource(item.member("source")), confirmed: try item.bool("confirmed"),
        assumption: try item.optionalMember("assumption")?.bool() ?? false,
        note: try item.optionalString("note"), noteItalian: try item.optionalString("note_it"))
    }
    for key in required where values[key] == nil {
      throw valuesNode.failure(
        "missing value \"\(key)\"", expected: "values " + required.joined(separator: ", "))
    }
    self.values = values
  }
}
