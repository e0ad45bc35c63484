#!/usr/bin/env bash
# Regional consolidation benchmark (not part of `swift test`).
#
# Generates synthetic inventories for every comune of Lombardia (1,502), imports them, then times
# `nuvola consolidate --region Lombardia` in release mode in each output format. The target is under
# 5 s for the whole region; memory stays bounded because inventories are read one at a time.
# Usage: Benchmarks/consolidate.sh [SEED]   (NUVOLA_SCRATCH=DIR builds in another scratch folder)
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-1}"
out="Benchmarks/out/consolidate"
scratch=()
if [ -n "${NUVOLA_SCRATCH:-}" ]; then scratch=(--scratch-path "$NUVOLA_SCRATCH"); fi

swift build -c release --product nuvola "${scratch[@]}" >/dev/null
bin="$(swift build -c release "${scratch[@]}" --show-bin-path)/nuvola"
rm -rf "$out" && mkdir -p "$out"
db="$out/nuvola.sqlite"

echo "== generate Lombardia (seed $seed)"
NUVOLA_STATS=1 "$bin" generate --region Lombardia --seed "$seed" --out "$out/json"

echo "== import"
NUVOLA_STATS=1 "$bin" --db "$db" import "$out"/json/*.json > "$out/import.log" 2> "$out/import.stats"
tail -n 1 "$out/import.log"
cat "$out/import.stats"

echo "== consolidate --region Lombardia (release)"
status=0
for format in text json csv; do
  NUVOLA_STATS=1 "$bin" --db "$db" consolidate --region Lombardia --format "$format" \
    > "$out/consolidate.$format" 2> "$out/consolidate-$format.stats"
  seconds=$(sed -n 's/.* seconds=\([0-9.]*\).*/\1/p' "$out/consolidate-$format.stats")
  memory=$(sed -n 's/.*peak_rss_mb=\([0-9.]*\).*/\1/p' "$out/consolidate-$format.stats")
  bytes=$(wc -c < "$out/consolidate.$format")
  verdict=$(awk -v s="$seconds" 'BEGIN { print (s < 5 ? "ok" : "TOO SLOW") }')
  [ "$verdict" = ok ] || status=1
  printf "%-4s: %6.3f s, peak %6.1f MB, %9d bytes of output (target < 5 s: %s)\n" \
    "$format" "$seconds" "$memory" "$bytes" "$verdict"
done

echo "== the same run twice gives the same bytes"
"$bin" --db "$db" consolidate --region Lombardia --format json > "$out/again.json"
cmp -s "$out/consolidate.json" "$out/again.json" && echo "identical" || { echo "DIFFERENT"; status=1; }
exit $status
