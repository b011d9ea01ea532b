#!/usr/bin/env bash
# Times sitegen and Hugo side by side on ../shared/bench's news corpus (alternating runs).
# usage: bench/compare-hugo.sh [N] [RUNS]   (defaults: 10000 5). Needs ../shared/bench beside the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/bench
[ -d "$shared" ] || { echo "../shared/bench is not here; this comparison needs it" >&2; exit 2; }
swift build -c release --product sitegen >/dev/null
work=${BENCH_COPY:-/tmp/sitegen-hugo-bench}
rm -rf "$work" && cp -r "$shared" "$work"
"$work/compare.sh" "${1:-10000}" "$PWD/.build/release/sitegen build --quiet --source {CONTENT} --output {OUT}" "${2:-5}"
