import NuvolaSupport

/// Builds an inline SVG picture: a titled, described image (`role="img"`, `<title>`, `<desc>`) made
/// of rectangles, lines, paths and text. Coordinates are written with one decimal and a point, by
/// hand, so that the markup is the same on every machine; text is escaped like HTML text.
///
/// The picture is written as UTF-8 bytes in raw memory, numbers digit by digit, without building a
/// `String` per coordinate. The writer owns that memory until `svg(id:title:description:)` hands
/// the finished picture over: each chart calls it exactly once, at its end.
public struct SVGWriter {
  let width: Double
  let height: Double
  private var body: TapeBuffer<UInt8>

  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
    body = TapeBuffer(capacity: 8 * 1024)
  }

  /// `12.5`, `12`, `-3.2`: at most one decimal, never an exponent, never a comma.
  static func number(_ value: Double) -> String {
    var tape = TapeBuffer<UInt8>(capacity: 24)
    defer { tape.deallocate() }
    append(value, to: &tape)
    return tape.string
  }

  /// Writes `number(value)` without making a string.
  static func append(_ value: Double, to tape: inout TapeBuffer<UInt8>) {
    guard value.isFinite, abs(value) < 1e17 else {
      tape.append(UInt8(ascii: "0"))
      return
    }
    let tenths = Int64((value * 10).rounded())
    if tenths < 0 { tape.append(UInt8(ascii: "-")) }
    let magnitude = tenths.magnitude
    DigitGrouping.withDigits(of: magnitude / 10, separator: nil) { tape.append(contentsOf: $0) }
    let fraction = magnitude % 10
    if fraction != 0 {
      tape.append(UInt8(ascii: "."))
      tape.append(UInt8(ascii: "0") + UInt8(fraction))
    }
  }

  private mutating func literal(_ text: StaticString) { body.append(text) }

  /// ` name="value"`, the value escaped.
  private mutating func attribute(_ name: StaticString, _ value: Double) {
    body.append(UInt8(ascii: " "))
    literal(name)
    literal("=\"")
    SVGWriter.append(value, to: &body)
    body.append(UInt8(ascii: "\""))
  }

  private mutating func attributes(_ pairs: [(String, String)]) {
    HTMLWriter.append(attributes: pairs, to: &body)
  }

  private mutating func points(_ points: [(Double, Double)]) {
    literal(" points=\"")
    for (index, point) in points.enumerated() {
      if index > 0 { body.append(UInt8(ascii: " ")) }
      SVGWriter.append(point.0, to: &body)
      body.append(UInt8(ascii: ","))
      SVGWriter.append(point.1, to: &body)
    }
    body.append(UInt8(ascii: "\""))
  }

  public mutating func rect(x: Double, y: Double, width: Double, height: Double, _ style: [(String, String)] = []) {
    literal("<rect")
    attribute("x", x)
    attribute("y", y)
    attribute("width", max(width, 0))
    attribute("height", max(height, 0))
    attributes(style)
    literal("/>")
  }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, _ style: [(String, String)] = []) {
    literal("<line")
    attribute("x1", x1)
    attribute("y1", y1)
    attribute("x2", x2)
    attribute("y2", y2)
    attributes(style)
    literal("/>")
  }

  /// An open line through the points.
  mutating func polyline(_ points: [(Double, Double)], _ style: [(String, String)] = []) {
    literal("<polyline")
    self.points(points)
    literal(" fill=\"none\"")
    attributes(style)
    literal("/>")
  }

  /// A closed shape through the points (markers: squares, diamonds, triangles).
  mutating func polygon(_ points: [(Double, Double)], _ style: [(String, String)] = []) {
    literal("<polygon")
    self.points(points)
    attributes(style)
    literal("/>")
  }

  mutating func circle(cx: Double, cy: Double, r: Double, _ style: [(String, String)] = []) {
    literal("<circle")
    attribute("cx", cx)
    attribute("cy", cy)
    attribute("r", r)
    attributes(style)
    literal("/>")
  }

  /// Escaped text; `anchor` is `start`, `middle` or `end`.
  public mutating func text(
    _ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
    _ style: [(String, String)] = []
  ) {
    literal("<text")
    attribute("x", x)
    attribute("y", y)
    attribute("font-size", size)
    if anchor != "start" {
      literal(" text-anchor=\"")
      HTMLWriter.append(escaping: anchor, to: &body)
      body.append(UInt8(ascii: "\""))
    }
    attributes(style)
    body.append(UInt8(ascii: ">"))
    HTMLWriter.append(escaping: text, to: &body)
    literal("</text>")
  }

  /// The finished picture; frees the writer's memory (call it once, last). `id` makes the title
  /// and description ids unique in the page.
  public mutating func svg(id: String, title: String, description: String) -> String {
    defer { body.deallocate() }
    var page = TapeBuffer<UInt8>(capacity: body.count + 1024)
    defer { page.deallocate() }
    func literal(_ text: StaticString) { page.append(text) }
    let titleID = id + "-title"
    let descriptionID = id + "-desc"
    literal("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
    SVGWriter.append(width, to: &page)
    page.append(UInt8(ascii: " "))
    SVGWriter.append(height, to: &page)
    literal("\" role=\"img\" aria-labelledby=\"")
    HTMLWriter.append(escaping: titleID, to: &page)
    page.append(UInt8(ascii: " "))
    HTMLWriter.append(escaping: descriptionID, to: &page)
    literal(
      "\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\"><title id=\""
    )
    HTMLWriter.append(escaping: titleID, to: &page)
    literal("\">")
    HTMLWriter.append(escaping: title, to: &page)
    literal("</title><desc id=\"")
    HTMLWriter.append(escaping: descriptionID, to: &page)
    literal("\">")
    HTMLWriter.append(escaping: description, to: &page)
    literal("</desc>")
    page.append(contentsOf: UnsafeBufferPointer(start: body.base, count: body.count))
    literal("</svg>")
    return page.string
  }

  /// Shortens a label that would not fit, with an ellipsis; the chart's table has the full text.
  static func fit(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(max(limit - 1, 1))) + "…"
  }
}
