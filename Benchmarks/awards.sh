#!/usr/bin/env bash
# Awards benchmark (not part of `swift test`).
#
# Imports the six PA digitale 2026 measure files (`candidature_finanziate_*.csv`, about 50,000 comuni
# rows) into a fresh store, then times `nuvola awards --register`, in release mode, and sets the import
# against `sqlite3 .import` of the same CSVs into plain tables (no parsing, resolution nor checks).
# Targets: import < 1 s, `awards --register` < 0.5 s.
# Usage: Benchmarks/awards.sh [DATA_DIR]   (NUVOLA_SCRATCH=DIR builds in another scratch folder)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/padigitale2026}"
out="Benchmarks/out/awards"
scratch=()
if [ -n "${NUVOLA_SCRATCH:-}" ]; then scratch=(--scratch-path "$NUVOLA_SCRATCH"); fi

swift build -c release --product nuvola "${scratch[@]}" >/dev/null
bin="$(swift build -c release "${scratch[@]}" --show-bin-path)/nuvola"
rm -rf "$out" && mkdir -p "$out"
db="$out/nuvola.sqlite"
files=("$data"/candidature_finanziate_*.csv)
now() { date +%s.%N; }

echo "== awards import (${#files[@]} files, $(cat "${files[@]}" | wc -l) lines)"
start=$(now)
"$bin" --db "$db" awards import "${files[@]}" > "$out/import.log"
import_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
tail -n 2 "$out/import.log"

echo "== sqlite3 .import of the same CSVs"
start=$(now)
{
  echo ".mode csv"
  i=0
  for f in "${files[@]}"; do i=$((i + 1)); echo ".import '$f' t$i"; done
} | sqlite3 "$out/plain.sqlite"
sqlite_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')

echo "== awards --register"
start=$(now)
"$bin" --db "$db" awards --register --format csv > "$out/register.csv"
register_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')

status=0
awk -v i="$import_s" -v s="$sqlite_s" -v r="$register_s" 'BEGIN {
  printf "import:           %6.3f s (target < 1 s: %s), %.1f x sqlite3 .import (%6.3f s)\n", i, (i < 1 ? "ok" : "TOO SLOW"), i / s, s
  printf "awards --register: %6.3f s (target < 0.5 s: %s)\n", r, (r < 0.5 ? "ok" : "TOO SLOW")
  exit (i < 1 && r < 0.5 ? 0 : 1)
}' || status=1
exit $status
