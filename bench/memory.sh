#!/usr/bin/env bash
# Resident memory (RSS) of the JVM under the production command (README, "For production"): after
# start, after the portal load (wrk on the council home, its resolution list and /oparl/v1/system)
# and after a flood of wrong passwords (HTTP Basic with a wrong password, each request from another
# client address via X-Forwarded-For, so the per-address limit lets every one reach the Argon2
# check, and only the cap on checks at once holds them back). Peak RSS (VmHWM) is printed too.
#
#   ./mvnw -B package -Dmaven.test.skip=true && bench/memory.sh
#
# Settings (environment): PORT (8394), DURATION (30s), CONNECTIONS (64), JAVA_OPTS (the production
# flags below), CACHE (1: with the start-up cache; 0: plain java -jar target/hdnd-so.jar), DATA_DIR
# (the previous run's data directory if there is one, so that only the first run initialises the
# database and the demo content; else a new one).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PORT=${PORT:-8394}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
CACHE=${CACHE:-1}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m}
# native memory tracking (summary: a few MB of its own) for the breakdown written to nmt.txt at the end
NMT=${NMT:-1}
[[ "$NMT" == 1 ]] && JAVA_OPTS="$JAVA_OPTS -XX:NativeMemoryTracking=summary"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PREVIOUS=$(ls -d "$PWD"/bench/results/memory-*/data 2>/dev/null | tail -1 || true)
RUN_DIR="$PWD/bench/results/memory-$(date -u +%Y%m%dT%H%M%SZ)"
DATA_DIR=${DATA_DIR:-${PREVIOUS:-$RUN_DIR/data}}
mkdir -p "$RUN_DIR"
if [[ "$CACHE" == 1 && -f target/hdnd-so/hdnd-so.aot ]]; then
    APP=(-XX:AOTCache=target/hdnd-so/hdnd-so.aot -jar target/hdnd-so/hdnd-so.jar)
else
    APP=(-jar target/hdnd-so.jar)
fi
BASE="http://127.0.0.1:$PORT"
APP_PID=""
trap '[[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT

# RSS with its parts: anonymous memory (heap, metaspace, code, stacks, malloc) and file-backed pages
# (the mapped start-up cache, Lucene's memory-mapped index files, the jar), which the kernel shares
# and can drop under pressure.
rss() { awk '/VmRSS/ {r=int($2/1024)} /VmHWM/ {h=int($2/1024)} /RssAnon/ {a=int($2/1024)} /RssFile/ {f=int($2/1024)}
    END {print r " MB (peak " h " MB; anonymous " a " MB, file-backed " f " MB)"}' "/proc/$APP_PID/status"; }
log() { echo "$*" | tee -a "$RUN_DIR/summary.md"; }

# shellcheck disable=SC2086
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} HDND_DEMO=true HDND_FORWARD_HEADERS=native \
    HDND_ADMIN_PASSWORD=bench-only-$RANDOM$RANDOM \
    "$JAVA" $JAVA_OPTS "${APP[@]}" --hdnd.data-dir="$DATA_DIR" --server.port="$PORT" >"$RUN_DIR/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 1200); do
    curl -sf --max-time 1 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
    sleep 0.2
done
curl -sf "$BASE/actuator/health" >/dev/null
sleep 5

log "# RSS of the JVM, $(date -u +%FT%TZ)"
log "- java $JAVA_OPTS ${APP[*]}; MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}; load at start $(cut -d' ' -f1-3 /proc/loadavg)"
log "- after start: $(rss)"
for path in /lac-phuong /lac-phuong/van-ban /oparl/v1/system; do
    timeout 120 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 5s "$BASE$path" >"$RUN_DIR/wrk-$(echo "$path" | tr / _).txt"
    log "- after wrk -c$CONNECTIONS -d$DURATION $path ($(awk '/Requests\/sec/ {print $2}' "$RUN_DIR/wrk-$(echo "$path" | tr / _).txt") req/s): $(rss)"
done

cat >"$RUN_DIR/wrong-password.lua" <<'LUA'
-- a wrong password from another address each time (X-Forwarded-For, trusted from 127.0.0.1)
local n = 0
request = function()
  n = n + 1
  local address = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
  return wrk.format("GET", "/api/v1/account/notification-preferences", {
    ["Authorization"] = "Basic " .. "Y2FuLWJvOnNhaS1tYXQta2hhdQ==", -- can-bo:sai-mat-khau
    ["X-Forwarded-For"] = address,
  })
end
LUA
timeout 120 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$RUN_DIR/wrong-password.lua" "$BASE" \
    >"$RUN_DIR/wrk-wrong-password.txt"
log "- after wrong passwords, wrk -c$CONNECTIONS -d$DURATION ($(awk '/requests in/ {print $1}' "$RUN_DIR/wrk-wrong-password.txt") requests, $(awk '/Non-2xx/ {print $5}' "$RUN_DIR/wrk-wrong-password.txt") refused): $(rss)"
timeout 120 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 5s "$BASE/lac-phuong" >"$RUN_DIR/wrk-again.txt"
log "- after the portal load again: $(rss)"
"$JAVA" -version 2>&1 | head -1 >>"$RUN_DIR/summary.md"
jcmd "$APP_PID" VM.native_memory summary >"$RUN_DIR/nmt.txt" 2>/dev/null || true
jcmd "$APP_PID" GC.heap_info >"$RUN_DIR/heap.txt" 2>/dev/null || true
jcmd "$APP_PID" GC.class_histogram >"$RUN_DIR/histogram.txt" 2>/dev/null || true
echo "- live heap after a full collection: $(awk '/Total/ {print int($3/1048576) " MB"}' "$RUN_DIR/histogram.txt") (GC.class_histogram)" | tee -a "$RUN_DIR/summary.md"
log "- after that full collection: $(rss)"
echo "results: $RUN_DIR"
