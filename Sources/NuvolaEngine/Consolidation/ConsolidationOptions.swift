import NuvolaAwards
import NuvolaSupport

/// The choices a coordinator makes for a consolidation: the area's name, the comune that seats the
/// shared centre, and the pilots, when not left to the rules.
public struct ConsolidationOptions: Sendable, Equatable {
  /// `Provincia di Varese` / `Province of Varese`, for headings.
  public var area: BilingualText
  /// ISTAT code of the comune seating the centre (`--centre`).
  public var centre: String?
  /// ISTAT codes of the pilots (`--pilots`); empty to let the rules choose.
  public var pilots: [String]
  /// The day the rollout is dated from (its first phase starts the month after) and calls are judged
  /// on; nil = undated, and no money is counted as funded.
  public var asOf: Day? = nil
  /// The published awards of the comuni, when known: an award still to complete funds its phase only
  /// if the phase ends by the end of the PNRR.
  public var awards: AwardBook? = nil

  public init(area: BilingualText, centre: String? = nil, pilots: [String] = []) {
    self.area = area
    self.centre = centre
    self.pilots = pilots
  }

  /// Equal choices: the awards are data the options carry, compared by the day they are judged on.
  public static func == (lhs: ConsolidationOptions, rhs: ConsolidationOptions) -> Bool {
    lhs.area == rhs.area && lhs.centre == rhs.centre && lhs.pilots == rhs.pilots && lhs.asOf == rhs.asOf
      && (lhs.awards == nil) == (rhs.awards == nil)
  }
}
