/// What the portal adds to the reports' stylesheet (`HTMLStyle`) and the few lines of script that
/// sort and filter its table. The page works without the script: every row is in the markup, the
/// search form stays hidden, and the table reads in ISTAT order.
enum PortalStyle {
  static let css = """
    body.portal { max-width: 96rem; }
    .portal-filter { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: end; margin: .6rem 0; }
    .portal-filter label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
    .portal-filter input, .portal-filter select { font: inherit; font-size: .95rem; padding: .25rem .4rem; }
    .portal-table td, .portal-table th { white-space: nowrap; }
    .portal-table thead th { white-space: normal; vertical-align: bottom; min-width: 3.2rem; }
    .portal-table thead th button { font: inherit; font-weight: 700; border: 0; background: none; padding: 0;
      cursor: pointer; color: inherit; text-align: inherit; }
    .portal-table thead th[aria-sort="ascending"] button::after { content: " ▲"; }
    .portal-table thead th[aria-sort="descending"] button::after { content: " ▼"; }
    .portal-table td:nth-child(n+6):nth-child(-n+11), .portal-table td:nth-child(n+13):nth-child(-n+16) {
      text-align: right; font-variant-numeric: tabular-nums; }
    .portal-table td:last-child a { margin-right: .4rem; }
    .provinces { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: 0 2rem; }
    .provinces figure { margin: .6rem 0 1rem; }
    .provinces .chart-figure svg { max-width: 34rem; }
    .provinces h3 { margin-bottom: .2rem; }
    /* On screen each row is a grid of fixed columns, laid out only once scrolled into view: as one
       table, a national page's 7,896 rows took seconds to lay out. Printed, it is a table again. */
    @media screen {
      .portal-table, .portal-table thead, .portal-table tbody { display: block; }
      .portal-table caption { display: block; text-align: left; }
      .portal-table tr { display: grid; min-width: 106rem; grid-template-columns: 5rem minmax(12rem, 1fr)
        4.8rem 9.8rem 7.6rem repeat(5, 4.4rem) 8rem 5.6rem repeat(4, 7.6rem) 13rem; }
      .portal-table tbody tr { content-visibility: auto; contain-intrinsic-size: auto 2.2rem; }
      .portal-table tbody tr[hidden] { display: none; }
      .portal-table tbody th { white-space: normal; }
    }
    @media print {
      @page { size: A4 landscape; margin: 10mm; }
      .portal-filter, .sort-hint { display: none; }
      .portal-table { font-size: 7pt; }
      .provinces { display: block; }
      .provinces section { break-inside: avoid; }
    }

    """

  /// Filtering (search text and province) and sorting (a button in each heading; numbers by their
  /// `data-v`, text in the page's language).
  static let script = """
    (function () {
      var table = document.getElementById("portal-table"), body = table.tBodies[0];
      var form = document.getElementById("portal-filter"), search = document.getElementById("portal-search");
      var province = document.getElementById("portal-province"), shown = document.getElementById("portal-shown");
      var lang = document.documentElement.lang;
      form.hidden = false;
      document.getElementById("sort-hint").hidden = false;
      function filter() {
        var text = search.value.trim().toLowerCase(), chosen = province.value, count = 0;
        for (var i = 0; i < body.rows.length; i++) {
          var row = body.rows[i];
          var keep = (!chosen || row.dataset.province === chosen) &&
            (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
          row.hidden = !keep;
          if (keep) count++;
        }
        shown.textContent = count.toLocaleString(lang);
      }
      search.addEventListener("input", filter);
      province.addEventListener("change", filter);
      var heads = table.tHead.rows[0].cells;
      Array.prototype.forEach.call(heads, function (head, column) {
        var kind = head.dataset.sort;
        if (!kind) return;
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = head.textContent;
        head.textContent = "";
        head.appendChild(button);
        button.addEventListener("click", function () {
          var up = head.getAttribute("aria-sort") !== "ascending";
          Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
          head.setAttribute("aria-sort", up ? "ascending" : "descending");
          function key(row) {
            var cell = row.cells[column], value = cell.dataset.v;
            if (kind !== "num") return value !== undefined ? value : cell.textContent;
            if (value === undefined) value = lang === "it" ? cell.textContent.split(".").join("").replace(",", ".")
              : cell.textContent.split(",").join("");
            var number = parseFloat(value);
            return isNaN(number) ? -Infinity : number;
          }
          var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
            return { row: row, key: key(row), index: index };
          });
          rows.sort(function (x, y) {
            var order = kind === "num" ? (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)
              : String(x.key).localeCompare(String(y.key), lang);
            return (up ? order : -order) || x.index - y.index;
          });
          var fragment = document.createDocumentFragment();
          rows.forEach(function (item) { fragment.appendChild(item.row); });
          body.appendChild(fragment);
        });
      });
    })();

    """
}
