#!/usr/bin/env bash
# Search latency (p50/p99) over synthetic corpora of published reports; sizes as the first
# argument (default 10000,100000,1000000). Prints the machine it ran on and its load. Not part of
# ./mvnw -B verify. Settings: BENCH_INDEX_DIR (keep the built indexes there and reuse them, one per
# size and index format), BENCH_JFR (a file: record a JFR profile of the run there).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-10000,100000,1000000}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
args=()
[[ -n "${BENCH_INDEX_DIR:-}" ]] && args+=(-Dbench.index-dir="$BENCH_INDEX_DIR")
[[ -n "${BENCH_JFR:-}" ]] && args+=(-DargLine="-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile")
./mvnw -B test -Dtest=SearchLatencyBenchmark -Dexcluded.groups=none -Dbench.sizes="$sizes" \
    -Dsurefire.failIfNoSpecifiedTests=false "${args[@]}" | grep -E "SEARCH-BENCH|Tests run:|ERROR"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
