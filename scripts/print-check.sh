#!/usr/bin/env bash
# Do the HTML reports print on A4? Every HTML report `nuvola demo` writes is printed to PDF with
# headless Chromium, and each PDF is checked with poppler: A4 pages, page counts within limits (the
# mayor's report at most MAYOR_PAGES pages for every sample comune, Sondrio's size and larger, its "In
# una pagina" on page 1 and the next section on page 2; the IT manager's and grant writer's reports
# under generous limits), and no word in the side margins (Chromium cuts what overflows the paper, so
# overflowing text shows as words past the content box). Pages are also written as PNG (pdftoppm) under the work folder to look at with KEEP=1.
#
# Skips (exit 0) with a message where Chromium or poppler-utils are missing or Chromium cannot run.
# Usage: scripts/print-check.sh   ($NUVOLA_BIN runs that executable instead of building one; KEEP=1
# keeps the work folder; PNG=1 writes the page images; MAYOR_PAGES, default 6; REPORTS=mayor* prints
# only the reports whose name matches.)
set -euo pipefail
cd "$(dirname "$0")/.."
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ] || ! command -v pdfinfo >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
  echo "print-check: skipped: needs chromium and poppler-utils (apt-get install -y chromium poppler-utils)"
  exit 0
fi
if [ -z "${NUVOLA_BIN:-}" ]; then
  swift build --product nuvola >/dev/null
  NUVOLA_BIN="$(swift build --show-bin-path)/nuvola"
fi
bin="$NUVOLA_BIN"
repo="$PWD"
mayor_pages="${MAYOR_PAGES:-6}"
# The other reports are long by design (every finding, every measure); their limits catch a layout
# that suddenly doubles them (measured 2026-12-04: it-manager 8-30 pages, grant-writer 13-17).
it_pages="${IT_PAGES:-36}"
grant_pages="${GRANT_PAGES:-22}"
work="$(mktemp -d "${TMPDIR:-/tmp}/nuvola-print.XXXXXX")"
[ "${KEEP:-0}" = 1 ] && echo "print-check: work folder $work" || trap 'rm -rf "$work"' EXIT
"$bin" --as-of 2026-12-04 demo --inventories "$repo/Inventories" --out "$work/reports" >/dev/null

print_pdf() {  # HTML file, PDF file
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$work/profile" --print-to-pdf="$2" "file://$1" >/dev/null 2>&1 || true
}
first="$(ls "$work"/reports/*/mayor.html | head -1)"
print_pdf "$first" "$work/probe.pdf"
if [ ! -s "$work/probe.pdf" ]; then
  echo "print-check: skipped: $browser cannot print here (headless run failed)"
  exit 0
fi

failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
count=0
for html in "$work"/reports/*/${REPORTS:-*}.html; do
  comune="$(basename "$(dirname "$html")")"
  name="$(basename "$html" .html)"
  pdf="$work/pdf/$comune-$name.pdf"
  mkdir -p "$work/pdf"
  print_pdf "$html" "$pdf"
  [ -s "$pdf" ] || { fail "$comune/$name.html: no PDF"; continue; }
  count=$((count + 1))
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  # A4 is 595.28 x 841.89 pt; Chromium writes 594.96 x 841.92.
  size="$(pdfinfo "$pdf" | awk '/^Page size:/ {print $3 "x" $5}')"
  awk -v s="$size" 'BEGIN { split(s, d, "x"); exit !(d[1] > 594 && d[1] < 596.5 && d[2] > 841 && d[2] < 843) }' \
    || fail "$comune/$name: page size $size pt, not A4"
  printf '%-16s %-18s %3s pages\n' "$comune" "$name" "$pages"
  case "$name" in
    it-manager*) [ "$pages" -le "$it_pages" ] || fail "$comune/$name: $pages pages, more than $it_pages" ;;
    grant-writer*) [ "$pages" -le "$grant_pages" ] || fail "$comune/$name: $pages pages, more than $grant_pages" ;;
  esac
  case "$name" in
    mayor | mayor.en)
      [ "$pages" -le "$mayor_pages" ] || fail "$comune/$name: $pages pages, more than $mayor_pages"
      # "In una pagina" fits its page: the section after it starts page 2.
      first_page="$(pdftotext -f 1 -l 1 "$pdf" -)"
      second_page="$(pdftotext -f 2 -l 2 "$pdf" -)"
      case "$name" in
        mayor) heading="In una pagina"; next="Parole usate in questo documento" ;;
        *) heading="On one page"; next="Words used in this document" ;;
      esac
      grep -q "$heading" <<<"$first_page" || fail "$comune/$name: page 1 lacks '$heading'"
      grep -q "$next" <<<"$second_page" || fail "$comune/$name: the one-page summary runs onto page 2"
      ;;
  esac
  # Nothing overflows: Chromium cuts what runs past the paper's edge, so a wide table or an unbroken
  # word shows as words in the left or right margin (12 mm in the print CSS). Every word's box must lie
  # within the content box across, and on the page down (the running header and page numbers are in
  # the top and bottom margins).
  pdftotext -bbox "$pdf" "$work/bbox.html"
  python3 - "$work/bbox.html" "$comune/$name" <<'PY' || failures=$((failures + 1))
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
bad = []
for number, page in enumerate(re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', text, re.S), 1):
    width, height = float(page[0]), float(page[1])
    for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>', page[2]):
        margin = 12 / 25.4 * 72 - 1.5
        if float(x0) < margin or float(x1) > width - margin or float(y0) < 0 or float(y1) > height:
            bad.append(f"page {number}: {word!r} at x {x0}-{x1} of {width}")
for line in bad[:5]: print(f"FAIL {sys.argv[2]}: outside the page: {line}")
sys.exit(1 if bad else 0)
PY
  if [ "${PNG:-0}" = 1 ]; then
    mkdir -p "$work/png"
    pdftoppm -r 50 -png "$pdf" "$work/png/$comune-$name"
  fi
done
echo "print-check: $count reports printed with $browser, $failures problems"
[ "$failures" -eq 0 ]
