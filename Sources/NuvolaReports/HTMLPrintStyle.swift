import NuvolaSupport

/// The part of a report's print stylesheet that depends on the document: the running header (the
/// comune and the as-of day) and the page numbers in the page margins, in the report's language,
/// and for the mayor the line saying which details are left to the other reports. Texts come from
/// the message catalogue (`print.*`).
struct HTMLPrintStyle {
  let document: ReportDocument

  init(_ document: ReportDocument) {
    self.document = document
  }

  var css: String {
    let texts = TextCatalogue.messages
    let language = document.language
    let header = texts.text(
      "print.header", language,
      ["subtitle": document.subtitle, "date": ReportFormatter(language).day(document.asOf)])
    let page = texts.text("print.page", language)
    let of = texts.text("print.of", language)
    var css = "@media print {\n"
    css += "  @page { @top-left { content: \(HTMLPrintStyle.string(header)); }\n"
    css +=
      "    @bottom-right { content: \(HTMLPrintStyle.string(page + " ")) counter(page) "
      + "\(HTMLPrintStyle.string(" " + of + " ")) counter(pages); } }\n"
    if document.audience == .mayor {
      css +=
        "  .report-footer::before { content: \(HTMLPrintStyle.string(texts.text("print.mayor_details", language))); }\n"
    }
    css += "}\n"
    return css
  }

  /// The bytes `string` writes as CSS escapes.
  private static let escaped: [UInt8] = Array("\"'\\<>&".utf8)

  /// `text` as a CSS string: quotes, backslashes, `<`, `>` and `&` as CSS escapes (`\22 `, `\3C `...)
  /// and line breaks as `\A`, so that no text can end the string or close the `<style>` element.
  static func string(_ text: String) -> String {
    // Most texts hold nothing to escape: quoted as they are, without going scalar by scalar.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || HTMLPrintStyle.escaped.contains($0) }) {
      return "\"" + text + "\""
    }
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": quoted += "\\22 "
      case "'": quoted += "\\27 "
      case "\\": quoted += "\\5C "
      case "\n": quoted += "\\A "
      case "<": quoted += "\\3C "
      case ">": quoted += "\\3E "
      case "&": quoted += "\\26 "
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          quoted += " "
        } else {
          quoted.unicodeScalars.append(scalar)
        }
      }
    }
    return quoted + "\""
  }
}
