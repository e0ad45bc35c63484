#!/usr/bin/env bash
# National pipeline benchmark (not part of `swift test`): every stage over all 7,896 comuni, in release
# mode, from one command. Prints seconds, rows/s and peak RSS per stage (from NUVOLA_STATS=1) and a
# total. Targets (issue 8, 2-core machine): whole pipeline < 10 s, peak RSS < 200 MB.
#
# Usage: Benchmarks/national.sh [SEED]   ($NUVOLA_BIN runs that executable instead of building one)
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-1}"
out="Benchmarks/out/national"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell: apt-get install -y sqlite3"; exit 1; }

if [ -z "${NUVOLA_BIN:-}" ]; then
  swift build -c release --scratch-path .build-rel --product nuvola >/dev/null
  NUVOLA_BIN="$(swift build -c release --scratch-path .build-rel --show-bin-path)/nuvola"
fi
bin="$NUVOLA_BIN"
db="$out/nuvola.sqlite"
# A fresh store every run. The generated inventories are overwritten in place (set-up, not timed).
# The reports go to a fresh folder, so that the stage writes every file (a re-run over identical
# reports would leave them all untouched): the previous run's folder is moved aside now and deleted
# after the timed stages. On an ext4 file system without a journal (this machine's), creating tens
# of thousands of files within a minute of deleting as many makes the kernel step over each
# recently freed inode one by one (`recently_deleted` in ext4's inode allocator), which adds 3 to
# 4 s to the report stage: leave a minute between two runs.
mkdir -p "$out"
rm -rf "$out/reports.old"
if [ -d "$out/reports" ]; then mv "$out/reports" "$out/reports.old"; fi
rm -f "$db" "$db-wal" "$db-shm" "$out"/*.out "$out"/*.err
has() { "$bin" "$1" --help >/dev/null 2>&1; }

rows=0
total_s=0
peak=0
printf '%-22s %9s %9s %9s %12s %12s %10s\n' stage seconds user_s sys_s rows/s comuni/s peak_MB
# stage NAME ARGS...: runs one command with NUVOLA_STATS=1, output into $out/NAME.out.
stage() {
  local name="$1"; shift
  if ! NUVOLA_STATS=1 "$bin" --db "$db" "$@" > "$out/$name.out" 2> "$out/$name.err"; then
    echo "stage $name failed:"; tail -n 5 "$out/$name.err"; exit 1
  fi
  local line seconds mb user system
  line=$(grep '^stats: ' "$out/$name.err" | tail -n 1)
  seconds=$(sed 's/.* seconds=\([0-9.]*\).*/\1/' <<<"$line")
  user=$(sed 's/.*user_seconds=\([0-9.]*\).*/\1/' <<<"$line")
  system=$(sed 's/.*system_seconds=\([0-9.]*\).*/\1/' <<<"$line")
  mb=$(sed 's/.*peak_rss_mb=\([0-9.]*\).*/\1/' <<<"$line")
  if [ "$name" = import ]; then
    rows=$(sqlite3 "$db" "select (select count(*) from snapshots)+(select count(*) from sites)
      +(select count(*) from assets)+(select count(*) from applications)+(select count(*) from links)
      +(select count(*) from application_dependencies);")
  fi
  awk -v n="$name" -v s="$seconds" -v u="$user" -v y="$system" -v r="$rows" -v m="$mb" -v c=7896 'BEGIN {
    rate = (r > 0 && s > 0) ? sprintf("%.0f", r / s) : "-";
    printf "%-22s %9.3f %9.3f %9.3f %12s %12.0f %10.1f\n", n, s, u, y, rate, c / s, m }'
  total_s=$(awk -v a="$total_s" -v b="$seconds" 'BEGIN { printf "%.3f", a + b }')
  peak=$(awk -v a="$peak" -v b="$mb" 'BEGIN { print (b > a ? b : a) }')
}

# Generation is set-up, not part of the pipeline: timed, but not in the total.
NUVOLA_STATS=1 "$bin" generate --all --seed "$seed" --out "$out/json" > /dev/null 2> "$out/generate.err"
echo "($(grep '^stats: ' "$out/generate.err" | sed 's/stats: //'), not in the total)"

stage import import "$out"/json/*.json
stage audit audit --all
stage ced ced --all
stage funding funding --all
if has plan; then stage plan plan --all; fi
if has report; then
  # Every reader's report for every comune (IT manager, mayor, grant writer: 3 x 7,896 HTML files),
  # one engine run per comune.
  stage reports report --for all --all --out "$out/reports"
fi
echo "rows in the store: $rows; report files written: $(wc -l < "$out/reports.out")"
rm -rf "$out/reports.old"
echo "total: $total_s s (target < 10 s); peak RSS of any stage: $peak MB (target < 200 MB)"
