#!/usr/bin/env bash
# Soak (issue 17): the public portal at 80 % of its measured capacity for 30 minutes with -Xmx256m.
# Checks: no errors, heap after GC flat (GC log), RSS of the JVM <= 400 MB (sampled every 30 s);
# writes the JVM's native memory summary (NMT) at the end. Loopback only; every step bounded.
#
#   ./mvnw -B package -Dmaven.test.skip=true && bench/soak.sh
#
# Settings (environment): PORT (8483), MINUTES (30), SHARE (0.8), CAPACITY (measure when empty),
# CONCURRENCY (32, for measuring), SLUG (lac-phuong), JAVA_OPTS (-Xmx256m).
# Results: bench/results/soak-<UTC time>/ (summary.md, load.log, gc.log, rss.csv, nmt.txt); git ignores them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PORT=${PORT:-8483}
MINUTES=${MINUTES:-30}
SHARE=${SHARE:-0.8}
CAPACITY=${CAPACITY:-}
CONCURRENCY=${CONCURRENCY:-32}
SLUG=${SLUG:-lac-phuong}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
BASE="http://127.0.0.1:$PORT"
RUN_DIR="$PWD/bench/results/soak-$(date -u +%Y%m%dT%H%M%SZ)"
DATA_DIR="$RUN_DIR/data"
mkdir -p "$RUN_DIR"
SUMMARY="$RUN_DIR/summary.md"
log() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }

JAR=(-jar target/hdnd-so.jar)
if [[ -f target/hdnd-so/hdnd-so.aot ]]; then
    JAR=(-XX:AOTCache=target/hdnd-so/hdnd-so.aot -jar target/hdnd-so/hdnd-so.jar)
fi

# shellcheck disable=SC2086
HDND_ADMIN_PASSWORD=soak-only-$RANDOM$RANDOM "$JAVA" $JAVA_OPTS -XX:NativeMemoryTracking=summary \
    -Xlog:gc:file="$RUN_DIR/gc.log":uptime,level "${JAR[@]}" \
    --server.port="$PORT" --hdnd.data-dir="$DATA_DIR" --hdnd.demo=true >"$RUN_DIR/app.log" 2>&1 &
APP_PID=$!
trap 'kill -TERM $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 1200); do
    curl -sf --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application exited: $RUN_DIR/app.log" >&2; exit 1; }
    sleep 0.5
done
curl -sf --max-time 2 "$BASE/actuator/health" >/dev/null || { echo "not healthy after 10 min" >&2; exit 1; }
log "# Soak $(date -u +%FT%TZ): $MINUTES min at $SHARE of capacity, $JAVA_OPTS, ${JAR[*]}"

rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$APP_PID/status"; }
heap_after_gc() { grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$RUN_DIR/gc.log" | tail -1 || true; }

# warm-up, then capacity (closed loop)
"$JAVA" bench/soak/PortalLoad.java capacity "$BASE" "$SLUG" 30 8 >"$RUN_DIR/warmup.log" 2>&1 || true
if [[ -z "$CAPACITY" ]]; then
    "$JAVA" bench/soak/PortalLoad.java capacity "$BASE" "$SLUG" 30 "$CONCURRENCY" >"$RUN_DIR/capacity.log" 2>&1
    CAPACITY=$(sed -n 's/^RESULT .* rate=\([0-9.]*\)\/s.*/\1/p' "$RUN_DIR/capacity.log")
    log "capacity (closed loop, $CONCURRENCY concurrent, 30 s): $(grep '^RESULT' "$RUN_DIR/capacity.log")"
fi
RATE=$(awk -v c="$CAPACITY" -v s="$SHARE" 'BEGIN { printf "%.0f", c * s }')
log "soak rate: $RATE requests/s (capacity $CAPACITY)"

echo "seconds,java_rss_mb,heap_after_gc" >"$RUN_DIR/rss.csv"
( t=0; while kill -0 "$APP_PID" 2>/dev/null; do
      echo "$t,$(rss),$(heap_after_gc)" >>"$RUN_DIR/rss.csv"; sleep 30; t=$((t + 30)); done ) &
SAMPLER=$!
"$JAVA" bench/soak/PortalLoad.java rate "$BASE" "$SLUG" $((MINUTES * 60)) "$RATE" >"$RUN_DIR/load.log" 2>&1 || true
kill "$SAMPLER" 2>/dev/null || true

log "load: $(grep '^RESULT' "$RUN_DIR/load.log" || echo 'no result')"
grep -E '^(minute|error)' "$RUN_DIR/load.log" | sed 's/^/    /' >>"$SUMMARY" || true
log "java RSS MB (every 30 s): min $(cut -d, -f2 "$RUN_DIR/rss.csv" | tail -n +2 | sort -n | head -1), max $(cut -d, -f2 "$RUN_DIR/rss.csv" | tail -n +2 | sort -n | tail -1), last $(rss)"
log "heap after GC, first and last of each 5 minutes (GC log, MB):"
awk -F'[][]' '/->/ { split($2, u, "s"); t = int(u[1] / 300); if (match($0, /[0-9]+M->[0-9]+M/)) { s = substr($0, RSTART, RLENGTH); sub(/.*->/, "", s); sub(/M/, "", s); if (!(t in first)) first[t] = s; last[t] = s; if (!(t in min) || s + 0 < min[t]) min[t] = s + 0 } }
     END { for (t in first) printf "    minutes %d-%d: first %s, min %s, last %s\n", t * 5, t * 5 + 5, first[t], min[t], last[t] }' \
    "$RUN_DIR/gc.log" | sort -t' ' -k6 -n | tee -a "$SUMMARY"
"$JCMD" "$APP_PID" VM.native_memory summary >"$RUN_DIR/nmt.txt" 2>&1 || true
log "NMT committed total: $(grep -m1 'Total:' "$RUN_DIR/nmt.txt" || echo '?')"
log "errors in the application log: $(grep -c ' ERROR ' "$RUN_DIR/app.log" || true)"
echo "results in $RUN_DIR"
