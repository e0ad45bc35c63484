/// A table of a report. It is also a dataset: CSV writes one file per table id, JSON writes its rows
/// as objects keyed by column id. Several tables may share an id when a report shows one dataset in
/// parts (the criteria of each site); they then share their columns and CSV joins their rows.
public struct ReportTable: Sendable, Equatable {
  /// How HTML and Markdown lay the rows out.
  public enum Layout: Sendable, Equatable {
    /// Rows and columns.
    case grid
    /// One block per row with a label for each value: for rows of long text (findings) that a grid
    /// would squeeze on a phone.
    case records
  }

  /// A column: stable id (the JSON key), the title shown, and how it is shown.
  public struct Column: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Numbers and amounts align right.
    public var numeric: Bool
    /// False for columns that only datasets need (the site of a per-site table): HTML and Markdown
    /// leave them out because the heading above the table already says it.
    public var shown: Bool

    public init(_ id: String, _ title: String, numeric: Bool = false, shown: Bool = true) {
      self.id = id
      self.title = title
      self.numeric = numeric
      self.shown = shown
    }
  }

  /// Stable id: the CSV file name (`it-manager-findings.csv`) and the JSON `id`.
  public var id: String
  /// What the table shows, in words (`<caption>` in HTML).
  public var caption: String
  public var columns: [Column]
  public var rows: [[ReportCell]]
  public var layout: Layout
  /// Shown instead of an empty table.
  public var emptyText: String

  public init(
    id: String, caption: String, columns: [Column], rows: [[ReportCell]] = [], layout: Layout = .grid,
    emptyText: String = ""
  ) {
    self.id = id
    self.caption = caption
    self.columns = columns
    self.rows = rows
    self.layout = layout
    self.emptyText = emptyText
  }

  /// Columns HTML and Markdown show, with their positions in each row.
  public var shownColumns: [(index: Int, column: Column)] {
    var shown: [(index: Int, column: Column)] = []
    shown.reserveCapacity(columns.count)
    for (index, column) in columns.enumerated() where column.shown { shown.append((index, column)) }
    return shown
  }
}
