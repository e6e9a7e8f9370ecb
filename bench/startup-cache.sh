#!/usr/bin/env bash
# Restart to a healthy /actuator/health with and without the start-up cache that `package` makes
# (README, "For production"), side by side on the same data directory, alternating, ROUNDS each:
# wall seconds to healthy, CPU seconds of the JVM until then, and its RSS when healthy. The ratio
# cache/plain is the figure to compare across runs (absolute times drift on a shared machine).
#
#   ./mvnw -B package -Dmaven.test.skip=true && bench/startup-cache.sh
#
# Settings (environment): ROUNDS (3), PORT (8393), JAVA_OPTS (-Xmx256m).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ROUNDS=${ROUNDS:-3}
PORT=${PORT:-8393}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
DATA_DIR="$PWD/target/startup-cache-bench"
PLAIN=(-jar target/hdnd-so.jar)
if [[ -f target/hdnd-so/hdnd-so.aot ]]; then
    CACHED=(-XX:AOTCache=target/hdnd-so/hdnd-so.aot -jar target/hdnd-so/hdnd-so.jar)
elif [[ -f target/hdnd-so/hdnd-so.jsa ]]; then
    CACHED=(-XX:SharedArchiveFile=target/hdnd-so/hdnd-so.jsa -jar target/hdnd-so/hdnd-so.jar)
else
    echo "no start-up cache under target/hdnd-so: run ./mvnw -B package -Dmaven.test.skip=true first" >&2
    exit 1
fi

# Starts the application with the given java arguments; prints "wall cpu rss" once healthy, then stops it.
measure() {
    local started pid cpu ticks rss
    started=$(date +%s.%N)
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS "$@" --hdnd.data-dir="$DATA_DIR" --server.port="$PORT" >"$DATA_DIR.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
        if curl -sf --max-time 1 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
            cpu=$(echo "$ticks / $(getconf CLK_TCK)" | bc -l)
            rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
            printf '%.2f %.2f %d\n' "$(echo "$(date +%s.%N) - $started" | bc -l)" "$cpu" "$rss"
            kill "$pid"; wait "$pid" 2>/dev/null || true
            return
        fi
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    echo "not healthy after 120 s (see $DATA_DIR.log)" >&2
    exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

mkdir -p "$DATA_DIR"
echo "first start (initialises $DATA_DIR): $(measure "${PLAIN[@]}")"
plain=() cached=()
for round in $(seq 1 "$ROUNDS"); do
    plain+=("$(measure "${PLAIN[@]}")")
    cached+=("$(measure "${CACHED[@]}")")
    echo "round $round: plain ${plain[-1]} | cache ${cached[-1]}  (wall s, cpu s, rss MB; load $(cut -d' ' -f1 /proc/loadavg))"
done
for i in 1 2 3; do
    p=$(printf '%s\n' "${plain[@]}" | cut -d' ' -f$i | median)
    c=$(printf '%s\n' "${cached[@]}" | cut -d' ' -f$i | median)
    printf '%-4s median: plain %s, cache %s, cache/plain %.2f\n' "$(echo wall cpu rss | cut -d' ' -f$i)" "$p" "$c" "$(echo "$c / $p" | bc -l)"
done
