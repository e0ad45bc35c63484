/// A labelled value: `Popolazione: 21.642 (inventario del comune)`. The id is the stable key of the
/// fact in JSON output.
public struct ReportFact: Sendable, Equatable {
  public var id: String
  public var label: String
  public var value: ReportCell

  public init(id: String, label: String, value: ReportCell) {
    self.id = id
    self.label = label
    self.value = value
  }
}
