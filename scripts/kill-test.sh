#!/usr/bin/env bash
# Crash-safety harness (opt-in, not part of `swift test` or CI).
#
# Import: a store holds one snapshot of every comune of a region; `nuvola import` of a new set of the
# same comuni is started and killed with SIGKILL after a seeded random delay, RUNS times. After each
# kill the store must pass `PRAGMA integrity_check`, and `nuvola comuni` must list exactly the state
# before the import or exactly the state after it (an import is one transaction): anything else is a
# partial state. Some delays are longer than the import, so both outcomes are exercised.
#
# Report: `nuvola report --all` overwrites a folder of good reports and is killed the same way; every
# file must then hold either its old bytes or its new bytes, never a truncated mix (atomic rename).
#
# Usage: scripts/kill-test.sh [RUNS] [SEED] [REGION]   (defaults: 100, 1, Lombardia)
# $NUVOLA_BIN runs that executable instead of building one; $KEEP=1 keeps the work folder;
# $REPORT_COMUNI (default 100) is how many comuni the report phase writes, to keep each run short.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-100}"
seed="${2:-1}"
region="${3:-Lombardia}"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell: apt-get install -y sqlite3"; exit 1; }

if [ -z "${NUVOLA_BIN:-}" ]; then
  swift build -c release --scratch-path .build-rel --product nuvola >/dev/null
  NUVOLA_BIN="$(swift build -c release --scratch-path .build-rel --show-bin-path)/nuvola"
fi
bin="$NUVOLA_BIN"
work="$(mktemp -d "${TMPDIR:-/tmp}/nuvola-kill.XXXXXX")"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
RANDOM=$seed

now() { date +%s%N; }
# A delay in seconds, uniform in [0, max_ms] milliseconds, from bash's seeded generator.
delay() {
  local ms=$(( (RANDOM * 32768 + RANDOM) % ($1 + 1) ))
  printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}
fresh_store() { rm -f "$work/store.sqlite"*; cp "$work/base.sqlite" "$work/store.sqlite"; }
listing() { "$bin" --db "$1" --format csv comuni; }

echo "== generate $region twice (seeds $seed and $((seed + 1))) into $work"
"$bin" generate --region "$region" --seed "$seed" --out "$work/old" >/dev/null
"$bin" generate --region "$region" --seed "$((seed + 1))" --out "$work/new" >/dev/null
files=("$work"/new/*.json)
echo "${#files[@]} comuni"

"$bin" --db "$work/base.sqlite" import "$work"/old/*.json >/dev/null
listing "$work/base.sqlite" > "$work/state-old.csv"
fresh_store
t0=$(now)
"$bin" --db "$work/store.sqlite" import "${files[@]}" >/dev/null
import_ms=$(( ($(now) - t0) / 1000000 ))
listing "$work/store.sqlite" > "$work/state-new.csv"
cp "$work/store.sqlite" "$work/new.sqlite"
if cmp -s "$work/state-old.csv" "$work/state-new.csv"; then echo "old and new states are equal"; exit 1; fi
echo "an uninterrupted import takes ${import_ms} ms;" \
  "kill delays are uniform in [0, $((import_ms * 12 / 10))] ms"

old=0; new=0; partial=0; corrupt=0
for ((run = 1; run <= runs; run++)); do
  fresh_store
  wait_s=$(delay $((import_ms * 12 / 10)))
  "$bin" --db "$work/store.sqlite" import "${files[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep "$wait_s"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # Nuvola reads first, so it is Nuvola (read-only) that meets the crashed store and its hot WAL.
  listing "$work/store.sqlite" > "$work/state.csv" 2>&1 || true
  check=$(sqlite3 "$work/store.sqlite" 'PRAGMA integrity_check' 2>&1 || true)
  if [ "$check" != ok ]; then
    corrupt=$((corrupt + 1))
    echo "run $run (kill after ${wait_s}s): integrity_check: $check"
    continue
  fi
  if cmp -s "$work/state.csv" "$work/state-old.csv"; then old=$((old + 1))
  elif cmp -s "$work/state.csv" "$work/state-new.csv"; then new=$((new + 1))
  else
    partial=$((partial + 1)); echo "run $run (kill after ${wait_s}s): PARTIAL state"
    cp "$work/state.csv" "$work/partial-$run.csv"
  fi
done
echo "import: $runs kills: $old at the old snapshot, $new at the new one, $partial partial," \
  "$corrupt failing integrity_check"
import_bad=$((partial + corrupt))

# Report writing. The old reports come from the old store, the new ones from the new store; a killed
# run over the old reports must leave each file whole, old or new.
report_bad=0
if "$bin" report --help >/dev/null 2>&1; then
  report_args=(report --for mayor --format md --all)
  n="${REPORT_COMUNI:-100}"
  "$bin" --db "$work/report-old.sqlite" import $(ls "$work"/old/*.json | head -n "$n") >/dev/null
  "$bin" --db "$work/report-new.sqlite" import $(ls "$work"/new/*.json | head -n "$n") >/dev/null
  "$bin" --db "$work/report-old.sqlite" "${report_args[@]}" --out "$work/reports-old" >/dev/null
  t0=$(now)
  "$bin" --db "$work/report-new.sqlite" "${report_args[@]}" --out "$work/reports-new" >/dev/null
  report_ms=$(( ($(now) - t0) / 1000000 ))
  (cd "$work/reports-old" && find . -type f ! -name '.*' | sort) > "$work/report-files"
  count=$(wc -l < "$work/report-files")
  echo "report: $count files, an uninterrupted run takes ${report_ms} ms"
  whole_old=0; whole_new=0; torn=0; missing=0; leftovers=0; stale=0; mixed_runs=0
  for ((run = 1; run <= runs; run++)); do
    rm -rf "$work/reports"; cp -r "$work/reports-old" "$work/reports"
    wait_s=$(delay $((report_ms * 12 / 10)))
    "$bin" --db "$work/report-new.sqlite" "${report_args[@]}" --out "$work/reports" >/dev/null 2>&1 &
    pid=$!
    sleep "$wait_s"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    run_torn=0; run_old=0; run_new=0
    while IFS= read -r file; do
      if [ ! -f "$work/reports/$file" ]; then missing=$((missing + 1)); run_torn=1
      elif cmp -s "$work/reports/$file" "$work/reports-old/$file"; then run_old=$((run_old + 1))
      elif cmp -s "$work/reports/$file" "$work/reports-new/$file"; then run_new=$((run_new + 1))
      else
        torn=$((torn + 1)); run_torn=1
        echo "run $run: $file is neither the old nor the new bytes"
      fi
    done < "$work/report-files"
    whole_old=$((whole_old + run_old)); whole_new=$((whole_new + run_new))
    [ "$run_old" -gt 0 ] && [ "$run_new" -gt 0 ] && mixed_runs=$((mixed_runs + 1))
    # Temporary files of the killed write are left behind (hidden, never in place of a report); the
    # next run over the folder removes them (their process is gone) and must leave none.
    leftovers=$((leftovers + $(find "$work/reports" -name '.*.tmp' | wc -l)))
    "$bin" --db "$work/report-new.sqlite" "${report_args[@]}" --out "$work/reports" >/dev/null
    run_stale=$(find "$work/reports" -name '.*.tmp' | wc -l)
    stale=$((stale + run_stale))
    [ "$run_stale" = 0 ] || echo "run $run: $run_stale temporary files left after a complete run"
    [ "$run_torn" = 0 ] || echo "run $run (kill after ${wait_s}s): torn or missing report"
  done
  echo "report: $runs kills over $count files: $torn torn, $missing missing" \
    "(files whole: $whole_old old, $whole_new new; $mixed_runs runs stopped half-way;" \
    "$leftovers hidden temporary files left by the kills, $stale still there after the next run)"
  report_bad=$((torn + missing + stale))
else
  echo "report: no 'report' command in this build; skipped"
fi

if [ $((import_bad + report_bad)) -eq 0 ]; then echo "PASS: 0 partial states"; else echo "FAIL"; exit 1; fi
