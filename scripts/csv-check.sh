#!/usr/bin/env bash
# Do Nuvola's CSVs open as columns in an Italian spreadsheet? A round trip through LibreOffice Calc
# headless: every CSV of a comune's reports, `funding --register`, `awards` and `comuni` (default
# dialect excel-it) is imported the way Calc set to Italian reads a CSV (UTF-8, `;`, locale it-IT),
# saved as .xlsx, and the workbook is checked: as many columns as the CSV's header on every row, every
# cell the CSV wrote as a number (`-1102`, `3928,4`) a number in the sheet, never text, and the
# header's accents intact. Skips (exit 0) with a message where LibreOffice is not installed.
#
# Usage: scripts/csv-check.sh   ($NUVOLA_BIN runs that executable instead of building one;
# $KEEP=1 keeps the work folder.)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  echo "csv-check: skipped: LibreOffice (soffice) is not installed (apt-get install -y libreoffice-calc)"
  exit 0
fi
if [ -z "${NUVOLA_BIN:-}" ]; then
  swift build --product nuvola >/dev/null
  NUVOLA_BIN="$(swift build --show-bin-path)/nuvola"
fi
bin="$NUVOLA_BIN"
repo="$PWD"
work="$(mktemp -d "${TMPDIR:-/tmp}/nuvola-csv.XXXXXX")"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
cd "$work"
export NUVOLA_DB="$work/store.sqlite"
"$bin" import "$repo/Inventories/014061-sondrio.json" "$repo/Inventories/012007-azzio" >/dev/null
"$bin" --as-of 2026-12-04 report 014061 --for all --format csv --out reports >/dev/null
mkdir -p csv
cp reports/014061-sondrio/*.csv csv/
"$bin" funding --register --province SO --format csv >csv/funding-register-so.csv
"$bin" awards --province SO --format csv >csv/awards-so.csv
"$bin" awards 014061 --format csv >csv/awards-014061.csv
"$bin" comuni --format csv >csv/comuni.csv
# Each file its own profile run: one soffice at a time, as LibreOffice allows.
soffice -env:UserInstallation="file://$work/profile" --headless \
  --infilter="CSV:59,34,76,1,,1040" --convert-to xlsx --outdir xlsx csv/*.csv >/dev/null 2>&1
python3 - csv xlsx <<'PY'
import csv, os, re, sys, zipfile, xml.etree.ElementTree as ET
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
number = re.compile(r"^-?(0|[1-9][0-9]*)(,[0-9]+)?$")
def column(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    index = 0
    for letter in letters: index = index * 26 + ord(letter) - 64
    return index - 1
failures, files, cells = [], 0, 0
for name in sorted(os.listdir(sys.argv[1])):
    text = open(os.path.join(sys.argv[1], name), encoding="utf-8-sig", newline="").read()
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    book = zipfile.ZipFile(os.path.join(sys.argv[2], name[:-4] + ".xlsx"))
    shared = []
    if "xl/sharedStrings.xml" in book.namelist():
        for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in item.iter("{%s}t" % NS["m"])))
    sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    grid = []
    for row in sheet.find("m:sheetData", NS).findall("m:row", NS):
        values = {}
        for cell in row.findall("m:c", NS):
            v = cell.find("m:v", NS)
            if v is None: continue
            kind = cell.get("t", "n")
            values[column(cell.get("r"))] = (kind, shared[int(v.text)] if kind == "s" else v.text)
        grid.append(values)
    files += 1
    if len(grid) < len(rows):
        failures.append(f"{name}: {len(rows)} rows in the CSV, {len(grid)} in the sheet")
        continue
    width = len(rows[0])
    if grid[0].get(0, ("", ""))[1] != rows[0][0]:
        failures.append(f"{name}: first title {grid[0].get(0)} read, {rows[0][0]!r} written")
    for line, (written, read) in enumerate(zip(rows, grid), start=1):
        if read and max(read) >= width:
            failures.append(f"{name} line {line}: a value beyond the {width} columns of the header")
        for index, value in enumerate(written):
            if line == 1 or not number.match(value) or (value.startswith("0") and len(value) > 1 and value[1] != ","):
                continue
            cells += 1
            kind, shown = read.get(index, ("missing", ""))
            if kind != "n" or abs(float(shown) - float(value.replace(",", "."))) > 1e-9:
                failures.append(f"{name} line {line} column {index + 1}: {value!r} read as {kind} {shown!r}")
for failure in failures[:40]: print("FAIL", failure)
print(f"csv-check: {files} files, {cells} number cells checked in LibreOffice Calc (it-IT): "
      + ("all columns and numbers right" if not failures else f"{len(failures)} problems"))
sys.exit(1 if failures else 0)
PY
