/// The stylesheet every HTML report carries inline: readable on a phone (fluid layout, tables that
/// scroll sideways inside their own box), printable on A4 (page breaks between sections, no cut
/// rows), and marks that pair colour with a symbol and a word.
public enum HTMLStyle {
  /// Column ids whose cells hold codes, paths and citations without spaces: on paper they may break
  /// anywhere, where every other cell breaks between words only.
  static let breakAnywhereColumns: Set<String> = [
    "source", "sources", "evidence", "code", "record_id", "product", "missing_facts",
  ]


  public static let css = """
    :root { --ink: #1f2933; --muted: #52606d; --line: #d9dee4; --soft: #f4f6f8; --accent: #1d5fa8; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 64rem; padding: 1rem 1rem 3rem; color: var(--ink); background: #fff;
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
    h1 { font-size: 1.7rem; line-height: 1.2; margin: .2rem 0 .3rem; }
    h2 { font-size: 1.35rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem;
      border-bottom: 2px solid var(--accent); }
    h3 { font-size: 1.12rem; margin: 1.6rem 0 .5rem; }
    h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
    p, ul, ol { margin: .5rem 0 .8rem; }
    a { color: var(--accent); }
    .kicker { margin: 0; color: var(--muted); font-size: .85rem; letter-spacing: .04em;
      text-transform: uppercase; }
    .subtitle { margin: 0 0 1rem; font-size: 1.1rem; color: var(--muted); }
    .report-header { border-bottom: 1px solid var(--line); padding-bottom: .6rem; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .3rem 1.2rem;
      margin: .6rem 0 1rem; }
    .facts div { display: flex; flex-direction: column; border-top: 1px solid var(--line);
      padding-top: .25rem; }
    .facts dt { font-size: .8rem; color: var(--muted); }
    .facts dd { margin: 0; font-weight: 600; }
    .contents { background: var(--soft); padding: .5rem 1rem; margin: 1rem 0; border-radius: 4px; }
    .contents-title { margin: .2rem 0; font-weight: 700; }
    .contents ol { margin: .2rem 0; padding-left: 1.6rem; columns: 2 16rem; column-gap: 3rem; }
    .contents li { break-inside: avoid; }
    .note { border-left: 4px solid var(--accent); background: #eef4fb; padding: .5rem .8rem; margin: .8rem 0;
      border-radius: 0 4px 4px 0; }
    .note-warning { border-left-color: #b3261e; background: #fdf1ef; }
    .table-wrap { overflow-x: auto; margin: .6rem 0 1.2rem; border: 1px solid var(--line);
      border-radius: 4px; }
    .table-wrap:focus { outline: 2px solid var(--accent); }
    table { border-collapse: collapse; width: 100%; font-size: .88rem; }
    caption { caption-side: top; text-align: left; font-weight: 700; padding: .5rem .6rem;
      background: var(--soft); }
    th, td { padding: .35rem .6rem; border-top: 1px solid var(--line); text-align: left;
      vertical-align: top; }
    thead th { background: #e9edf2; border-top: 0; font-size: .8rem; }
    tbody th { font-weight: 600; }
    tbody tr:nth-child(even) { background: #fafbfc; }
    .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .unknown { color: var(--muted); font-style: italic; }
    .empty { color: var(--muted); }
    .mark { padding: 0 .35em; border: 1px solid currentColor; border-radius: 3px; font-weight: 600;
      font-style: normal; -webkit-box-decoration-break: clone; box-decoration-break: clone;
        line-height: 1.6; }
    .mark .symbol { font-size: .9em; }
    .mark-short { white-space: nowrap; }
    .mark:not(.mark-short) { border: 0; padding: 0; background: none; }
    .mark-critical { color: #8e1b14; background: #fbe3e0; }
    .mark-high { color: #8a3b00; background: #fdebd9; }
    .mark-medium { color: #6b5300; background: #fbf3cf; }
    .mark-low { color: #1d4f86; background: #e3eefa; }
    .mark-info { color: #3e4c59; background: #eceff2; }
    .mark-good { color: #1e5b22; background: #e3f2e4; }
    .mark-bad { color: #8e1b14; background: #fbe3e0; }
    .mark-unknown { color: #3e4c59; background: #fff; border-style: dashed; }
    .mark-estimate { color: #6b3a8a; background: #f3e9f8; border-style: dotted; }
    .records { margin: .6rem 0 1.2rem; }
    .records-caption { font-weight: 700; margin-bottom: .3rem; }
    .record-list { list-style: none; padding: 0; margin: 0; }
    .record { border: 1px solid var(--line); border-radius: 4px; padding: .5rem .8rem; margin: 0 0 .6rem; }
    .record-head { margin: 0 0 .3rem; }
    .record dl { margin: 0; font-size: .9rem; }
    .record dl div { display: grid; grid-template-columns: 9rem 1fr; gap: .6rem; padding: .15rem 0; }
    .record dt { color: var(--muted); }
    .record dd { margin: 0; overflow-wrap: anywhere; }
    .chart-figure { margin: 1rem 0 .4rem; }
    .chart-figure svg { display: block; width: 100%; height: auto; max-width: 48rem; }
    figcaption { font-size: .88rem; color: var(--muted); margin-top: .3rem; }
    .textblock { border: 1px dashed var(--muted); border-radius: 4px; padding: .6rem .9rem; margin: 1rem 0;
      background: #fcfcfd; }
    .textblock-title { font-weight: 700; margin: 0 0 .4rem; }
    .textblock-body { white-space: pre-wrap; font-family: Georgia, "DejaVu Serif", serif; }
    .glossary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .92rem; }
    .glossary dt { font-weight: 700; }
    .glossary dd { margin: 0; }
    .report-footer { margin-top: 2.5rem; border-top: 1px solid var(--line); color: var(--muted);
      font-size: .85rem; }
    .report-mayor #one_page { font-size: 1.02rem; }
    @media (max-width: 40rem) {
      body { padding: .7rem .7rem 2rem; font-size: 15px; }
      h1 { font-size: 1.4rem; }
      .record dl div { grid-template-columns: 1fr; gap: 0; }
      .glossary { grid-template-columns: 1fr; }
      .glossary dd { margin-bottom: .4rem; }
    }
    @media print {
      @page { size: A4; margin: 15mm 12mm 14mm;
        @top-left { font: 7.5pt system-ui, "DejaVu Sans", sans-serif; color: #52606d; vertical-align: bottom; }
        @bottom-right { font: 7.5pt system-ui, "DejaVu Sans", sans-serif; color: #52606d; vertical-align: top; }
      }
      body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
      h1 { font-size: 14pt; }
      h2 { font-size: 12.5pt; margin: .2rem 0 .4rem; }
      h3 { font-size: 10.5pt; margin: .6rem 0 .25rem; }
      h4 { font-size: 10pt; margin: .5rem 0 .2rem; }
      p, ul, ol { margin: .25rem 0 .4rem; }
      li { margin: 0; }
      .kicker { font-size: 7.5pt; }
      .subtitle { margin: 0 0 .4rem; font-size: 10.5pt; }
      .facts { margin: .3rem 0 .5rem; grid-template-columns: repeat(3, 1fr); }
      .report-header { padding-bottom: .2rem; }
      .report-header .facts { grid-template-columns: repeat(6, 1fr); font-size: 7.5pt; margin: .2rem 0 .3rem; }
      .report-header .note { font-size: 8pt; }
      .note { padding: .3rem .6rem; margin: .4rem 0; }
      .contents { display: none; }
      .page { break-before: page; }
      h2, h3, h4, caption, .records-caption { break-after: avoid; }
      tr, .record, figure, .chart-figure, .note, .textblock, .facts div, .glossary dt, .glossary dd, li {
        break-inside: avoid; }
      thead { display: table-header-group; }
      .table-wrap { overflow: visible; border: 0; margin: .3rem 0 .6rem; }
      table { font-size: 7.5pt; }
      caption { padding: .25rem .4rem; }
      th, td { padding: .15rem .3rem; overflow-wrap: break-word; word-break: normal; hyphens: manual; }
      td.any, th.any { overflow-wrap: anywhere; }
      .num { white-space: nowrap; }
      /* Tables of ten columns or more (the inventory's applications) fit the width in smaller type. */
      table:has(thead th:nth-child(10)) { font-size: 6.6pt; }
      table:has(thead th:nth-child(10)) th, table:has(thead th:nth-child(10)) td { padding: .1rem .18rem; }
      table:has(thead th:nth-child(10)) .num { white-space: normal; }
      .chart-figure svg { max-width: 36rem; max-height: 70mm; }
      .record { padding: .3rem .5rem; margin: 0 0 .3rem; }
      .record dl { font-size: 8pt; }
      .record dl div { grid-template-columns: 7rem 1fr; padding: 0; }
      .glossary { font-size: 8.5pt; }
      .report-footer { margin-top: 1rem; font-size: 7.5pt; }
      .report-footer::before { display: block; margin: .3rem 0; }
      /* The mayor's "In una pagina" is one sheet: a little smaller, nothing forced apart. */
      .report-mayor #one_page { font-size: 8.4pt; line-height: 1.28; }
      .report-mayor #one_page h2 { margin-top: .1rem; }
      .report-mayor #one_page h3 { font-size: 9.5pt; margin: .3rem 0 .05rem; }
      .report-mayor #one_page p, .report-mayor #one_page ul { margin: .05rem 0 .2rem; }
      .report-mayor #one_page .note { margin: .2rem 0; padding: .2rem .5rem; }
      /* Details the mayor's paper leaves to the other reports (the footer says where). */
      .report-mayor #pnrr, .report-mayor #sources { display: none; }
      .report-mayor #plan_notes { break-before: auto; }
      a { color: inherit; text-decoration: none; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """
}
