#!/usr/bin/env bash
# `nuvola plan --all` benchmark (not part of `swift test`), issue 19.
#
# Plans every comune of a store at the pinned as-of day 2026-12-04, in release mode, text and json:
#   1. the sample inventories (Inventories/), five runs, the median kept;
#   2. every comune of the register, generated with a seed (7,896 inventories; the store is reused
#      from Benchmarks/out/plan-all if already built with the same seed).
# Each plan now cuts its waves to the team capacity, numbers them, gives every asset its remedy and
# says why each wave is where it is. Prints the wall time, comuni per second, and the ratio to the
# target. Target: `plan --all` under 3 s.
# Usage: Benchmarks/plan-all.sh [SEED]   (NUVOLA_SCRATCH=DIR builds in another scratch folder)
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-1}"
out="Benchmarks/out/plan-all"
scratch=()
if [ -n "${NUVOLA_SCRATCH:-}" ]; then scratch=(--scratch-path "$NUVOLA_SCRATCH"); fi
target=3

swift build -c release --product nuvola "${scratch[@]}" >/dev/null
bin="$(swift build -c release "${scratch[@]}" --show-bin-path)/nuvola"
mkdir -p "$out"
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { print b - a }'; }
report() { # label seconds comuni
  awk -v l="$1" -v s="$2" -v n="$3" -v t="$target" 'BEGIN {
    printf "%s: %d comuni in %.3f s = %.0f comuni/s; %.2f of the %d s target -> %s\n",
      l, n, s, n / s, s / t, t, (s < t ? "met" : "NOT met (is the machine busy?)") }'
}

echo "== sample inventories"
rm -f "$out/samples.sqlite"
"$bin" --db "$out/samples.sqlite" import Inventories/*.json Inventories/012007-azzio >/dev/null
samples=$("$bin" --db "$out/samples.sqlite" --as-of 2026-12-04 plan --all --format json | wc -l)
times=()
for _ in 1 2 3 4 5; do
  start=$(now)
  "$bin" --db "$out/samples.sqlite" --as-of 2026-12-04 plan --all --format json >"$out/samples.jsonl"
  times+=("$(elapsed "$start")")
done
median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 3p)
report "samples, json (median of 5)" "$median" "$samples"
start=$(now)
"$bin" --db "$out/samples.sqlite" --as-of 2026-12-04 plan --all >"$out/samples.txt"
report "samples, text" "$(elapsed "$start")" "$samples"

echo "== every comune of the register (generated, seed $seed)"
if [ ! -f "$out/national-$seed.sqlite" ]; then
  rm -rf "$out/json" && "$bin" generate --all --seed "$seed" --out "$out/json" >/dev/null
  "$bin" --db "$out/national-$seed.sqlite" import "$out"/json/*.json >/dev/null
  rm -rf "$out/json"
fi
start=$(now)
"$bin" --db "$out/national-$seed.sqlite" --as-of 2026-12-04 plan --all --format json >"$out/national.jsonl"
seconds=$(elapsed "$start")
report "register, json" "$seconds" "$(wc -l <"$out/national.jsonl")"
awk '
  { if (match($0, /"waves":[0-9]+/)) waves += substr($0, RSTART + 8, RLENGTH - 8) }
  /"first_wave_start":"20(2[0-6])-/ { early++ }
  END { printf "waves: %d; plans whose first wave starts before 2027: %d\n", waves, early + 0 }
' "$out/national.jsonl"
