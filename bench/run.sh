#!/usr/bin/env bash
# Times `sitegen build` (release) on generated corpora and prints pages/s and peak memory.
# usage: bench/run.sh [N ...]   (default: 1000 10000). Needs GNU time (apt-get install time).
# With ../shared/bench present, bench/compare-hugo.sh times Hugo side by side on its corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps
command -v /usr/bin/time >/dev/null || { echo "GNU time is needed: apt-get install -y time" >&2; exit 1; }
swift build -c release --product sitegen >/dev/null
root=${BENCH_ROOT:-/tmp/sitegen-own-bench}
out_root=${OUT_ROOT:-/dev/shm/sitegen-own-bench}
mkdir -p "$root" "$out_root"
printf '%-8s %8s %8s %10s %10s\n' articles pages seconds pages/s peak-MiB
for n in "${@:-1000 10000}"; do
  for count in $n; do
    site=$root/site-$count
    [ -f "$site/sitegen.yml" ] || python3 bench/gen_corpus.py "$count" "$site" >/dev/null
    out=$out_root/out-$count
    rm -rf "$out"
    stats=$( { /usr/bin/time -f '%e %M' .build/release/sitegen build --quiet --source "$site" --output "$out" >/dev/null; } 2>&1 | tail -1)
    seconds=${stats% *}
    kib=${stats#* }
    pages=$(find "$out" -name '*.html' | wc -l)
    awk -v n="$count" -v p="$pages" -v s="$seconds" -v k="$kib" 'BEGIN { printf "%-8d %8d %8.2f %10.0f %10.0f\n", n, p, s, p / s, k / 1024 }'
  done
done
