#!/usr/bin/env bash
# Builds the awards snapshot shipped with Nuvola (Sources/NuvolaAwards/Resources/awards/awards.tsv) from
# the files PA digitale 2026 publishes (https://github.com/teamdigitale/padigitale2026-opendata,
# folder data/), with each file's snapshot date. Only comuni rows, resolved to the ISTAT register;
# the output is sorted, so the same files give the same bytes.
#
# Usage: scripts/build-awards-snapshot.sh [DATA_DIR]   (default ../shared/data/padigitale2026)
# The dates are those of the files in /work/shared/data/padigitale2026 (data/README.md); when you
# take newer files, change them below.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/padigitale2026}"
[ -d "$data" ] || data=/work/shared/data/padigitale2026
dates="candidature_finanziate_12.csv=2023-03-04,candidature_finanziate_131.csv=2025-03-14"
dates+=",candidature_finanziate_141.csv=2025-01-09,candidature_finanziate_143.csv=2023-10-24"
dates+=",candidature_finanziate_144.csv=2025-03-27,candidature_finanziate_145.csv=2025-03-29"
swift build --product nuvola >/dev/null
bin="$(swift build --show-bin-path)/nuvola"
files=()
for number in 12 131 141 143 144 145; do files+=("$data/candidature_finanziate_$number.csv"); done
"$bin" awards snapshot --out Sources/NuvolaAwards/Resources/awards --data-date "$dates" "${files[@]}"
ls -l Sources/NuvolaAwards/Resources/awards/awards.tsv
