#!/usr/bin/env bash
# Prints recall@5 and MRR of "Suggest paragraphs" on the tuning and the held-out evaluation texts
# of src/test/resources/suggestions/evaluation.csv. Not part of ./mvnw -B verify.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B test -Dtest=SuggestionBenchmark -Dexcluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false | grep -E "SUGGESTIONS|Tests run:"
