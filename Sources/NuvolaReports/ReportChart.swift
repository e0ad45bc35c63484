import NuvolaSupport

/// A chart of a report: what it draws, its title, a sentence that says what it shows (the text
/// alternative read by screen readers and printed in Markdown), and the table of its data, which every
/// format also shows, so no information lives only in a picture.
public struct ReportChart: Sendable, Equatable {
  /// What the chart draws.
  public enum Kind: Sendable, Equatable {
    /// Horizontal bars, one per category (spend by category).
    case bars([Bar])
    /// Lines over the years (costs on premise against the plan).
    case lines(Lines)
    /// Bars over time, one row per wave, with milestones.
    case gantt(Gantt)
  }

  /// One horizontal bar.
  public struct Bar: Sendable, Equatable {
    public var label: String
    /// Nil when the amount is unknown: drawn as a labelled gap, never as a zero-length bar.
    public var value: Money?
    public var valueText: String

    public init(label: String, value: Money?, valueText: String) {
      self.label = label
      self.value = value
      self.valueText = valueText
    }
  }

  /// Series of amounts over the same points (years).
  public struct Lines: Sendable, Equatable {
    /// One named series; `values` has one item per point, nil where unknown.
    public struct Series: Sendable, Equatable {
      public var name: String
      public var values: [Money?]

      public init(name: String, values: [Money?]) {
        self.name = name
        self.values = values
      }
    }

    public var points: [String]
    public var series: [Series]
    /// Amounts marked on the vertical axis, from zero up, and their labels as the report writes money.
    public var axisValues: [Money]
    public var axisLabels: [String]

    public init(points: [String], series: [Series], axisValues: [Money], axisLabels: [String]) {
      self.points = points
      self.series = series
      self.axisValues = axisValues
      self.axisLabels = axisLabels
    }
  }

  /// Rows of time spans and single-day milestones between two days.
  public struct Gantt: Sendable, Equatable {
    /// A span: a wave from its first to its last day.
    public struct Row: Sendable, Equatable {
      public var label: String
      public var start: Day
      public var end: Day
      /// Text drawn next to the bar (dates, what moves).
      public var detail: String

      public init(label: String, start: Day, end: Day, detail: String) {
        self.label = label
        self.start = start
        self.end = end
        self.detail = detail
      }
    }

    /// A single day worth a vertical line (a CED closure, a deadline).
    public struct Milestone: Sendable, Equatable {
      public var label: String
      public var day: Day

      public init(label: String, day: Day) {
        self.label = label
        self.day = day
      }
    }

    public var rows: [Row]
    public var milestones: [Milestone]
    /// Labels along the time axis (years), each at its first day.
    public var ticks: [Milestone]
    /// The days at the left and right edges of the chart.
    public var start: Day
    public var end: Day

    public init(rows: [Row], milestones: [Milestone], ticks: [Milestone], start: Day, end: Day) {
      self.rows = rows
      self.milestones = milestones
      self.ticks = ticks
      self.start = start
      self.end = end
    }
  }

  public var id: String
  public var title: String
  /// The text alternative: one or two sentences saying what the chart shows.
  public var description: String
  public var kind: Kind
  /// The chart's data as a table, shown under it in every format.
  public var table: ReportTable
  /// Series names in order with a word for how each is drawn (`continuous line, circles`): the legend
  /// must not rely on colour.
  public var legend: [String]

  public init(
    id: String, title: String, description: String, kind: Kind, table: ReportTable, legend: [String] = []
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.kind = kind
    self.table = table
    self.legend = legend
  }
}
