/// A titled part of a report. Top-level sections are `h2` in HTML and start a new A4 page when
/// printed (when `startsPage`); sections nested in a `.subsection` block go one heading level down.
public struct ReportSection: Sendable, Equatable {
  /// Stable id: the HTML anchor and the JSON `id`.
  public var id: String
  public var title: String
  public var blocks: [ReportBlock]
  /// Printing starts this section on a new page.
  public var startsPage: Bool

  public init(id: String, title: String, blocks: [ReportBlock] = [], startsPage: Bool = true) {
    self.id = id
    self.title = title
    self.blocks = blocks
    self.startsPage = startsPage
  }
}
