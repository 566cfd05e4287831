#!/usr/bin/env bash
# Search latency (p50/p99) over synthetic corpora of published reports; sizes as the first
# argument (default 10000,100000,1000000). Prints the machine it ran on. Not part of ./mvnw -B verify.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-10000,100000,1000000}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(java -version 2>&1 | head -1)"
./mvnw -B test -Dtest=SearchLatencyBenchmark -Dexcluded.groups=none -Dbench.sizes="$sizes" \
    -Dsurefire.failIfNoSpecifiedTests=false | grep -E "SEARCH-BENCH|Tests run:"
