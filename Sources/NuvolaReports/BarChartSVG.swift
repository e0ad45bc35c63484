/// Draws horizontal bars, one per category, each labelled with its category and its amount; an
/// unknown amount is drawn as a hatched stub with the word for unknown, never as an empty bar.
enum BarChartSVG {
  static func render(_ bars: [ReportChart.Bar], chart: ReportChart) -> String {
    let width = 720.0
    let labelWidth = 230.0
    let valueWidth = 150.0
    let rowHeight = 30.0
    let top = 12.0
    let height = top * 2 + rowHeight * Double(max(bars.count, 1))
    var svg = SVGWriter(width: width, height: height)
    let largest = bars.compactMap(\.value).map(\.cents).max() ?? 0
    let span = width - labelWidth - valueWidth - 10
    svg.line(
      x1: labelWidth, y1: top - 4, x2: labelWidth, y2: height - top + 4,
      [("stroke", ChartPalette.grid), ("stroke-width", "1")])
    for (index, bar) in bars.enumerated() {
      let y = top + rowHeight * Double(index)
      svg.text(
        SVGWriter.fit(bar.label, 34), x: labelWidth - 8, y: y + 19, anchor: "end", size: 12.5,
        [("fill", ChartPalette.ink)])
      if let value = bar.value {
        let length = largest > 0 ? span * Double(value.cents) / Double(largest) : 0
        svg.rect(
          x: labelWidth, y: y + 6, width: max(length, value.cents > 0 ? 2 : 0), height: 18,
          [("fill", ChartPalette.bar)])
        svg.text(
          bar.valueText, x: labelWidth + max(length, 0) + 6, y: y + 19, size: 12.5,
          [("fill", ChartPalette.ink)])
      } else {
        svg.rect(
          x: labelWidth, y: y + 6, width: 14, height: 18,
          [("fill", "none"), ("stroke", ChartPalette.barUnknown), ("stroke-dasharray", "3 2")])
        svg.text(bar.valueText, x: labelWidth + 20, y: y + 19, size: 12.5, [("fill", ChartPalette.muted)])
      }
    }
    return svg.svg(id: chart.id, title: chart.title, description: chart.description)
  }
}
