import Foundation
import NuvolaAwards
import NuvolaSupport

/// Turns the rows of one file into awards: keeps the comuni rows, checks every cell it reads
/// (every problem of the file is collected, up to the limit) and resolves each row to the register.
struct AwardRowDecoder {
  let file: String
  let sheet: String
  let resolver: AwardResolver
  var problems = DiagnosticList()
  var awards: [Award] = []
  var unresolved: [UnresolvedAward] = []
  var comuniRows = 0
  private var latest: Day?
  /// The source of every award, completed (measures, date) once the file is read.
  private static let pending = AwardSource(
    fileName: "", measures: "", dataDate: Day(year: 2000, month: 1, day: 1)!, dateOrigin: .given)

  init(file: String, resolver: AwardResolver) {
    self.file = file
    self.sheet = (file as NSString).lastPathComponent
    self.resolver = resolver
  }

  mutating func decode(_ row: AwardRow) {
    let kind = FieldDecoder.trimmed(row[.tipologiaEnte] ?? "").lowercased()
    guard kind == "comune" || kind == "comuni" else { return }
    comuniRows += 1
    let before = problems.diagnostics.count + problems.omitted
    func text(_ column: AwardColumn) -> String { FieldDecoder.trimmed(row[column] ?? "") }
    func fail(_ column: AwardColumn, _ message: String, _ expected: String) {
      problems.append(row.problem(column, file: file, sheet: sheet, message: message, expected: expected))
    }
    func day(_ column: AwardColumn, required: Bool) -> Day? {
      let value = text(column)
      if value.isEmpty {
        if required { fail(column, "missing date", "a date YYYY-MM-DD") }
        return nil
      }
      // `data_invio_candidatura` is a timestamp (2022-05-17T17:00:00.000+0000): its day is enough.
      let dayPart = value.count > 10 && value.utf8.dropFirst(10).first == UInt8(ascii: "T")
        ? String(value.prefix(10)) : value
      guard let day = Day(parsing: dayPart) else {
        fail(column, "not a date", "a date YYYY-MM-DD" + (column == .dataInvio ? " (with its time)" : ""))
        return nil
      }
      return day
    }

    let avviso = text(.avviso)
    let measure = AwardMeasure.classify(avviso: avviso, misura: text(.misura))
    if measure == nil {
      fail(
        .avviso, "a call of no known measure",
        "a call of measure 1.2, 1.3.1, 1.4.1, 1.4.3 (pagoPA, app IO), 1.4.4 (SPID CIE, ANPR ANSC) or 1.4.5")
    }
    let amountText = text(.importo)
    let amount = Money(parsing: amountText)
    if amount == nil || amount!.cents < 0 {
      fail(.importo, "not an amount", "an amount in euro such as 47427.0 (at most two decimals, no thousands separators)")
    }
    let window = AwardRowDecoder.window(text(.finestra))
    if window == nil {
      fail(.finestra, "not a window number", "a whole number from 1, such as 2 or 2.0")
    }
    let stateText = text(.stato)
    let state = AwardState(rawValue: stateText.uppercased())
    if state == nil {
      fail(.stato, "unknown state", "A (assegnato), E (erogato) or R (rinunciato)")
    }
    // A few published rows have no CUP yet: kept, shown as unknown.
    let cup = text(.cup)
    let fundingDay = day(.dataFinanziamento, required: true)
    let stateDay = day(.dataStato, required: false)
    let applicationDay = day(.dataInvio, required: false)
    guard problems.diagnostics.count + problems.omitted == before, let measure, let amount, let window,
      let state, let fundingDay
    else { return }
    let code = text(.codComune)
    guard
      let entry = resolver.resolve(
        code: code, name: text(.comune), province: text(.provincia), region: text(.regione))
    else {
      unresolved.append(
        UnresolvedAward(
          line: row.line, code: code, comune: text(.comune), province: text(.provincia),
          region: text(.regione), ente: text(.ente), avviso: avviso))
      return
    }
    let decree = text(.decreto)
    latest = [latest, fundingDay, stateDay].compactMap { $0 }.max()
    awards.append(
      Award(
        istatCode: entry.istatCode, measure: measure, avviso: avviso, window: window, amount: amount,
        cup: cup, decree: decree.isEmpty ? nil : decree, state: state, stateDay: stateDay,
        fundingDay: fundingDay, applicationDay: applicationDay, source: AwardRowDecoder.pending,
        line: row.line))
  }

  /// `2`, `2.0` (the 2023 files) or `2,0`: a window from 1.
  static func window(_ text: String) -> Int? {
    var whole = Substring(text)
    if let separator = text.firstIndex(where: { $0 == "." || $0 == "," }) {
      guard text[text.index(after: separator)...].allSatisfy({ $0 == "0" }) else { return nil }
      whole = text[..<separator]
    }
    guard !whole.isEmpty, whole.count <= 4, whole.allSatisfy({ $0.isASCII && $0.isNumber }),
      let value = Int(whole), value >= 1
    else { return nil }
    return value
  }

  /// The file read: its source (measures held, the data date given or the latest in the file) on
  /// every award.
  func file(rowsRead: Int, dataDate: Day?) -> AwardFile {
    let measures = Set(awards.map(\.measure.number)).sorted {
      $0.compare($1, options: .numeric) == .orderedAscending
    }
    let source = AwardSource(
      fileName: sheet, measures: measures.joined(separator: ", "),
      dataDate: dataDate ?? latest ?? AwardRowDecoder.pending.dataDate,
      dateOrigin: dataDate == nil ? .latestInFile : .given)
    var awards = self.awards
    for index in awards.indices { awards[index].source = source }
    return AwardFile(
      source: source, awards: awards, rowsRead: rowsRead, comuniRows: comuniRows, unresolved: unresolved)
  }
}
