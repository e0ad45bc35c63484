import NuvolaSupport

/// Draws amounts over the years as lines: an axis of amounts from zero, one labelled point per year,
/// each series with its own colour, dash pattern and marker shape, and a legend that names them.
enum LineChartSVG {
  static func render(_ lines: ReportChart.Lines, chart: ReportChart) -> String {
    let width = 720.0
    let height = 340.0
    let left = 110.0
    let right = 20.0
    let top = 20.0
    let bottom = 70.0
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    var svg = SVGWriter(width: width, height: height)
    let axisTop = Double(lines.axisValues.last?.cents ?? 1)
    func y(_ money: Money) -> Double {
      top + plotHeight - plotHeight * Double(money.cents) / max(axisTop, 1)
    }
    func x(_ index: Int) -> Double {
      lines.points.count <= 1
        ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(lines.points.count - 1)
    }
    for (value, label) in zip(lines.axisValues, lines.axisLabels) {
      let level = y(value)
      svg.line(x1: left, y1: level, x2: width - right, y2: level, [("stroke", ChartPalette.grid)])
      svg.text(label, x: left - 8, y: level + 4, anchor: "end", size: 11.5, [("fill", ChartPalette.muted)])
    }
    for (index, point) in lines.points.enumerated() {
      svg.text(
        point, x: x(index), y: top + plotHeight + 18, anchor: "middle", size: 11.5,
        [("fill", ChartPalette.muted)])
    }
    svg.line(
      x1: left, y1: top + plotHeight, x2: width - right, y2: top + plotHeight,
      [("stroke", ChartPalette.muted)])
    for (seriesIndex, series) in lines.series.enumerated() {
      let style = ChartPalette.style(seriesIndex)
      var stroke: [(String, String)] = [("stroke", style.colour), ("stroke-width", "2.5")]
      if !style.dash.isEmpty { stroke.append(("stroke-dasharray", style.dash)) }
      // A gap where a value is unknown: the line is broken rather than drawn through a guess.
      var run: [(Double, Double)] = []
      for (index, value) in series.values.enumerated() {
        if let value {
          run.append((x(index), y(value)))
        } else {
          if run.count > 1 { svg.polyline(run, stroke) }
          run = []
        }
      }
      if run.count > 1 { svg.polyline(run, stroke) }
      for (index, value) in series.values.enumerated() {
        guard let value else { continue }
        marker(&svg, style.marker, x: x(index), y: y(value), colour: style.colour)
      }
    }
    // Legend below the axis: a sample of each line with its marker, then the name.
    var legendX = left
    let legendY = height - 22
    for (seriesIndex, series) in lines.series.enumerated() {
      let style = ChartPalette.style(seriesIndex)
      var stroke: [(String, String)] = [("stroke", style.colour), ("stroke-width", "2.5")]
      if !style.dash.isEmpty { stroke.append(("stroke-dasharray", style.dash)) }
      svg.line(x1: legendX, y1: legendY, x2: legendX + 36, y2: legendY, stroke)
      marker(&svg, style.marker, x: legendX + 18, y: legendY, colour: style.colour)
      let name = SVGWriter.fit(series.name, 40)
      svg.text(name, x: legendX + 44, y: legendY + 4, size: 12, [("fill", ChartPalette.ink)])
      legendX += 60 + Double(name.count) * 6.6
    }
    return svg.svg(id: chart.id, title: chart.title, description: chart.description)
  }

  static func marker(
    _ svg: inout SVGWriter, _ marker: ChartPalette.Marker, x: Double, y: Double, colour: String
  ) {
    let fill: [(String, String)] = [("fill", colour), ("stroke", "#ffffff"), ("stroke-width", "1")]
    switch marker {
    case .circle: svg.circle(cx: x, cy: y, r: 4.5, fill)
    case .square: svg.rect(x: x - 4.5, y: y - 4.5, width: 9, height: 9, fill)
    case .triangle: svg.polygon([(x, y - 5.5), (x + 5.5, y + 4.5), (x - 5.5, y + 4.5)], fill)
    }
  }
}
