#!/usr/bin/env bash
# National-scale report benchmark (not part of `swift test`).
#
# Generates synthetic inventories for all 7,896 comuni, imports them, then times
# `nuvola report --all` for each reader in release mode: every comune of the store is read, run
# through the engine (audit, CED classification, plan and funding as the report needs) and
# rendered. Prints the wall time and peak memory of each run and the size of what was written.
# Target: the IT manager's HTML reports for all comuni in under 10 s.
# Usage: Benchmarks/reports.sh [SEED] [READERS...]   (readers default: it-manager)
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-1}"
shift || true
readers=("${@:-it-manager}")
out="Benchmarks/out/reports"
scratch="${NUVOLA_SCRATCH:-.build}"

swift build -c release --product nuvola --scratch-path "$scratch" >/dev/null
bin="$(swift build -c release --show-bin-path --scratch-path "$scratch")/nuvola"
rm -rf "$out" && mkdir -p "$out"

echo "== generate all comuni (seed $seed) and import them"
"$bin" generate --all --seed "$seed" --out "$out/json" >/dev/null
"$bin" --db "$out/nuvola.sqlite" import "$out"/json/*.json >/dev/null
echo "comuni in the store: $("$bin" --db "$out/nuvola.sqlite" comuni --format json | grep -c '"istat_code"')"

for reader in "${readers[@]}"; do
  echo "== nuvola report --all --for $reader --format html (release)"
  NUVOLA_STATS=1 "$bin" --db "$out/nuvola.sqlite" report --all --for "$reader" --format html \
    --out "$out/html" >"$out/$reader.paths" 2>"$out/$reader.stats"
  cat "$out/$reader.stats"
  files=$(wc -l <"$out/$reader.paths")
  bytes=$(du -sk "$out/html" | cut -f1)
  echo "files written: $files; folder size: ${bytes} KB"
done
