#!/usr/bin/env bash
# RVTools workbook benchmark (not part of `swift test`).
#
# Generates an RVTools .xlsx export of VMS VMs (default 10,000) on 40 hosts, as RVTools writes it:
# deflated entries, shared strings, numbers as numbers; sheets vInfo (the usual columns), vHost
# and vDisk (two disks a VM). The same vInfo rows go to a CSV. Then times in release mode, each in a
# fresh store, RUNS times (default 3), taking the median:
#   1. `nuvola import --from rvtools vinfo.csv`  (the CSV export, for comparison);
#   2. `nuvola import --from rvtools RVTools_export.xlsx` (unzip, inflate, XML, three sheets).
# Prints both times, the ratio xlsx / csv and the peak memory. Target: the workbook under 1 s.
# Usage: Benchmarks/rvtools-xlsx.sh [VMS]   (SCRATCH=DIR builds in DIR instead of .build)
set -euo pipefail
cd "$(dirname "$0")/.."
vms="${1:-10000}"
runs="${RUNS:-3}"
out="Benchmarks/out/rvtools-xlsx"
scratch="${SCRATCH:-.build}"
command -v python3 >/dev/null || { echo "needs python3 to write the workbook"; exit 1; }

rm -rf "$out" && mkdir -p "$out"
swift build -c release --product nuvola --scratch-path "$scratch" > "$out/build.log" 2>&1 \
  || { tail -n 30 "$out/build.log"; echo "release build failed"; exit 1; }
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/nuvola"

python3 - "$vms" "$out" <<'PY'
import csv, sys, zipfile
from xml.sax.saxutils import escape
vms, out = int(sys.argv[1]), sys.argv[2]
info_header = ["VM", "Powerstate", "Template", "SRM Placeholder", "Config status", "DNS Name",
  "Connection state", "Guest state", "Heartbeat", "CPUs", "Memory", "NICs", "Disks",
  "Total disk capacity MiB", "Primary IP Address", "Network #1", "Resource pool", "Folder",
  "Provisioned MiB", "In Use MiB", "Unshared MiB", "HW version", "Path", "Annotation", "Datacenter",
  "Cluster", "Host", "OS according to the configuration file", "OS according to the VMware Tools",
  "VM ID", "VM UUID", "VI SDK Server"]
configs = ["Microsoft Windows Server 2019 (64-bit)", "Microsoft Windows Server 2016 or later (64-bit)",
  "Red Hat Enterprise Linux 8 (64-bit)", "Ubuntu Linux (64-bit)", "Microsoft Windows Server 2012 R2 (64-bit)",
  "Debian GNU/Linux 11 (64-bit)", "Other 3.x or later Linux (64-bit)"]
tools = ["Microsoft Windows Server 2019 Standard", "Microsoft Windows Server 2022 Datacenter",
  "Red Hat Enterprise Linux 8.9 (Ootpa)", "Ubuntu 22.04.4 LTS", "", "Debian GNU/Linux 11 (bullseye)", ""]
states = ["poweredOn", "poweredOn", "poweredOn", "poweredOff", "suspended"]
def host(i): return "esx%02d.comune.example.it" % (i % 40 + 1)
info = []
for i in range(1, vms + 1):
    name = "VM-%05d" % i
    disk = 40960 * (1 + i % 8)
    info.append([name, states[i % 5], "True" if i % 500 == 0 else "False", "False", "green",
      name.lower() + ".comune.example.it", "connected", "running", "green", 2 ** (i % 4), 2048 * (1 + i % 16),
      1, 2, disk, "10.%d.%d.%d" % (i // 65536 % 256, i // 256 % 256, i % 256), "VLAN-100", "Resources",
      "/Comune/Server", disk, int(disk * 0.6), int(disk * 0.6), "vmx-19",
      "[datastore1] %s/%s.vmx" % (name, name), "Server %d" % i, "DC-Comune", "CL-%d" % ((i % 40) // 20 + 1),
      host(i), configs[i % 7], tools[i % 7], "vm-%d" % (1000 + i), "4201%08d-0000-0000-0000-000000000000" % i,
      "vcenter.comune.example.it"])
with open(out + "/vinfo.csv", "w", newline="") as f:
    csv.writer(f).writerows([info_header] + info)
host_rows = [["Host", "Datacenter", "Cluster", "# CPU", "Cores per CPU", "# Cores", "# Memory", "Vendor",
  "Model", "ESX Version"]] + [[host(i), "DC-Comune", "CL-%d" % (i // 20 + 1), 2, 16, 32, 524288, "HPE",
  "ProLiant DL380 Gen10", "VMware ESXi 8.0.2 build-22380479"] for i in range(40)]
disk_rows = [["VM", "Disk", "Capacity MiB", "Thin", "Path"]]
for row in info:
    for d in (1, 2):
        disk_rows.append([row[0], "Hard disk %d" % d, row[18] // 2, "True", "[datastore1] %s/%s_%d.vmdk" % (row[0], row[0], d)])
strings, index = [], {}
def col(n):
    s = ""
    while n: n, r = divmod(n - 1, 26); s = chr(65 + r) + s
    return s
def sheet(rows):
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        parts.append('<row r="%d">' % r)
        for c, v in enumerate(row, 1):
            ref = col(c) + str(r)
            if isinstance(v, int):
                parts.append('<c r="%s"><v>%d</v></c>' % (ref, v))
            elif v != "":
                if v not in index: index[v] = len(strings); strings.append(v)
                parts.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[v]))
        parts.append("</row>")
    parts.append("</sheetData></worksheet>")
    return "".join(parts)
sheets = [("vInfo", sheet([info_header] + info)), ("vHost", sheet(host_rows)), ("vDisk", sheet(disk_rows))]
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
with zipfile.ZipFile(out + "/RVTools_export.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook %s><sheets>%s</sheets></workbook>' % (ns,
      "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i, i) for i, (n, _) in enumerate(sheets, 1))))
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' %
      "".join('<Relationship Id="rId%d" Target="worksheets/sheet%d.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>' % (i, i) for i in range(1, 4)))
    for i, (_, xml) in enumerate(sheets, 1): z.writestr("xl/worksheets/sheet%d.xml" % i, xml)
    z.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">%s</sst>' %
      "".join("<si><t>%s</t></si>" % escape(s) for s in strings))
PY
echo "== generated $vms VMs: vinfo.csv $(wc -c < "$out/vinfo.csv") bytes, RVTools_export.xlsx $(wc -c < "$out/RVTools_export.xlsx") bytes"

# Median wall time of importing $1 into a fresh store, RUNS times; the stats line of the last run.
time_import() {
  local times=()
  for _ in $(seq "$runs"); do
    rm -f "$out/nuvola.sqlite"
    NUVOLA_STATS=1 "$bin" --db "$out/nuvola.sqlite" import --from rvtools "$1" --comune 014061 \
      > "$out/import.log" 2> "$out/import.stats" || { cat "$out/import.stats"; exit 1; }
    times+=("$(sed -n 's/.* seconds=\([0-9.]*\) .*/\1/p' "$out/import.stats")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

csv_seconds="$(time_import "$out/vinfo.csv")"
echo "== CSV vInfo:  ${csv_seconds} s"
head -n 1 "$out/import.log"
xlsx_seconds="$(time_import "$out/RVTools_export.xlsx")"
echo "== xlsx:       ${xlsx_seconds} s ($(sed -n 's/.*\(peak_rss_mb=[0-9.]*\).*/\1/p' "$out/import.stats"))"
head -n 3 "$out/import.log"
awk -v x="$xlsx_seconds" -v c="$csv_seconds" 'BEGIN {
  printf "ratio xlsx / csv: %.2f; target: xlsx under 1 s: %s\n", x / c, (x < 1 ? "met" : "NOT met")
}'
