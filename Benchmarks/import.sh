#!/usr/bin/env bash
# National-scale ingest benchmark (not part of `swift test`).
#
# Generates synthetic inventories for all 7,896 comuni, times `nuvola import` of them in release
# mode, and times `sqlite3 .import` of the same rows as CSV for comparison. Prints rows/s of both,
# the ratio and Nuvola's peak memory. Usage: Benchmarks/import.sh [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-1}"
out="Benchmarks/out"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell: apt-get install -y sqlite3"; exit 1; }

swift build -c release --product nuvola >/dev/null
bin="$(swift build -c release --show-bin-path)/nuvola"
rm -rf "$out" && mkdir -p "$out"

now() { date +%s.%N; }

echo "== generate all comuni (seed $seed)"
NUVOLA_STATS=1 "$bin" generate --all --seed "$seed" --out "$out/json"
NUVOLA_STATS=1 "$bin" generate --all --seed "$seed" --out "$out/csv" --as csv >/dev/null 2>&1

echo "== nuvola import (release, one transaction)"
t0=$(now)
NUVOLA_STATS=1 "$bin" --db "$out/nuvola.sqlite" import "$out"/json/*.json > "$out/import.log" 2> "$out/import.stats"
t1=$(now)
tail -n 1 "$out/import.log"
cat "$out/import.stats"
rows=$(sqlite3 "$out/nuvola.sqlite" "select (select count(*) from snapshots)+(select count(*) from sites)+(select count(*) from assets)+(select count(*) from applications)+(select count(*) from links)+(select count(*) from application_dependencies);")

echo "== sqlite3 .import of the same rows as CSV"
# One CSV per sheet, every comune's rows with the comune as first column (generated cells hold no
# line breaks, so a line is a row).
for sheet in comune sites assets applications links; do
  first=1
  for dir in "$out"/csv/*/; do
    name=$(basename "$dir")
    [ -f "$dir/$sheet.csv" ] || continue
    if [ $first = 1 ]; then
      head -n 1 "$dir/$sheet.csv" | sed 's/^/comune_dir,/' > "$out/all-$sheet.csv"
      first=0
    fi
    tail -n +2 "$dir/$sheet.csv" | sed "s/^/$name,/" >> "$out/all-$sheet.csv"
  done
done
csv_rows=0
for sheet in comune sites assets applications links; do
  n=$(($(wc -l < "$out/all-$sheet.csv") - 1))
  csv_rows=$((csv_rows + n))
done
rm -f "$out/sqlite3.sqlite"
t2=$(now)
sqlite3 "$out/sqlite3.sqlite" <<SQL
PRAGMA journal_mode=WAL;
.import --csv $out/all-comune.csv comune
.import --csv $out/all-sites.csv sites
.import --csv $out/all-assets.csv assets
.import --csv $out/all-applications.csv applications
.import --csv $out/all-links.csv links
SQL
t3=$(now)

awk -v r="$rows" -v c="$csv_rows" -v a="$t0" -v b="$t1" -v s="$t2" -v e="$t3" 'BEGIN {
  n = b - a; q = e - s;
  printf "nuvola import : %d rows in %.2f s = %.0f rows/s (process total, parsing and validation included)\n", r, n, r / n;
  printf "sqlite3 .import: %d rows in %.2f s = %.0f rows/s\n", c, q, c / q;
  printf "ratio (nuvola / sqlite3): %.2fx (target >= 0.7x)\n", (r / n) / (c / q);
}'
