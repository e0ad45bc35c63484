/// The choices a coordinator makes for a consolidation: the area's name, the comune that seats the
/// shared centre, and the pilots, when not left to the rules.
public struct ConsolidationOptions: Sendable, Equatable {
  /// `Provincia di Varese` / `Province of Varese`, for headings.
  public var area: BilingualText
  /// ISTAT code of the comune seating the centre (`--centre`).
  public var centre: String?
  /// ISTAT codes of the pilots (`--pilots`); empty to let the rules choose.
  public var pilots: [String]

  public init(area: BilingualText, centre: String? = nil, pilots: [String] = []) {
    self.area = area
    self.centre = centre
    self.pilots = pilots
  }
}
