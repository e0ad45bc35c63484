/// Builds an inline SVG picture: a titled, described image (`role="img"`, `<title>`, `<desc>`) made
/// of rectangles, lines, paths and text. Coordinates are written with one decimal and a point, by
/// hand, so that the markup is the same on every machine; text is escaped like HTML text.
struct SVGWriter {
  let width: Double
  let height: Double
  private var body = ""

  init(width: Double, height: Double) {
    self.width = width
    self.height = height
    body.reserveCapacity(8 * 1024)
  }

  /// `12.5`, `12`, `-3.2`: at most one decimal, never an exponent, never a comma.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let tenths = Int64((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = tenths.magnitude
    let whole = magnitude / 10
    let fraction = magnitude % 10
    return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }

  private static func attributes(_ pairs: [(String, String)]) -> String {
    pairs.map { " \($0.0)=\"\(HTMLWriter.escape($0.1))\"" }.joined()
  }

  mutating func rect(x: Double, y: Double, width: Double, height: Double, _ style: [(String, String)] = []) {
    body +=
      "<rect x=\"\(SVGWriter.number(x))\" y=\"\(SVGWriter.number(y))\" "
      + "width=\"\(SVGWriter.number(max(width, 0)))\" height=\"\(SVGWriter.number(max(height, 0)))\""
      + SVGWriter.attributes(style) + "/>"
  }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, _ style: [(String, String)] = []) {
    body +=
      "<line x1=\"\(SVGWriter.number(x1))\" y1=\"\(SVGWriter.number(y1))\" "
      + "x2=\"\(SVGWriter.number(x2))\" y2=\"\(SVGWriter.number(y2))\"" + SVGWriter.attributes(style) + "/>"
  }

  /// An open line through the points.
  mutating func polyline(_ points: [(Double, Double)], _ style: [(String, String)] = []) {
    let list = points.map { SVGWriter.number($0.0) + "," + SVGWriter.number($0.1) }.joined(separator: " ")
    body += "<polyline points=\"\(list)\" fill=\"none\"" + SVGWriter.attributes(style) + "/>"
  }

  /// A closed shape through the points (markers: squares, diamonds, triangles).
  mutating func polygon(_ points: [(Double, Double)], _ style: [(String, String)] = []) {
    let list = points.map { SVGWriter.number($0.0) + "," + SVGWriter.number($0.1) }.joined(separator: " ")
    body += "<polygon points=\"\(list)\"" + SVGWriter.attributes(style) + "/>"
  }

  mutating func circle(cx: Double, cy: Double, r: Double, _ style: [(String, String)] = []) {
    body +=
      "<circle cx=\"\(SVGWriter.number(cx))\" cy=\"\(SVGWriter.number(cy))\" r=\"\(SVGWriter.number(r))\""
      + SVGWriter.attributes(style) + "/>"
  }

  /// Escaped text; `anchor` is `start`, `middle` or `end`.
  mutating func text(
    _ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
    _ style: [(String, String)] = []
  ) {
    body +=
      "<text x=\"\(SVGWriter.number(x))\" y=\"\(SVGWriter.number(y))\""
      + " font-size=\"\(SVGWriter.number(size))\""
      + (anchor == "start" ? "" : " text-anchor=\"\(anchor)\"") + SVGWriter.attributes(style) + ">"
      + HTMLWriter.escape(text) + "</text>"
  }

  /// The finished picture. `id` makes the title and description ids unique in the page.
  func svg(id: String, title: String, description: String) -> String {
    let titleID = id + "-title"
    let descriptionID = id + "-desc"
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 "
      + "\(SVGWriter.number(width)) \(SVGWriter.number(height))\" role=\"img\" "
      + "aria-labelledby=\"\(HTMLWriter.escape(titleID)) \(HTMLWriter.escape(descriptionID))\" "
      + "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\">"
      + "<title id=\"\(HTMLWriter.escape(titleID))\">\(HTMLWriter.escape(title))</title>"
      + "<desc id=\"\(HTMLWriter.escape(descriptionID))\">\(HTMLWriter.escape(description))</desc>"
      + body + "</svg>"
  }

  /// Shortens a label that would not fit, with an ellipsis; the chart's table has the full text.
  static func fit(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(max(limit - 1, 1))) + "…"
  }
}
