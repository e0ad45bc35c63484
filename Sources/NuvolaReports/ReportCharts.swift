import NuvolaSupport

/// Builds the charts of the reports from values: each with a title, a sentence that says what it
/// shows, and the table of its data.
struct ReportCharts {
  let values: ReportValues
  var strings: ReportStrings { values.strings }

  /// Yearly spend by category as the inventory states it; nil when the inventory gives no costs at all.
  func spendChart(_ spend: SpendByCategory) -> ReportChart? {
    guard spend.categories.contains(where: { $0.withFigure > 0 }) else { return nil }
    var bars: [ReportChart.Bar] = []
    var rows: [[ReportCell]] = []
    var parts: [String] = []
    for category in spend.categories {
      let label = strings.spendCategories[category.id] ?? category.id
      let amount = values.money(category.knownTotal)
      bars.append(ReportChart.Bar(label: label, value: category.knownTotal, valueText: amount.text))
      rows.append([
        .code(category.id, label: label), amount, values.integer(category.withFigure),
        values.integer(category.withoutFigure),
      ])
      parts.append(label + " " + amount.text)
    }
    let table = ReportTable(
      id: "spend_by_category", caption: strings.spendCaption,
      columns: [
        .init("category", strings.columnCategory),
        .init("yearly_amount", strings.columnYearlyAmount, numeric: true),
        .init("records_with_figure", strings.columnWithFigure, numeric: true),
        .init("records_without_figure", strings.columnWithoutFigure, numeric: true),
      ], rows: rows)
    return ReportChart(
      id: "chart-spend", title: strings.spendChartTitle,
      description: values.fill(strings.spendChartDescription, ["parts": parts.joined(separator: "; ")]),
      kind: .bars(bars), table: table)
  }

  /// Round steps for a money axis from zero to at least `maximum`: 1, 2 or 5 times a power of ten.
  static func axis(upTo maximum: Money, steps: Int = 4) -> [Money] {
    let top = max(maximum.cents, 100)
    var step: Int64 = 100
    let candidates: [Int64] = [1, 2, 5]
    var magnitude: Int64 = 100
    search: while true {
      for factor in candidates {
        step = factor * magnitude
        if step * Int64(steps) >= top { break search }
      }
      magnitude *= 10
    }
    let count = Int((top + step - 1) / step)
    return (0...count).map { Money(cents: Int64($0) * step) }
  }
}
