/// Colours and strokes of the charts. Series differ by line pattern and marker shape as well as by
/// colour (a blue and an orange that colour-blind readers tell apart), so a chart printed in black
/// and white still reads.
public enum ChartPalette {
  public static let ink = "#1f2933"
  static let muted = "#52606d"
  static let grid = "#d9dee4"
  static let bar = "#1d5fa8"
  public static let barUnknown = "#9aa5b1"
  static let milestone = "#b3261e"

  /// One drawing style per series, in order.
  struct Series {
    var colour: String
    /// SVG `stroke-dasharray`, empty for a continuous line.
    var dash: String
    var marker: Marker
  }

  /// The shape drawn at each point of a series.
  enum Marker {
    case circle
    case square
    case triangle
  }

  static let series: [Series] = [
    Series(colour: "#1d5fa8", dash: "", marker: .circle),
    Series(colour: "#b35900", dash: "7 4", marker: .square),
    Series(colour: "#2f7d32", dash: "2 3", marker: .triangle),
  ]

  static func style(_ index: Int) -> Series { series[index % series.count] }
}
