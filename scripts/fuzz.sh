#!/usr/bin/env bash
# Fuzzes Nuvola's readers with libFuzzer (opt-in: not part of `swift test` nor CI).
#
# Builds NuvolaKit once as a static library instrumented for libFuzzer and AddressSanitizer, links
# one fuzzer per target from Fuzz/<Target>.swift, then runs each target for a time budget on a
# working corpus seeded from Inventories/ and the test fixtures. Prints a table of executions,
# seconds and crashes per target; crash, hang and memory artifacts go to .build-fuzz/artifacts/.
#
# Usage: scripts/fuzz.sh [--time SECONDS] [--runs N] [--build-only] [TARGET...]
#   --time SECONDS  budget per target (default 60); the run stops earlier if --runs is reached
#   --runs N        stop a target after N executions (default: no limit)
#   --build-only    build the fuzzers and exit
#   TARGET          csv json inventory-json inventory-csv agid-list konveyor rvtools glpi (default: all)
# Environment: FUZZ_FLAGS adds libFuzzer flags (e.g. FUZZ_FLAGS="-seed=1"); FUZZ_JOBS is the swiftc
# thread count for the library build (default 1: the machine is shared).
# To replay one input: .build-fuzz/fuzz-<target> FILE
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
out="$root/.build-fuzz"

all_targets=(csv json inventory-json inventory-csv inventory-workbook agid-list konveyor rvtools glpi)
# Fuzz/<File>.swift for each target.
declare -A files=(
  [csv]=CSV [json]=JSON [inventory-json]=InventoryJSON [inventory-csv]=InventoryCSV
  [inventory-workbook]=InventoryWorkbook
  [agid-list]=AgIDList [konveyor]=Konveyor [rvtools]=RVTools [glpi]=GLPI
)

seconds=60
runs=-1
build_only=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) seconds="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --build-only) build_only=1; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 64 ;;
    *)
      [ -n "${files[$1]:-}" ] || { echo "unknown target $1 (targets: ${all_targets[*]})" >&2; exit 64; }
      targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# -O keeps every check Swift makes at run time (bounds, arithmetic overflow, force unwraps,
# preconditions: only -Ounchecked removes them) and runs ~10x faster than -Onone, which a million
# executions per target need; AddressSanitizer catches what unsafe pointers do out of bounds. -g
# gives symbolised stack traces.
flags=(-O -g -swift-version 6 -parse-as-library -sanitize=fuzzer,address -I "$root/Sources/CSQLite")

# 1. The reader targets (NuvolaSupport ... NuvolaIngest, everything a fuzzer drives) compiled together
# as one static library named NuvolaKit, rebuilt when their sources or the flags change: the copies
# drop their `import Nuvola...` lines, since the targets are one module here. SwiftPM generates
# `Bundle.module`; here it points at a folder whose Resources/ links the targets' resource folders,
# the layout of the bundles SwiftPM copies.
reader_targets=(NuvolaSupport NuvolaFormats NuvolaModel NuvolaRules NuvolaAwards NuvolaIngest)
lib="$out/lib"
mkdir -p "$lib" "$out/gen"
rm -rf "$out/gen/bundle" && mkdir -p "$out/gen/bundle/Resources"
for target in "${reader_targets[@]}"; do
  [ ! -d "Sources/$target/Resources" ] || for folder in "Sources/$target/Resources"/*/; do
    ln -s "$root/${folder%/}" "$out/gen/bundle/Resources/$(basename "$folder")"
  done
done
cat >"$out/gen/BundleModule.swift" <<SWIFT
import Foundation

extension Foundation.Bundle {
  static let module: Bundle = Bundle(path: "$out/gen/bundle")!
}
SWIFT
# The sources are compiled from a copy, so that edits made meanwhile in the checkout do not stop
# the build ("modified during the build").
snapshot="$out/src"
rm -rf "$snapshot.new"
mkdir -p "$snapshot.new"
for target in "${reader_targets[@]}"; do
  mkdir -p "$snapshot.new/$target"
  (cd "Sources/$target" && find . -name '*.swift' -print0 | tar --null -T - -cf -) | tar -C "$snapshot.new/$target" -xf -
done
find "$snapshot.new" -name '*.swift' -exec sed -i -E '/^(@testable )?import Nuvola[A-Za-z]+$/d' {} +
sources=()
while IFS= read -r file; do sources+=("$file"); done < <(find "$snapshot.new" -name '*.swift' | LC_ALL=C sort)
stamp="$( { printf '%s\n' "${flags[@]}"; swiftc --version 2>&1
  for file in "${sources[@]}"; do echo "${file#"$snapshot.new"}"; cat "$file"; done; } | sha256sum | cut -c1-16)"
if [ ! -f "$lib/libNuvolaKit.a" ] || [ "$(cat "$lib/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "Building the readers for fuzzing (${#sources[@]} files; a few minutes)..."
  rm -rf "$lib/stamp" "$snapshot" "$lib/libNuvolaKit.a" "$lib/NuvolaKit.swiftmodule"
  mv "$snapshot.new" "$snapshot"
  sources=("${sources[@]/#"$snapshot.new"/"$snapshot"}")
  swiftc "${flags[@]}" -module-name NuvolaKit -whole-module-optimization -num-threads "${FUZZ_JOBS:-1}" \
    -emit-module -emit-module-path "$lib/NuvolaKit.swiftmodule" \
    -emit-library -static -o "$lib/libNuvolaKit.a" \
    "${sources[@]}" "$out/gen/BundleModule.swift"
  echo "$stamp" >"$lib/stamp"
else
  rm -rf "$snapshot.new"
fi

# 2. One fuzzer per target: Fuzz/Support.swift plus the target's file, linked with the library
# (with lld when the toolchain has it: gold warns about every AddressSanitizer helper).
linker=()
[ ! -x "$(dirname "$(command -v swiftc)")/ld.lld" ] || linker=(-use-ld=lld)
for target in "${targets[@]}"; do
  binary="$out/fuzz-$target"
  source="Fuzz/${files[$target]}.swift"
  if [ ! -x "$binary" ] || [ "$binary" -ot "$lib/libNuvolaKit.a" ] || [ "$binary" -ot "$source" ] \
    || [ "$binary" -ot Fuzz/Support.swift ]; then
    echo "Linking fuzz-$target..."
    swiftc "${flags[@]}" "${linker[@]}" -module-name "Fuzz_${files[$target]}" -I "$lib" -L "$lib" -lNuvolaKit \
      "$root/Fuzz/Support.swift" "$root/$source" -o "$binary"
  fi
done
[ "$build_only" = 0 ] || exit 0

# 3. Seed corpora: copied into the working corpus (never committed) on every run; libFuzzer adds
# what it finds next to them.
seeds() {
  case "$1" in
    csv)
      ls Inventories/*/*.csv Tests/NuvolaKitTests/Fixtures/ingest/*/*.csv Tests/NuvolaKitTests/Fixtures/foreign/*.csv
      find Tests/NuvolaKitTests/Fixtures/golden -name '*.csv' | LC_ALL=C sort | head -20 ;;
    json)
      ls Inventories/*.json Tests/NuvolaKitTests/Fixtures/ingest/*.json Tests/NuvolaKitTests/Fixtures/foreign/*.json
      find Tests/NuvolaKitTests/Fixtures/golden -name '*.json' | LC_ALL=C sort | head -6
      ls Sources/NuvolaRules/Resources/rules/*.json ;;
    inventory-json) ls Inventories/*.json Tests/NuvolaKitTests/Fixtures/ingest/*.json ;;
    inventory-workbook)
      ls Tests/NuvolaKitTests/Fixtures/workbook/*.ods Tests/NuvolaKitTests/Fixtures/workbook/*.xlsx \
        Tests/NuvolaFormatsTests/Fixtures/workbook/*.ods Tests/NuvolaFormatsTests/Fixtures/workbook/*.xlsx ;;
    agid-list) echo Tests/NuvolaKitTests/Fixtures/foreign/agid-list.csv ;;
    konveyor) echo Tests/NuvolaKitTests/Fixtures/foreign/konveyor.csv ;;
    rvtools) echo Tests/NuvolaKitTests/Fixtures/foreign/rvtools-vinfo.csv ;;
    glpi) ls Tests/NuvolaKitTests/Fixtures/foreign/glpi-*.json ;;
  esac
}
# inventory-csv reads the five sheets of a folder from one input, separated by the byte 0x1E (see
# Fuzz/InventoryCSV.swift): each seed is a folder of sheets joined that way.
sheet_folders=(Inventories/012007-azzio Tests/NuvolaKitTests/Fixtures/ingest/sondrio-semicolon)
join_sheets() {
  local folder="$1" first=1 sheet
  for sheet in comune sites assets applications links; do
    [ $first = 1 ] || printf '\036'
    first=0
    [ -f "$folder/$sheet.csv" ] && cat "$folder/$sheet.csv"
  done
  return 0
}

# 4. Run. libFuzzer's last lines say `stat::number_of_executed_units: N` and `Done N runs in S
# second(s)`; a crash ends the run early with `==ERROR`, `deadly signal`, `timeout` or `out-of-memory`.
summary=()
status=0
# libFuzzer and AddressSanitizer report crashes themselves (stack, input saved); Swift's own
# backtracer would take the signal first.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
for target in "${targets[@]}"; do
  corpus="$out/corpus/$target"
  artifacts="$out/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  if [ "$target" = inventory-csv ]; then
    for folder in "${sheet_folders[@]}"; do join_sheets "$folder" >"$corpus/seed-$(basename "$folder")"; done
  else
    while IFS= read -r file; do cp "$file" "$corpus/seed-$(basename "$file")"; done < <(seeds "$target")
  fi
  log="$out/logs/$target.log"
  mkdir -p "$out/logs"
  echo "Fuzzing $target for ${seconds}s (log: ${log#"$root"/})..."
  start=$(date +%s)
  set +e
  # shellcheck disable=SC2086
  "$out/fuzz-$target" "$corpus" -max_total_time="$seconds" -runs="$runs" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
    ${FUZZ_FLAGS:-} >"$log" 2>&1
  code=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  [ -n "$executions" ] || executions=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*' || true)
  [ -n "$executions" ] || executions=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
  # libFuzzer stops at the first crash, hang (timeout-*) or out-of-memory (oom-*) and saves the input.
  crashes=$(grep -c 'Test unit written to' "$log" || true)
  if [ "$code" != 0 ] && [ "$crashes" = 0 ]; then crashes=1; fi
  [ "$crashes" = 0 ] || status=1
  summary+=("$(printf '%-16s %14s %9s %8s' "$target" "${executions:-?}" "$elapsed" "$crashes")")
  if [ "$crashes" != 0 ]; then
    grep -E 'Test unit written to|FUZZ INVARIANT|SUMMARY' "$log" | sed 's/^/    /' || true
  fi
done

echo
printf '%-16s %14s %9s %8s\n' target executions seconds crashes
printf '%s\n' "${summary[@]}"
exit $status
