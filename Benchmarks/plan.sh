#!/usr/bin/env bash
# National-scale planning benchmark (not part of `swift test`).
#
# Generates synthetic inventories for all 7,896 comuni, imports them, then times
# `nuvola plan --all` in release mode: every comune of the store is read (streaming, one batch in
# memory), planned (strategies, waves, closures, costs) and written as one JSON line. Prints the wall
# time and peak memory of the run (NUVOLA_STATS=1), the CPU time, and a few totals of the plans.
# Target: under 5 s. Usage: Benchmarks/plan.sh [SEED]   (NUVOLA_SCRATCH=DIR to build elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-1}"
out="Benchmarks/out/plan"
scratch="${NUVOLA_SCRATCH:-.build}"

swift build -c release --product nuvola --scratch-path "$scratch" >/dev/null
bin="$(swift build -c release --show-bin-path --scratch-path "$scratch")/nuvola"
rm -rf "$out" && mkdir -p "$out"

echo "== generate all comuni (seed $seed) and import them"
"$bin" generate --all --seed "$seed" --out "$out/json" >/dev/null
"$bin" --db "$out/nuvola.sqlite" import "$out"/json/*.json >/dev/null
echo "comuni in the store: $("$bin" --db "$out/nuvola.sqlite" comuni --format json | grep -c '"istat_code"')"

echo "== NUVOLA_STATS=1 nuvola plan --all --format json (release)"
start=$(date +%s.%N)
times_before=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
NUVOLA_STATS=1 "$bin" --db "$out/nuvola.sqlite" plan --all --format json >"$out/plans.jsonl" 2>"$out/plan.stats"
end=$(date +%s.%N)
times_after=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
cat "$out/plan.stats"
ticks=$(getconf CLK_TCK)
lines=$(wc -l <"$out/plans.jsonl")
seconds=$(awk -F'seconds=' '/stats: command=plan/ {split($2, a, " "); print a[1]}' "$out/plan.stats")
awk -v s="$start" -v e="$end" -v b="$times_before" -v a="$times_after" -v t="$ticks" -v n="$lines" \
  -v w="$seconds" 'BEGIN {
  printf "planned %d comuni in %.2f s wall (%.2f s CPU, all cores) = %.0f comuni/s\n", n, w, (a - b) / t, n / w;
  printf "target: under 5 s -> %s\n", (w < 5 ? "met" : "NOT met (is the machine busy? see the CPU time)");
}'
echo "== totals of the plans"
awk '
  /"deadline_missed":true/ { missed++ }
  { if (match($0, /"waves":[0-9]+/)) waves += substr($0, RSTART + 8, RLENGTH - 8) }
  { if (match($0, /"ced_closures":[0-9]+/)) closures += substr($0, RSTART + 15, RLENGTH - 15) }
  END { printf "waves: %d, CED closures: %d, comuni missing the PNRR deadline: %d\n", waves, closures, missed }
' "$out/plans.jsonl"
