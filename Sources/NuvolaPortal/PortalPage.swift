import NuvolaAwards
import NuvolaEngine
import NuvolaReports
import NuvolaRules
import NuvolaSupport

/// The portal: one self-contained HTML page (inline stylesheet, script and SVG, nothing fetched)
/// with every comune in scope in one table, the summary figures, and one chart per province.
/// Every row is in the markup, so the page reads and prints without its script; the script only
/// adds sorting and filtering. Pure: rows in, bytes out, the same bytes for the same rows.
public struct PortalPage: Sendable {
  /// The region or province named, nil for every comune.
  public var scope: String?
  public var rows: [PortalRow]
  public var asOf: Day
  public var language: Language
  /// The awards' files, cited in the footer.
  public var awardSources: [AwardSource]

  public init(scope: String?, rows: [PortalRow], asOf: Day, language: Language, awardSources: [AwardSource]) {
    self.scope = scope
    self.rows = rows
    self.asOf = asOf
    self.language = language
    self.awardSources = awardSources
  }

  /// The file name: `index.html`, `index.en.html` in English.
  public var fileName: String { language == .it ? "index.html" : "index.en.html" }

  var format: ReportFormatter { ReportFormatter(language) }
  func t(_ text: BilingualText) -> String { text.text(language) }
  var day: String { language == .it ? asOf.italian : asOf.description }

  public func render() -> [UInt8] {
    var html = HTMLWriter(capacity: 4096 + rows.count * 1400)
    let title = PortalText.fill(PortalText.title, language, ["scope": scope ?? t(PortalText.everyComune)])
    html.raw("<!DOCTYPE html>\n")
    html.open("html", [("lang", language.rawValue)])
    html.newline()
    html.open("head")
    html.void("meta", [("charset", "utf-8")])
    html.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
    html.void("meta", [("name", "generator"), ("content", "Nuvola")])
    html.newline()
    html.element("title", text: title)
    html.newline()
    html.raw("<style>\n" + HTMLStyle.css + PortalStyle.css + "</style>\n")
    html.close("head")
    html.newline()
    html.open("body", [("class", "report portal")])
    html.newline()
    html.open("header", [("class", "report-header")])
    html.element("p", [("class", "kicker")], text: t(PortalText.kicker))
    html.element("h1", text: title)
    html.element(
      "p", [("class", "subtitle")],
      text: PortalText.fill(PortalText.subtitle, language, ["count": format.integer(rows.count), "day": day]))
    html.newline()
    facts(&html)
    html.close("header")
    html.newline()
    html.open("main")
    html.newline()
    table(&html)
    provinces(&html)
    html.close("main")
    html.newline()
    html.open("footer", [("class", "report-footer")])
    html.element("p", text: footer)
    html.close("footer")
    html.newline()
    html.raw("<script>\n" + PortalStyle.script + "</script>\n")
    html.close("body")
    html.newline()
    html.close("html")
    html.newline()
    return html.finish()
  }

  private func sum(_ amount: (PortalRow) -> Money?) -> Money {
    rows.reduce(Money.zero) { $0 + (amount($1) ?? .zero) }
  }

  private func facts(_ html: inout HTMLWriter) {
    let figures: [(BilingualText, String)] = [
      (PortalText.comuni, format.integer(rows.count)),
      (PortalText.withInventory, format.integer(rows.count(where: \.hasInventory))),
      (PortalText.gruppoB, format.integer(rows.count { $0.cedClass == .gruppoB })),
      (PortalText.criticalFindings, format.integer(rows.reduce(0) { $0 + ($1.findings?.first ?? 0) })),
      (PortalText.planCost, format.money(sum(\.planCost))),
      (PortalText.awarded, format.money(sum(\.awarded))),
      (PortalText.paid, format.money(sum(\.paid))),
      (PortalText.pending, format.money(sum(\.pending))),
      (PortalText.renounced, format.money(sum(\.renounced))),
    ]
    html.open("dl", [("class", "facts")])
    for (label, value) in figures {
      html.open("div")
      html.element("dt", text: t(label))
      html.element("dd", text: value)
      html.close("div")
    }
    html.close("dl")
    html.newline()
  }

  /// The provinces in scope, by name, with their abbreviation.
  private var provinceList: [(name: String, abbreviation: String)] {
    var seen = Set<String>()
    var list: [(name: String, abbreviation: String)] = []
    for row in rows where seen.insert(row.provinceAbbreviation).inserted {
      list.append((row.province, row.provinceAbbreviation))
    }
    return list.sorted { ($0.name, $0.abbreviation) < ($1.name, $1.abbreviation) }
  }

  private func table(_ html: inout HTMLWriter) {
    html.open("section", [("id", "comuni")])
    html.element("h2", text: t(PortalText.tableTitle))
    html.newline()
    html.open("form", [("id", "portal-filter"), ("class", "portal-filter"), ("hidden", "hidden")])
    html.open("label")
    html.text(t(PortalText.filter))
    html.void(
      "input", [("id", "portal-search"), ("type", "search"), ("placeholder", t(PortalText.filterHint))])
    html.close("label")
    html.open("label")
    html.text(t(PortalText.province))
    html.open("select", [("id", "portal-province")])
    html.element("option", [("value", "")], text: t(PortalText.allProvinces))
    for province in provinceList {
      html.element("option", [("value", province.abbreviation)], text: province.name)
    }
    html.close("select")
    html.close("label")
    html.open("p")
    html.element("strong", [("id", "portal-shown")], text: format.integer(rows.count))
    html.text(" " + t(PortalText.shown))
    html.close("p")
    html.close("form")
    html.newline()
    html.element(
      "p", [("id", "sort-hint"), ("class", "sort-hint"), ("hidden", "hidden")], text: t(PortalText.sortHint))
    html.open("div", [("class", "table-wrap"), ("tabindex", "0")])
    html.open("table", [("id", "portal-table"), ("class", "portal-table")])
    html.element("caption", text: t(PortalText.caption))
    html.open("thead")
    html.open("tr")
    var headings: [(BilingualText, String)] = [
      (PortalText.istat, "text"), (PortalText.name, "text"), (PortalText.province, "text"),
      (PortalText.populationClass, "num"), (PortalText.ced, "text"),
    ]
    headings += PortalText.severities.map { ($0, "num") }
    headings += [
      (PortalText.cost, "num"), (PortalText.firstWave, "text"), (PortalText.awardedShort, "num"),
      (PortalText.paidShort, "num"), (PortalText.pendingShort, "num"), (PortalText.renouncedShort, "num"),
      (PortalText.reports, ""),
    ]
    for (label, kind) in headings {
      html.element("th", [("scope", "col")] + (kind.isEmpty ? [] : [("data-sort", kind)]), text: t(label))
    }
    html.close("tr")
    html.close("thead")
    html.newline()
    html.open("tbody")
    html.newline()
    for row in rows { self.row(row, into: &html) }
    html.close("tbody")
    html.close("table")
    html.close("div")
    html.newline()
    html.close("section")
    html.newline()
  }

  private func row(_ row: PortalRow, into html: inout HTMLWriter) {
    html.open("tr", [("data-province", row.provinceAbbreviation)])
    html.element("td", text: row.istatCode)
    html.open("th", [("scope", "row")])
    if let folder = row.reportFolder {
      html.element("a", [("href", folder + "/" + reportName(.itManager))], text: row.name)
    } else {
      html.text(row.name)
    }
    html.close("th")
    html.element("td", text: row.provinceAbbreviation)
    html.element(
      "td", [("data-v", row.population.map(String.init) ?? "")],
      text: row.populationClass.map(t) ?? PortalText.none)
    let ced =
      row.hasInventory ? row.cedClass.map { t($0.label) } ?? t(PortalText.noCED) : t(PortalText.noInventory)
    html.element("td", text: ced)
    for index in FindingSeverity.allCases.indices {
      number(row.findings.map { $0[index] }, into: &html)
    }
    money(row.planCost, into: &html)
    html.element(
      "td", [("data-v", row.firstWave?.description ?? "")],
      text: row.firstWave.map { language == .it ? Self.italian($0) : $0.description } ?? PortalText.none)
    for amount in [row.awarded, row.paid, row.pending, row.renounced] { money(amount, into: &html) }
    html.open("td")
    if let folder = row.reportFolder {
      for (audience, label) in PortalText.reportNames {
        html.element("a", [("href", folder + "/" + reportName(audience))], text: t(label))
      }
    }
    html.close("td")
    html.close("tr")
    html.newline()
  }

  /// `03/2027`: months the way the Italian reports write them.
  static func italian(_ month: YearMonth) -> String {
    (month.month < 10 ? "0" : "") + "\(month.month)/\(month.year)"
  }

  /// Where `report --all --for READER` writes the reader's HTML report in this language.
  func reportName(_ audience: ReportAudience) -> String {
    audience.rawValue + (language == .it ? "" : "." + language.rawValue) + ".html"
  }

  // Number cells carry no attribute: the script sorts them by their text (`1.234,5` read as
  // 1234.5), which keeps a national page of 7,896 rows small enough to load quickly. The
  // stylesheet aligns them by column.
  private func number(_ value: Int?, into html: inout HTMLWriter) {
    html.element("td", text: value.map(format.integer) ?? PortalText.none)
  }

  private func money(_ value: Money?, into html: inout HTMLWriter) {
    html.element("td", text: value.map(format.amount) ?? PortalText.none)
  }

  private func provinces(_ html: inout HTMLWriter) {
    html.open("section", [("id", "province")])
    html.element("h2", text: t(PortalText.provincesTitle))
    html.open("div", [("class", "provinces")])
    html.newline()
    var byProvince: [String: [PortalRow]] = [:]
    for row in rows { byProvince[row.provinceAbbreviation, default: []].append(row) }
    for province in provinceList {
      let id = "chart-" + (province.abbreviation.isEmpty ? "none" : province.abbreviation)
      let (svg, description) = PortalChart.render(
        province: province.name, rows: byProvince[province.abbreviation] ?? [], id: id, language: language)
      html.open("section")
      html.element("h3", text: province.name.isEmpty ? PortalText.none : province.name)
      html.open("figure", [("class", "chart-figure")])
      html.raw(svg)
      html.element("figcaption", text: description)
      html.close("figure")
      html.close("section")
      html.newline()
    }
    html.close("div")
    html.close("section")
    html.newline()
  }

  private var footer: String {
    let files = awardSources.map {
      "\($0.fileName) \(language == .it ? $0.dataDate.italian : $0.dataDate.description)"
    }
    return PortalText.fill(
      PortalText.footer, language,
      [
        "register": Register.population2022Attribution, "awards": AwardSource.attribution,
        "dates": files.isEmpty ? PortalText.none : files.joined(separator: ", "),
      ])
  }
}
