#!/usr/bin/env bash
# RVTools import benchmark (not part of `swift test`).
#
# Generates an RVTools vInfo export of 10,000 VMs on 40 hosts with the columns RVTools writes, then
# times in release mode, with NUVOLA_STATS=1:
#   1. `nuvola import --from rvtools` into a fresh store (every VM and host created);
#   2. the same file again (every VM matched, nothing changed: no new snapshot);
#   3. a newer export where every VM has more memory (every VM updated: a new snapshot).
# Target: each import under 2 s. Usage: Benchmarks/rvtools.sh [VMS]
# (NUVOLA_SCRATCH=DIR builds in DIR instead of .build.)
set -euo pipefail
cd "$(dirname "$0")/.."
vms="${1:-10000}"
out="Benchmarks/out/rvtools"
scratch="${NUVOLA_SCRATCH:-.build}"

rm -rf "$out" && mkdir -p "$out"
swift build -c release --product nuvola --scratch-path "$scratch" > "$out/build.log" 2>&1 \
  || { tail -n 30 "$out/build.log"; echo "release build failed"; exit 1; }
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/nuvola"

# One export; $1 = extra MiB of memory per VM (0 for the first export).
generate() {
  awk -v vms="$vms" -v extra="$1" 'BEGIN {
    OFS = ","
    print "VM,Powerstate,Template,SRM Placeholder,Config status,DNS Name,Connection state,Guest state," \
      "Heartbeat,Consolidation Needed,PowerOn,Suspend time,Creation date,Change Version,CPUs,Memory,NICs," \
      "Disks,Total disk capacity MiB,Fixed Passthru HotPlug,min Required EVC Mode Key,Latency Sensitivity," \
      "Op Notification Timeout,EnableUUID,CBT,Primary IP Address,Network #1,Network #2,Num Monitors," \
      "Video Ram KiB,Resource pool,Folder ID,Folder,vApp,DAS protection,FT State,FT Role,FT Latency," \
      "FT Bandwidth,FT Secondary Latency,Provisioned MiB,In Use MiB,Unshared MiB,HA Restart Priority," \
      "HA Isolation Response,HA VM Monitoring,Cluster rule(s),Cluster rule name(s),Boot Required," \
      "Boot delay,Boot retry delay,Boot retry enabled,Boot BIOS setup,Reboot PowerOff,EFI Secure boot," \
      "Firmware,HW version,HW upgrade status,HW upgrade policy,HW target,Path,Log directory," \
      "Snapshot directory,Suspend directory,Annotation,Backup Status,Last backup,Datacenter,Cluster,Host," \
      "OS according to the configuration file,OS according to the VMware Tools,Customization Info," \
      "Guest Detailed Data,VM ID,SMBIOS UUID,VM UUID,VI SDK Server type,VI SDK API Version,VI SDK Server," \
      "VI SDK UUID"
    split("Microsoft Windows Server 2019 (64-bit)|Microsoft Windows Server 2016 or later (64-bit)|" \
      "Red Hat Enterprise Linux 8 (64-bit)|Ubuntu Linux (64-bit)|Microsoft Windows Server 2012 R2 (64-bit)|" \
      "Debian GNU/Linux 11 (64-bit)|Other 3.x or later Linux (64-bit)", configs, "|")
    split("Microsoft Windows Server 2019 Standard|Microsoft Windows Server 2022 Datacenter|" \
      "Red Hat Enterprise Linux 8.9 (Ootpa)|Ubuntu 22.04.4 LTS||Debian GNU/Linux 11 (bullseye)|", tools, "|")
    split("poweredOn|poweredOn|poweredOn|poweredOff|suspended", states, "|")
    for (i = 1; i <= vms; i++) {
      name = sprintf("VM-%05d", i)
      host = sprintf("esx%02d.comune.example.it", (i % 40) + 1)
      cpus = 2 ^ (i % 4)
      memory = 2048 * (1 + i % 16) + extra
      disk = 40960 * (1 + i % 8)
      template = (i % 500 == 0) ? "True" : "False"
      print name, states[1 + i % 5], template, "False", "green", tolower(name) ".comune.example.it", \
        "connected", "running", "green", "False", "2024/01/15 08:00:00", "", "2020/03/01 10:00:00", \
        "2024-01-15T08:00:00Z", cpus, memory, 1, 2, disk, "False", "", "normal", "", "True", "False", \
        sprintf("10.%d.%d.%d", int(i / 65536) % 256, int(i / 256) % 256, i % 256), "VLAN-100", "", 1, 8192, \
        "Resources", "group-v" i, "/Comune/Server", "", "True", "notConfigured", "", "", "", "", disk, \
        int(disk * 0.6), int(disk * 0.6), "medium", "none", "vmMonitoringDisabled", "", "", "False", 0, \
        10000, "False", "False", "False", "False", "efi", "vmx-19", "none", "never", "", \
        "[datastore1] " name "/" name ".vmx", "[datastore1] " name "/", "[datastore1] " name "/", \
        "[datastore1] " name "/", "Server " i, "OK", "2025-01-01", "DC-Comune", \
        sprintf("CL-%d", (i % 40) / 20 + 1), host, configs[1 + i % 7], tools[1 + i % 7], "", "", \
        "vm-" (1000 + i), sprintf("4201%08d-0000-0000-0000-000000000000", i), \
        sprintf("5001%08d-0000-0000-0000-000000000000", i), "VMware VirtualCenter Server", "8.0.2", \
        "vcenter.comune.example.it", "6c1f0000-0000-0000-0000-000000000000"
    }
  }'
}

generate 0 > "$out/vinfo.csv"
generate 1024 > "$out/vinfo-newer.csv"
echo "== generated $vms VMs: $(wc -c < "$out/vinfo.csv") bytes"

run() {
  echo "== $1"
  NUVOLA_STATS=1 "$bin" --db "$out/nuvola.sqlite" import --from rvtools "$2" --comune 014061 \
    > "$out/import.log" 2> "$out/import.stats" || { cat "$out/import.stats"; exit 1; }
  head -n 3 "$out/import.log"
  cat "$out/import.stats"
}

run "fresh store: every VM created" "$out/vinfo.csv"
run "same export again: every VM matched, no new snapshot" "$out/vinfo.csv"
run "newer export: every VM updated, new snapshot" "$out/vinfo-newer.csv"
