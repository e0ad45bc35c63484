#!/usr/bin/env bash
# Loads the portal in headless Chromium (Debian's `chromium` package) and drives it: no console
# error, nothing fetched, every row there, search, province filter and sorting working (see
# scripts/browser-check.py, standard-library Python over the DevTools protocol).
#
# Usage: scripts/browser-check.sh                 # the demo's portal (360 comuni), in a scratch folder
#        scripts/browser-check.sh PAGE.html [ROWS] # any portal page, e.g. a national run's (7896)
# With NUVOLA_SCREENSHOTS=1 the demo's screenshots are saved into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null; then
  echo "chromium is not installed (apt-get install chromium): nothing checked" >&2
  exit 2
fi
shots=()
if [ $# -ge 1 ]; then
  page="$1"
  rows=()
  if [ -n "${2:-}" ]; then rows=(--rows "$2"); fi
else
  swift build --product nuvola >/dev/null
  bin="$(swift build --show-bin-path)/nuvola"
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  "$bin" --as-of 2026-12-04 demo --inventories Inventories --out "$scratch/Reports" >/dev/null
  page="$scratch/Reports/index.html"
  rows=(--rows 360)
  if [ "${NUVOLA_SCREENSHOTS:-0}" = 1 ]; then
    shots=(--screenshot docs/screenshots/portal.png --charts-screenshot docs/screenshots/portal-charts.png)
  fi
fi
python3 scripts/browser-check.py "$page" "${rows[@]}" "${shots[@]}"
