import NuvolaSupport

/// One file of funded candidature as read: the awards of its comuni rows resolved to the register,
/// the rows that could not be resolved (comuni merged since), and the counts an import reports.
public struct AwardFile: Sendable, Equatable {
  public var source: AwardSource
  /// The awards of the comuni rows that resolved to the register, in file order.
  public var awards: [Award]
  /// Data rows in the file, of every kind of ente.
  public var rowsRead: Int
  /// Rows of comuni (`tipologia_ente` Comune or Comuni), resolved or not.
  public var comuniRows: Int
  /// Comuni rows that match no comune of the register by code nor by name: reported, never guessed.
  public var unresolved: [UnresolvedAward]

  public init(
    source: AwardSource, awards: [Award], rowsRead: Int, comuniRows: Int, unresolved: [UnresolvedAward]
  ) {
    self.source = source
    self.awards = awards
    self.rowsRead = rowsRead
    self.comuniRows = comuniRows
    self.unresolved = unresolved
  }
}

/// A comuni row that matches no comune of the register (a comune merged since, a name the register
/// spells otherwise): where it is and what it says.
public struct UnresolvedAward: Sendable, Equatable {
  public var line: Int
  /// `cod_comune` as written (`N/D`, `018002`).
  public var code: String
  public var comune: String
  public var province: String
  public var region: String
  public var ente: String
  public var avviso: String

  public init(
    line: Int, code: String, comune: String, province: String, region: String, ente: String, avviso: String
  ) {
    self.line = line
    self.code = code
    self.comune = comune
    self.province = province
    self.region = region
    self.ente = ente
    self.avviso = avviso
  }

  public var json: JSON {
    .object([
      ("line", .int(line)), ("cod_comune", .string(code)), ("comune", .string(comune)),
      ("provincia", .string(province)), ("regione", .string(region)), ("ente", .string(ente)),
      ("avviso", .string(avviso)),
    ])
  }
}
