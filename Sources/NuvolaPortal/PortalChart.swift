import NuvolaReports
import NuvolaSupport

/// The chart of one province on the portal: two stacked bars, the comuni by CED class (class A,
/// Gruppo B, no data centre, no inventory) and the PNRR awards by state (paid, pending,
/// renounced). Each segment carries its figure as text too; the description says it all in words.
enum PortalChart {
  struct Segment {
    var label: String
    var value: Double
    var text: String
    var colour: String
  }

  /// The picture, and its description in words (for the caption).
  static func render(province: String, rows: [PortalRow], id: String, language: Language)
    -> (svg: String, description: String)
  {
    let format = ReportFormatter(language)
    let withCED = rows.filter { $0.hasInventory }
    let a = withCED.count { $0.cedClass == .a }
    let b = withCED.count { $0.cedClass == .gruppoB }
    let noCED = withCED.count - a - b
    let noInventory = rows.count - withCED.count
    let paid = rows.reduce(Money.zero) { $0 + $1.paid }
    let pending = rows.reduce(Money.zero) { $0 + $1.pending }
    let renounced = rows.reduce(Money.zero) { $0 + $1.renounced }
    func count(_ label: BilingualText, _ value: Int, _ colour: String) -> Segment {
      Segment(label: label.text(language), value: Double(value), text: format.integer(value), colour: colour)
    }
    func money(_ label: BilingualText, _ value: Money, _ colour: String) -> Segment {
      Segment(
        label: label.text(language), value: Double(value.cents), text: format.amount(value), colour: colour)
    }
    let bars: [(String, [Segment])] = [
      (
        PortalText.chartComuni.text(language),
        [
          count(PortalText.classA, a, "#2f7d32"), count(PortalText.classB, b, "#b3261e"),
          count(PortalText.noCED, noCED, "#1d5fa8"), count(PortalText.noInventory, noInventory, "#9aa5b1"),
        ]
      ),
      (
        PortalText.chartAwards.text(language),
        [
          money(PortalText.paidShort, paid, "#2f7d32"), money(PortalText.pendingShort, pending, "#b35900"),
          money(PortalText.renouncedShort, renounced, "#9aa5b1"),
        ]
      ),
    ]
    // Narrow enough to read at a third of the page: legends wrap onto a second line when needed.
    let width = 480.0
    let labelWidth = 84.0
    let span = width - labelWidth - 6
    let rowHeight = 70.0
    var svg = SVGWriter(width: width, height: 8 + rowHeight * Double(bars.count))
    for (index, (label, segments)) in bars.enumerated() {
      let y = 6 + rowHeight * Double(index)
      svg.text(label, x: labelWidth - 6, y: y + 17, anchor: "end", size: 12, [("fill", ChartPalette.ink)])
      let total = segments.reduce(0) { $0 + $1.value }
      var x = labelWidth
      var legendX = labelWidth
      var legendY = y + 30
      for segment in segments {
        let length = total > 0 ? span * segment.value / total : 0
        if length > 0 {
          svg.rect(x: x, y: y + 4, width: length, height: 18, [("fill", segment.colour)])
        }
        x += length
        let legend = segment.label + " " + segment.text
        let legendWidth = 22 + Double(legend.count) * 6.3
        if legendX > labelWidth && legendX + legendWidth > width {
          legendX = labelWidth
          legendY += 16
        }
        svg.rect(x: legendX, y: legendY, width: 10, height: 10, [("fill", segment.colour)])
        svg.text(legend, x: legendX + 14, y: legendY + 9, size: 11.5, [("fill", ChartPalette.ink)])
        legendX += legendWidth
      }
      if total == 0 {
        svg.rect(
          x: labelWidth, y: y + 4, width: 14, height: 18,
          [("fill", "none"), ("stroke", ChartPalette.barUnknown), ("stroke-dasharray", "3 2")])
      }
    }
    let description = PortalText.fill(
      PortalText.chartDescription, language,
      [
        "comuni": format.integer(rows.count), "a": format.integer(a), "b": format.integer(b),
        "noced": format.integer(noCED), "noinv": format.integer(noInventory), "paid": format.money(paid),
        "pending": format.money(pending), "renounced": format.money(renounced),
      ])
    let picture = svg.svg(
      id: id, title: PortalText.fill(PortalText.chartTitle, language, ["province": province]),
      description: description)
    return (picture, description)
  }
}
