#!/usr/bin/env bash
# Search quality (issue 18): recall@10 and nDCG@10 per language and overall on the evaluation set
# (src/test/resources/search-evaluation/queries.csv over the demo pack and the search-evaluation
# pack), for the search of before issue 18 (strict AND, no glossary, no spelling) and with ranked
# recall, the glossary and spelling added in turn (the settings mandato.search.ranked-recall,
# .glossary and .spelling). Lists the queries that still miss a document. Not part of ./mvnw -B verify.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
./mvnw -B test -Dtest=SearchQualityBenchmark -Dexcluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false \
    | grep -E "SEARCH-QUALITY|Tests run:|ERROR" | sed 's/^SEARCH-QUALITY //'
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
