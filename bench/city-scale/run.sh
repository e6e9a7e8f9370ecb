#!/usr/bin/env bash
# City scale (issue 20 §3): generate a city's five years of work into its OWN data directory, then
# start the product on it and measure the staff lists, public pages, the city's views and search,
# with the plans of the queries behind them. Resumable: run it again after a stop and the generator
# skips the council-years already written. See bench/city-scale/README.md.
#
#   bench/city-scale/run.sh                 # SCALE=0.1 (10 % of the full size)
#   SCALE=1 bench/city-scale/run.sh         # the full size: ~2M documents, ~1M petitions
#
# Settings (environment): SCALE (0.1), YEARS (5), DATA_DIR (target/city-scale), REQUESTS (60).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

SCALE=${SCALE:-0.1}
YEARS=${YEARS:-5}
DATA_DIR=${DATA_DIR:-target/city-scale}
REQUESTS=${REQUESTS:-60}
OUT="bench/results/city-scale-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
common=(-B -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false "-Dbench.data-dir=$DATA_DIR")

echo "load before: $(cat /proc/loadavg)" | tee "$OUT/load.txt"
./mvnw "${common[@]}" test -Dtest=CityScaleGenerator "-Dbench.scale=$SCALE" "-Dbench.years=$YEARS" \
    | tee "$OUT/generate.log" | grep --line-buffered '\[city\]'
./mvnw "${common[@]}" test -Dtest=CityScaleBenchmark "-Dbench.requests=$REQUESTS" \
    | tee "$OUT/measure.log" | grep --line-buffered '\[city\]'
echo "load after: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"
du -sh "$DATA_DIR/postgres" "$DATA_DIR/index" 2>/dev/null | tee "$OUT/sizes.txt"
echo "results: $OUT"
