#!/usr/bin/env bash
# Register-wide PNRR funding benchmark (not part of `swift test`): the CSV of every comune of the
# ISTAT register (7,896 rows, amount per measure), in release mode. Target: under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product nuvola >/dev/null
bin="$(swift build -c release --show-bin-path)/nuvola"
mkdir -p Benchmarks/out
for run in 1 2 3; do
  NUVOLA_STATS=1 "$bin" funding --register --format csv > Benchmarks/out/register-funding.csv
done
echo "rows: $(($(wc -l < Benchmarks/out/register-funding.csv) - 1)) (Benchmarks/out/register-funding.csv)"
