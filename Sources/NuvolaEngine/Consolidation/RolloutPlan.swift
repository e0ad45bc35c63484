import NuvolaSupport

/// From pilots to the whole area (Regione Lombardia: pilots, a model that certifies what they
/// achieved, then a diffusion plan): the pilots, the waves that follow, and the PNRR money each wave
/// can claim.
public struct RolloutPlan: Sendable, Equatable {
  public var pilots: [RolloutPilot]
  public var waves: [RolloutWave]
  /// The register-wide funding columns the amounts follow.
  public var columns: [RegisterFunding.Column]
  public var waveSize: Int
  public var rules: [BilingualText]
  public var notes: [BilingualText]

  public var total: Money { waves.reduce(.zero) { $0 + $1.total } }
  public var funded: Money { waves.reduce(.zero) { $0 + $1.funded } }
  public var unfunded: Money { waves.reduce(.zero) { $0 + $1.unfunded } }
  /// The day the phases are dated from and the money judged on; nil = undated.
  public var asOf: Day? = nil

  /// The wave of a comune, if planned.
  public func wave(of istatCode: String) -> Int? { waves.first { $0.comuni.contains(istatCode) }?.number }

  public var json: JSON {
    .object([
      ("pilots", .array(pilots.map(\.json))),
      ("waves", .array(waves.map { $0.json(columns: columns) })),
      ("wave_size", .int(waveSize)),
      (
        "columns",
        .array(
          columns.map { column in
            .object([
              ("column", .string(column.name)), ("measure", .string(column.measureCode)),
              ("label", column.component.label.json), ("estimates", .bool(column.hasEstimates)),
              ("sources", .array(column.sources.map(\.json))),
            ])
          })
      ),
      ("pnrr_total", EngineJSON.money(total)),
      ("as_of", asOf.map { .string($0.description) } ?? .null),
      ("funded", EngineJSON.money(funded)), ("unfunded", EngineJSON.money(unfunded)),
      ("rules", .array(rules.map(\.json))), ("notes", .array(notes.map(\.json))),
    ])
  }
}
