#!/usr/bin/env bash
# Times two sitegen binaries against each other on one site, alternating runs so that a shared
# machine's drift hits both alike; prints the median and best wall and CPU time of each.
# usage: bench/ab.sh OLD_BINARY NEW_BINARY SITE_OR_CONTENT_FOLDER [RUNS]   (RUNS defaults to 4)
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,4p' "$0" >&2; exit 2; }
old=$1 new=$2 site=$3 runs=${4:-4}
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install -y time" >&2; exit 1; }
# Outputs on tmpfs when there is one, so disk write-back stays out of the timings.
out=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d) times=$(mktemp)
trap 'rm -rf "$out" "$times"' EXIT
for _ in $(seq "$runs"); do
  for which in old new; do
    binary=${!which}
    rm -rf "$out/site"
    /usr/bin/time -f "$which %e %U %S" -a -o "$times" "$binary" build --quiet --source "$site" --output "$out/site" >/dev/null 2>&1
  done
done
python3 - "$times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for which in ("old", "new"):
    wall = [float(r[1]) for r in rows if r[0] == which]
    cpu = [float(r[2]) + float(r[3]) for r in rows if r[0] == which]
    print(f"{which}: wall median {statistics.median(wall):.2f} s (best {min(wall):.2f}), CPU median {statistics.median(cpu):.2f} s (best {min(cpu):.2f})")
PY
