#!/usr/bin/env bash
# Public pages with HTTP caching, against nginx serving saved copies of the same responses:
# the council home page, its resolution list and /oparl/v1/system, each as a full GET and as a
# conditional GET (If-None-Match with the page's ETag → 304). Caches warm (each URL is requested
# before it is measured).
#
# Usage: ./mvnw -q -B package -DskipTests && bench/portal-caching.sh
# Settings (environment): PORT (8095), NGINX_PORT (18095), DURATION (15s), CONNECTIONS (64),
# THREADS (2), JAVA_OPTS (-Xmx256m), NGINX_WORKERS (auto: one per core, as the application uses
# every core). Results: bench/results/portal-<UTC time>/ (ignored by git); the summary ends with
# the application/nginx ratios (issue 18 §6: GET ≥ 50 %, 304 ≥ 80 %).
# A profile of the cache's hit path: JAVA_OPTS="-Xmx256m -XX:StartFlightRecording=filename=/tmp/portal.jfr,settings=profile"
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8095}
NGINX_PORT=${NGINX_PORT:-18095}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
RUN_DIR="bench/results/portal-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN_DIR"
PATHS=(/lac-phuong /lac-phuong/van-ban /oparl/v1/system)

APP_PID="" NGINX_PID=""
cleanup() {
    [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

log() { echo "$*" | tee -a "$RUN_DIR/summary.md"; }

PORT=$PORT HDND_DATA_DIR="$RUN_DIR/data" HDND_DEMO=true HDND_ADMIN_PASSWORD=Bench-Admin-2026 \
    HDND_BASE_URL="http://127.0.0.1:$PORT" \
    $JAVA $JAVA_OPTS -jar target/hdnd-so.jar >"$RUN_DIR/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null

# saved copies for nginx, and each page's ETag
root="$RUN_DIR/nginx-root"
declare -A ETAGS
for path in "${PATHS[@]}"; do
    mkdir -p "$root$(dirname "$path")"
    curl -fs "http://127.0.0.1:$PORT$path" -o "$root$path.html"
    ETAGS[$path]=$(curl -fsI "http://127.0.0.1:$PORT$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
done
mkdir -p "$RUN_DIR/nginx/tmp"
sed -e "s#@WORKERS@#$NGINX_WORKERS#" -e "s#@RUN@#$PWD/$RUN_DIR/nginx#g" -e "s#@PORT@#$NGINX_PORT#" -e "s#@ROOT@#$PWD/$root#" \
    bench/nginx.conf.template >"$RUN_DIR/nginx/nginx.conf"
if [[ $(id -u) -eq 0 ]]; then sed -i '1i user root;' "$RUN_DIR/nginx/nginx.conf"; fi
/usr/sbin/nginx -c "$PWD/$RUN_DIR/nginx/nginx.conf" -p "$PWD/$RUN_DIR/nginx" -e "$PWD/$RUN_DIR/nginx/nginx-error.log" &
NGINX_PID=$!
sleep 1

# "requests/s | p50 | p99 | non-2xx/3xx" of one wrk run; $1 name, $2 URL, $3 extra header or ""
load() {
    local out="$RUN_DIR/wrk-$1.txt"
    if [[ -n "$3" ]]; then
        timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency -H "$3" "$2" >"$out"
    else
        timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency "$2" >"$out"
    fi
    local rps p50 p99 bad
    rps=$(awk '/Requests\/sec/ {print $2}' "$out")
    p50=$(awk '$1=="50%" {print $2}' "$out")
    p99=$(awk '$1=="99%" {print $2}' "$out")
    bad=$(awk '/Non-2xx or 3xx/ {print $5}' "$out")
    echo "$rps | $p50 | $p99 | ${bad:-0}"
}

# "63 %": the first figure (requests/s) of $1 as a share of $2's
ratio() {
    awk -v a="${1%% *}" -v b="${2%% *}" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "?" }'
}

log "# Portal caching benchmark, $(date -u +%FT%TZ)"
log ""
log "- machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
log "- wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; app: java $JAVA_OPTS -jar, HDND_DEMO=true; nginx worker_processes $NGINX_WORKERS"
log ""
log "| URL | server | request | requests/s | p50 | p99 | non-2xx/3xx |"
log "|---|---|---|---|---|---|---|"
declare -A RATIOS
for path in "${PATHS[@]}"; do
    name=$(tr '/' '_' <<<"$path")
    # warm-up: JIT and the page cache
    timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$PORT$path" >/dev/null
    nginx_etag=$(curl -fsI "http://127.0.0.1:$NGINX_PORT$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
    app=$(load "app$name" "http://127.0.0.1:$PORT$path" "")
    log "| \`$path\` | application | GET | $app |"
    app304=$(load "app304$name" "http://127.0.0.1:$PORT$path" "If-None-Match: ${ETAGS[$path]}")
    log "| \`$path\` | application | If-None-Match → 304 | $app304 |"
    ngx=$(load "nginx$name" "http://127.0.0.1:$NGINX_PORT$path" "")
    log "| \`$path\` | nginx (saved copy) | GET | $ngx |"
    ngx304=$(load "nginx304$name" "http://127.0.0.1:$NGINX_PORT$path" "If-None-Match: $nginx_etag")
    log "| \`$path\` | nginx (saved copy) | If-None-Match → 304 | $ngx304 |"
    RATIOS[$path]="$(ratio "$app" "$ngx") | $(ratio "$app304" "$ngx304")"
done
log ""
log "| URL | application/nginx GET | application/nginx 304 |"
log "|---|---|---|"
for path in "${PATHS[@]}"; do
    log "| \`$path\` | ${RATIOS[$path]} |"
done
log ""
log "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
