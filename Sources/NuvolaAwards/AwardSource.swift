import NuvolaSupport

/// Where a set of awards comes from: one file published by PA digitale 2026 and the day its data
/// speak of, so that every award shown carries "dati PA digitale 2026, misura 1.4.5, al 29/03/2025".
public struct AwardSource: Sendable, Hashable {
  /// How the data date was set.
  public enum DateOrigin: String, Sendable, Hashable {
    /// Given by the user (`--data-date`) or, for the shipped snapshot, the publisher's snapshot date.
    case given
    /// Not given: the most recent date in the file (`data_stato_candidatura`, `data_finanziamento`).
    case latestInFile = "latest_in_file"
  }

  /// The file name as published (`candidature_finanziate_145.csv`), without its folder.
  public var fileName: String
  /// The measure numbers the file holds, as the calls write them (`1.4.5`; `1.4.3`).
  public var measures: String
  /// The day the data speak of.
  public var dataDate: Day
  public var dateOrigin: DateOrigin

  public init(fileName: String, measures: String, dataDate: Day, dateOrigin: DateOrigin) {
    self.fileName = fileName
    self.measures = measures
    self.dataDate = dataDate
    self.dateOrigin = dateOrigin
  }

  /// The attribution every output showing awards must carry.
  public static let attribution =
    "Fonte: PA digitale 2026 - open data, Dipartimento per la trasformazione digitale, CC BY 4.0"

  /// `dati PA digitale 2026, misura 1.4.5, al 29/03/2025` (with "data più recente nel file" when
  /// the date was derived rather than given).
  public var label: BilingualText {
    let plural = measures.contains(",")
    let derivedIt = dateOrigin == .latestInFile ? " (data più recente nel file)" : ""
    let derivedEn = dateOrigin == .latestInFile ? " (most recent date in the file)" : ""
    return BilingualText(
      it: "dati PA digitale 2026, misur\(plural ? "e" : "a") \(measures), al \(dataDate.italian)\(derivedIt)",
      en: "PA digitale 2026 data, measure\(plural ? "s" : "") \(measures), as of \(dataDate)\(derivedEn)")
  }

  public var json: JSON {
    .object([
      ("file", .string(fileName)),
      ("measures", .string(measures)),
      ("data_date", .string(dataDate.description)),
      ("date_origin", .string(dateOrigin.rawValue)),
    ])
  }
}
