import NuvolaFormats
import Testing

@Suite("XML reader")
struct XMLReaderTests {
  /// Every event of a document, text written as `"..."`, starts as `<name a=v>`, ends as `</name>`.
  private func events(_ text: String, maxDepth: Int = 256) throws(FormatError) -> [String] {
    var reader = XMLReader(Array(text.utf8), maxDepth: maxDepth)
    var events: [String] = []
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        events.append(
          "<" + ([element.name] + element.attributes.map { "\($0.name)=\($0.value)" }).joined(separator: " ")
            + ">")
      case .end(let name): events.append("</\(name)>")
      case .text(let text): events.append("\"\(text)\"")
      }
    }
    return events
  }

  private func failure(_ text: String, maxDepth: Int = 256) -> FormatError? {
    #expect(throws: FormatError.self) { try events(text, maxDepth: maxDepth) }
  }

  @Test("Elements, attributes with prefixes, text and empty elements")
  func elements() throws {
    let document = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r='rel'>\
      <c r="D14" t="s"><v>12</v></c><c r:id = "x"/></worksheet>
      """
    #expect(
      try events(document) == [
        "<worksheet xmlns=http://schemas.openxmlformats.org/spreadsheetml/2006/main xmlns:r=rel>",
        "<c r=D14 t=s>", "<v>", "\"12\"", "</v>", "</c>", "<c r:id=x>", "</c>", "</worksheet>",
      ])
  }

  @Test("Entities, character references, CDATA, comments and processing instructions")
  func references() throws {
    let document =
      "<t a=\"&lt;&amp;&#x41;&#66;&quot;&apos;\">x &lt; y &gt; z &amp; &#232;&#x1F600;<!-- no -->"
      + "<![CDATA[<raw> & ]]><?pi data?>!</t>"
    #expect(try events(document) == ["<t a=<&AB\"'>", "\"x < y > z & è😀<raw> & !\"", "</t>"])
  }

  @Test("Line ends read as line feeds; white space in attribute values as spaces")
  func lineEnds() throws {
    #expect(try events("<a b=\"1\r\n2\t3\">x\r\ny\rz</a>") == ["<a b=1 2 3>", "\"x\ny\nz\"", "</a>"])
    #expect(try events("<a b=\"&#10;\"/>") == ["<a b=\n>", "</a>"])
  }

  @Test("A byte-order mark and white space around the root are accepted")
  func around() throws {
    var reader = XMLReader([0xEF, 0xBB, 0xBF] + Array("<?xml version='1.0'?>\n<a/>\n<!-- end -->\n".utf8))
    #expect(try reader.next() == .start(XMLElement(name: "a")))
    #expect(reader.depth == 1)
    #expect(try reader.next() == .end("a"))
    #expect(try reader.next() == nil)
    #expect(try reader.next() == nil)
  }

  @Test("A DOCTYPE without an internal subset is skipped, one with is refused")
  func doctype() throws {
    #expect(try events("<!DOCTYPE a SYSTEM \"a[1].dtd\"><a/>") == ["<a>", "</a>"])
    let laughs = """
      <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
      <lolz>&lol2;</lolz>
      """
    let error = failure(laughs)
    #expect(error?.message == "a DOCTYPE with an internal subset is not accepted (entity declarations)")
    #expect(error?.line == 1)
    #expect(error?.column == 22)
    #expect(failure("<a>&lol;</a>")?.message == "unknown entity &lol; (only the five predefined ones are read)")
  }

  @Test("Nesting past the depth limit is refused")
  func depth() throws {
    let deep = String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10)
    #expect(try events(deep, maxDepth: 10).count == 20)
    let error = failure(deep, maxDepth: 9)
    #expect(error?.message == "elements nested deeper than 9")
    #expect(error?.column == 28)
  }

  @Test(
    "Malformed documents are errors with their line and column",
    arguments: [
      ("", "no root element", 1, 1),
      ("  \n ", "no root element", 2, 2),
      ("<a>", "the document ends inside <a>", 1, 4),
      ("<a></b>", "</b> closes <a>", 1, 4),
      ("</a>", "</a> closes no element", 1, 1),
      ("<a/><b/>", "a second root element", 1, 5),
      ("x<a/>", "text outside the root element", 1, 1),
      ("<a/>x", "text outside the root element", 1, 5),
      ("<a b='1' b='2'/>", "the attribute b appears twice", 1, 10),
      ("<a b=1/>", "expected a quoted attribute value", 1, 6),
      ("<a b='1'c='2'/>", "expected a space before an attribute", 1, 9),
      ("<a b/>", "expected = after the attribute b", 1, 5),
      ("<a b='<'/>", "< in an attribute value", 1, 7),
      ("<a b='1", "the document ends inside an attribute value", 1, 7),
      ("<a\n  b", "expected = after the attribute b", 2, 4),
      ("<a>&amp</a>", "& not followed by a reference ending in ;", 1, 4),
      ("<a>&#0;</a>", "&#0; is not a valid character reference", 1, 4),
      ("<a>&#xD800;</a>", "&#xD800; is not a valid character reference", 1, 4),
      ("<a>&#x110000;</a>", "&#x110000; is not a valid character reference", 1, 4),
      ("<a>&#12a;</a>", "&#12a; is not a valid character reference", 1, 4),
      ("<a>]]></a>", "]]> in text", 1, 4),
      ("<a><!-- x</a>", "unterminated comment", 1, 4),
      ("<a><![CDATA[x</a>", "unterminated CDATA section", 1, 4),
      ("<![CDATA[x]]><a/>", "CDATA outside the root element", 1, 1),
      ("<a><?pi</a>", "unterminated processing instruction", 1, 4),
      ("<a/><?xml version='1.0'?>", "the XML declaration must come first", 1, 5),
      ("<?xml version='1.0' encoding='ISO-8859-1'?><a/>", "only UTF-8 documents are read", 1, 1),
      ("<!DOCTYPE a", "unterminated DOCTYPE", 1, 1),
      ("<a><!DOCTYPE a></a>", "a DOCTYPE inside the document", 1, 4),
      ("<a><!ELEMENT a></a>", "unknown markup after <!", 1, 4),
      ("<1a/>", "a name cannot start with 1", 1, 2),
      ("< a/>", "expected a name", 1, 2),
      ("<a/ >", "expected /> to end an empty element", 1, 3),
      ("<a></a x>", "expected > to end </a", 1, 8),
      ("<a", "the document ends inside a tag", 1, 1),
    ])
  func malformed(document: String, message: String, line: Int, column: Int) {
    let error = failure(document)
    #expect(error?.message == message)
    #expect(error?.line == line)
    #expect(error?.column == column)
  }

  @Test("Invalid UTF-8 is refused")
  func invalidUTF8() {
    var reader = XMLReader(Array("<a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8))
    #expect(throws: FormatError.self) { while try reader.next() != nil {} }
  }

  @Test("The writer escapes text and attributes, and what it writes reads back")
  func writer() throws {
    var writer = XMLWriter()
    writer.open("sheet", [("name", "A & \"B\" <\n>")])
    writer.element("c", [("r", "A1")], text: "x < y & z > \u{1}w\r\n")
    writer.element("empty")
    writer.text("città")
    let bytes = writer.finish()
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sheet"))
    #expect(text.contains("name=\"A &amp; &quot;B&quot; &lt;&#10;&gt;\""))
    #expect(text.contains("<c r=\"A1\">x &lt; y &amp; z &gt; w&#13;\n</c><empty/>città</sheet>"))
    var reader = XMLReader(bytes)
    guard case .start(let sheet) = try reader.next() else {
      Issue.record("no start")
      return
    }
    #expect(sheet.attribute("name") == "A & \"B\" <\n>")
    #expect(try reader.next() == .start(XMLElement(name: "c", attributes: [XMLAttribute(name: "r", value: "A1")])))
    #expect(try reader.next() == .text("x < y & z > w\r\n"))
    #expect(XMLWriter.escape("a<b") == "a&lt;b")
    #expect(XMLWriter.escapeAttribute("\"\t") == "&quot;&#9;")
  }
}
