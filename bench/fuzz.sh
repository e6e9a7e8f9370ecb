#!/usr/bin/env bash
# Longer fuzzing runs than the build's bounded one (docs/reliability.md, "Fuzzing").
#   bench/fuzz.sh [seconds-per-target] [seed]
# Each target gets the budget (default 600 s); a crash or a hang fails the run and its input is
# saved under target/fuzz-findings/<target>/ (copy it into src/test/resources/fuzz/<target>/ with the fix).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
seed="${2:-$(date +%s)}"
./mvnw -B test -Dspotless.check.skip=true \
  -Dtest='UploadChecksFuzzTest,TableImportFuzzTest,EdxmlImportFuzzTest,PlanImportFuzzTest,SearchQueryFuzzTest,JsonBodiesFuzzIntegrationTest' \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.seconds="$seconds" -Dfuzz.seed="$seed" 2>&1 | grep -E "^fuzz |Tests run|FAIL" 
