#!/usr/bin/env bash
# Start-up time, memory and throughput of HĐND số on this machine, against nginx serving the same
# council page as a static file. Traffic goes to 127.0.0.1 only; every step is bounded in time.
#
#   bench/startup-and-throughput.sh            # build the jar if missing, run everything (~6 min)
#
# Settings (environment): PORT (8383), NGINX_PORT (8385), RESTARTS (3), DURATION (30s),
# CONNECTIONS (64), THREADS (2), PAGE (/lac-phuong), JAVA_OPTS (empty: the JVM's defaults, as
# `java -jar` runs), APP_ARGS (extra arguments for the application, e.g. a setting to compare:
# APP_ARGS='--spring.thymeleaf.enable-spring-el-compiler=true'), PROFILE (1: afterwards count
# queries per request and record a JFR profile).
# Results: bench/results/<UTC time>/ (summary.md, wrk outputs, logs); git ignores them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PORT=${PORT:-8383}
NGINX_PORT=${NGINX_PORT:-8385}
RESTARTS=${RESTARTS:-3}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PAGE=${PAGE:-/lac-phuong}
JAVA_OPTS=${JAVA_OPTS:-}
APP_ARGS=${APP_ARGS:-}
PROFILE=${PROFILE:-1}
JAR=target/hdnd-so.jar
BASE="http://127.0.0.1:$PORT"

RUN_DIR="$PWD/bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
DATA_DIR="$RUN_DIR/data"
mkdir -p "$RUN_DIR"
SUMMARY="$RUN_DIR/summary.md"
APP_PID=""
NGINX_PID=""

log() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }

# --- tools -------------------------------------------------------------------------------------

java_major() {
    local version
    [[ -x "$1/bin/java" && -f "$1/release" ]] || { echo 0; return; }
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
    echo "${version:-0}"
}

choose_java() {
    local home best="" major best_major=0
    if [[ -n "${JAVA_HOME:-}" && $(java_major "$JAVA_HOME") -ge 21 ]]; then
        return
    fi
    for home in /usr/lib/jvm/*; do
        major=$(java_major "$home")
        if (( major >= 21 && major > best_major )); then best=$home; best_major=$major; fi
    done
    [[ -n "$best" ]] || { echo "needs a JDK 21+ (set JAVA_HOME)" >&2; exit 1; }
    export JAVA_HOME=$best
}

require_packages() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
    command -v curl >/dev/null || missing+=(curl)
    if (( ${#missing[@]} )); then
        [[ $(id -u) -eq 0 ]] || { echo "install: apt-get install ${missing[*]}" >&2; exit 1; }
        echo "installing ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive timeout 600 apt-get update -qq
        DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# --- the application ---------------------------------------------------------------------------

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts the jar; sets APP_PID. $1: log file.
start_app() {
    port_free "$PORT" || { echo "port $PORT is in use" >&2; exit 1; }
    # shellcheck disable=SC2086
    PORT=$PORT HDND_DATA_DIR=$DATA_DIR HDND_DEMO=true HDND_ADMIN_PASSWORD=bench-only-$RANDOM$RANDOM \
        "$JAVA_HOME/bin/java" $JAVA_OPTS -jar "$JAR" $APP_ARGS >"$1" 2>&1 &
    APP_PID=$!
}

# Seconds (3 decimals) until /actuator/health says UP; fails after 120 s.
wait_healthy() {
    local started=$1 deadline=$((SECONDS + 120))
    while (( SECONDS < deadline )); do
        if curl -sf --max-time 1 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f", e - s }'
            return
        fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "the application exited; see its log in $RUN_DIR" >&2; exit 1; }
        sleep 0.05
    done
    echo "not healthy after 120 s" >&2
    exit 1
}

stop_app() {
    [[ -n "$APP_PID" ]] || return 0
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 600); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

postmaster_pid() { head -1 "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null || true; }

kb() { awk -v f="$2" '$1 == f":" { print $2 }' "/proc/$1/$3" 2>/dev/null || echo 0; }

# "java RSS MB | postgres RSS MB (n processes) | postgres PSS MB"
memory() {
    local pm java_rss pg_rss=0 pg_pss=0 n=0 pid
    java_rss=$(kb "$APP_PID" VmRSS status)
    pm=$(postmaster_pid)
    if [[ -n "$pm" ]]; then
        for pid in "$pm" $(pgrep -P "$pm" || true); do
            pg_rss=$((pg_rss + $(kb "$pid" VmRSS status)))
            pg_pss=$((pg_pss + $(kb "$pid" Pss smaps_rollup)))
            n=$((n + 1))
        done
    fi
    printf '%d MB | %d MB (%d processes) | %d MB' $((java_rss / 1024)) $((pg_rss / 1024)) "$n" $((pg_pss / 1024))
}

# CPU time (ms) used so far by the given processes (user + system).
cpu_ms() {
    local pid total=0 hz
    hz=$(getconf CLK_TCK)
    for pid in "$@"; do
        [[ -r /proc/$pid/stat ]] || continue
        total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat")))
    done
    echo $((total * 1000 / hz))
}

postgres_pids() { local pm; pm=$(postmaster_pid); [[ -n "$pm" ]] && echo "$pm" $(pgrep -P "$pm" || true); }
nginx_pids() { [[ -n "$NGINX_PID" ]] && echo "$NGINX_PID" $(pgrep -P "$NGINX_PID" || true); }

# Requests completed in a wrk output file.
requests() { awk '/requests in/ { print $1 }' "$RUN_DIR/wrk-$1.txt"; }

# --- nginx -------------------------------------------------------------------------------------

start_nginx() {
    local root="$RUN_DIR/nginx-root" run="$RUN_DIR/nginx"
    port_free "$NGINX_PORT" || { echo "port $NGINX_PORT is in use" >&2; exit 1; }
    mkdir -p "$root" "$run/tmp"
    chmod 755 "$RUN_DIR" "$root"
    curl -sf --max-time 10 "$BASE$PAGE" -o "$root$PAGE.html"
    chmod 644 "$root$PAGE.html"
    sed -e "s|@PORT@|$NGINX_PORT|" -e "s|@ROOT@|$root|" -e "s|@RUN@|$run|g" -e "s|@WORKERS@|$(nproc)|" \
        bench/nginx.conf.template >"$run/nginx.conf"
    if [[ $(id -u) -eq 0 ]]; then sed -i '1i user root;' "$run/nginx.conf"; fi
    /usr/sbin/nginx -c "$run/nginx.conf" -p "$run" -e "$run/nginx-error.log" &
    NGINX_PID=$!
    for _ in $(seq 1 100); do
        curl -sf --max-time 1 -o /dev/null "http://127.0.0.1:$NGINX_PORT$PAGE" && return
        sleep 0.1
    done
    echo "nginx did not start; see $run/nginx-error.log" >&2
    exit 1
}

stop_nginx() {
    [[ -n "$NGINX_PID" ]] || return 0
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
}

cleanup() {
    stop_nginx
    stop_app
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- wrk ---------------------------------------------------------------------------------------

# Runs wrk; $1 name, $2 URL, $3 duration, $4 connections. Prints "requests/s | p50 | p99 | errors".
load() {
    local out="$RUN_DIR/wrk-$1.txt"
    timeout 300 wrk -t"$THREADS" -c"$4" -d"$3" --timeout 5s --latency "$2" >"$out"
    awk '
        /Requests\/sec/ { rps = $2 }
        $1 == "50.000%" || $1 == "50%" { p50 = $2 }
        $1 == "99.000%" || $1 == "99%" { p99 = $2 }
        /Non-2xx/ { non2xx = $NF }
        /Socket errors/ { sock = $0; sub(/.*Socket errors: /, "", sock) }
        END { printf "%.0f | %s | %s | %s", rps, p50, p99, (non2xx == "" && sock == "") ? "none" : non2xx " non-2xx " sock }
    ' "$out"
}

# --- run ---------------------------------------------------------------------------------------

choose_java
require_packages
if [[ ! -f "$JAR" ]]; then
    echo "building $JAR"
    ./mvnw -q -B package -DskipTests
fi

log "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
log ""
log "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
log "- CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1), nproc: $(nproc)"
log "- memory: $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
log "- java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), JAVA_OPTS='${JAVA_OPTS}', APP_ARGS='${APP_ARGS}'"
log "- $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $(/usr/sbin/nginx -v 2>&1)"
log "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews every figure)"
log ""

echo "initialising the data directory (first start, demo content)"
started=$(date +%s.%N)
start_app "$RUN_DIR/app-first-start.log"
first=$(wait_healthy "$started")
stop_app
log "## (a) start-up to a healthy /actuator/health"
log ""
log "- first start (empty data directory: unpack binaries, initdb, migrations, 115 councils): ${first} s"

times=()
for i in $(seq 1 "$RESTARTS"); do
    started=$(date +%s.%N)
    start_app "$RUN_DIR/app-restart-$i.log"
    times+=("$(wait_healthy "$started")")
    # shellcheck disable=SC2046
    cpu=$(awk -v j="$(cpu_ms "$APP_PID")" -v p="$(cpu_ms $(postgres_pids))" 'BEGIN { printf "%.1f", (j + p) / 1000 }')
    spring=$(grep -o 'Started HdndApplication in [0-9.]* seconds' "$RUN_DIR/app-restart-$i.log" | grep -o '[0-9.]*' | head -1)
    log "- restart $i: ${times[-1]} s (Spring's own figure: ${spring:-?} s; CPU used: ${cpu} s)"
    if (( i < RESTARTS )); then stop_app; fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
log "- **median of $RESTARTS restarts: ${median} s** (target ≤ 5 s)"
log ""

log "## (b) memory: java RSS | postgres RSS (sum) | postgres PSS (sum)"
log ""
sleep 2
log "- after start: $(memory)"

echo "load: warm-up, then measured runs"
warm=$(load app-warmup "$BASE$PAGE" "$DURATION" "$CONNECTIONS")
pg_pids=$(postgres_pids)
java_before=$(cpu_ms "$APP_PID")
# shellcheck disable=SC2086
pg_before=$(cpu_ms $pg_pids)
app=$(load app "$BASE$PAGE" "$DURATION" "$CONNECTIONS")
java_cpu=$(($(cpu_ms "$APP_PID") - java_before))
# shellcheck disable=SC2086
pg_cpu=$(($(cpu_ms $pg_pids) - pg_before))
app_requests=$(requests app)
log "- after load (warm-up + measured run, 2 × $DURATION at $CONNECTIONS connections): $(memory)"
log ""
front=$(load app-front-page "$BASE/" "$DURATION" "$CONNECTIONS")

start_nginx
nginx_before=$(cpu_ms $(nginx_pids))
static=$(load nginx "http://127.0.0.1:$NGINX_PORT$PAGE" "$DURATION" "$CONNECTIONS")
nginx_cpu=$(($(cpu_ms $(nginx_pids)) - nginx_before))
nginx_requests=$(requests nginx)
stop_nginx

log "## (c) wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (no compression asked for)"
log ""
log "| target | requests/s | p50 | p99 | errors |"
log "|---|---|---|---|---|"
log "| application $PAGE, warm-up run | $warm |"
log "| **application $PAGE** | $app |"
log "| application / (front page, 115 councils) | $front |"
log "| **nginx, the same page saved as a static file** | $static |"
app_rps=$(cut -d'|' -f1 <<<"$app" | tr -d ' ')
nginx_rps=$(cut -d'|' -f1 <<<"$static" | tr -d ' ')
log ""
log "- load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
log "- application / nginx: $(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.1f %%", 100 * a / n }') (target ≥ 25 %, p99 ≤ 50 ms)"
log "- CPU per request (less sensitive to other load than requests/s): application $(awk -v j="$java_cpu" -v p="$pg_cpu" -v n="$app_requests" 'BEGIN { printf "%.3f ms (java %.3f + postgres %.3f)", (j + p) / n, j / n, p / n }'),"
log "  nginx $(awk -v c="$nginx_cpu" -v n="$nginx_requests" 'BEGIN { printf "%.4f ms", c / n }') → the page costs $(awk -v j="$java_cpu" -v p="$pg_cpu" -v n="$app_requests" -v c="$nginx_cpu" -v m="$nginx_requests" 'BEGIN { printf "%.0f", ((j + p) / n) / (c / m) }') × nginx's CPU"
log "- page size: $(curl -s "$BASE$PAGE" | wc -c) bytes of HTML"
log ""

# bytes of a URL: "raw gzip" as served (gzip: with Accept-Encoding: gzip, what goes over the wire)
weigh() {
    printf '%s %s' "$(curl -s -o /dev/null -w '%{size_download}' "$1")" \
        "$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$1")"
}

log "## (d) first-load weight: HTML + CSS + JS, bytes (limit 100 KB)"
log ""
log "| page | HTML raw / sent gzip | CSS + JS raw / sent gzip | total raw | total sent |"
log "|---|---|---|---|---|"
for path in / "$PAGE"; do
    read -r html_raw html_gz <<<"$(weigh "$BASE$path")"
    assets_raw=0
    assets_gz=0
    for asset in $(curl -s "$BASE$path" | grep -oE '(href|src)="/[^"]+\.(css|js)"' | sed -E 's/^[a-z]+="//; s/"$//'); do
        read -r raw gz <<<"$(weigh "$BASE$asset")"
        assets_raw=$((assets_raw + raw))
        assets_gz=$((assets_gz + gz))
        echo "$path: $asset $raw raw, $gz sent with gzip" >>"$RUN_DIR/page-weight.txt"
    done
    log "| $path | $html_raw / $html_gz | $assets_raw / $assets_gz | $((html_raw + assets_raw)) | $((html_gz + assets_gz)) |"
done
log ""
log "(per asset: page-weight.txt; 'sent' is what a browser asking for gzip receives)"
log ""

if [[ "$PROFILE" == "1" ]]; then
    echo "profile: SQL per request (pg_stat_statements), then a JFR recording under load"
    log "## Where the time goes ($PAGE)"
    log ""
    pg_port() { grep -o 'ready on port [0-9]*' "$1" | grep -o '[0-9]*$' | tail -1; }
    if command -v psql >/dev/null; then
        port=$(pg_port "$RUN_DIR/app-restart-$RESTARTS.log")
        # the embedded server's own log is not kept after start-up, so count with pg_stat_statements
        psql -h 127.0.0.1 -p "$port" -U postgres -d hdnd -Atqc \
            "alter system set shared_preload_libraries = 'pg_stat_statements'"
        stop_app
        start_app "$RUN_DIR/app-profile.log"
        wait_healthy "$(date +%s.%N)" >/dev/null
        port=$(pg_port "$RUN_DIR/app-profile.log")
        psql_q() { psql -h 127.0.0.1 -p "$port" -U postgres -d hdnd -Atqc "$1"; }
        psql_q "create extension if not exists pg_stat_statements"
        for _ in 1 2 3; do curl -s -o /dev/null "$BASE$PAGE"; done
        psql_q "select pg_stat_statements_reset()" >/dev/null
        for _ in $(seq 1 10); do curl -s -o /dev/null "$BASE$PAGE"; done
        psql_q "select calls, round(total_exec_time::numeric, 2) as ms, regexp_replace(query, '\s+', ' ', 'g')
                from pg_stat_statements where dbid = (select oid from pg_database where datname = 'hdnd')
                and query not like '%pg_stat_statements%' order by calls desc, ms desc" >"$RUN_DIR/sql-10-requests.txt"
        per_request=$(awk -F'|' '{ calls += $1; ms += $2 } END { printf "%.1f statements, %.2f ms of execution", calls / 10, ms / 10 }' "$RUN_DIR/sql-10-requests.txt")
        log "- SQL per request: $per_request in PostgreSQL (sql-10-requests.txt; COMMIT not counted)"
        psql_q "alter system reset shared_preload_libraries"
        psql_q "drop extension pg_stat_statements"
        curl -s -o /dev/null "$BASE$PAGE"
    fi
    cookies=$(curl -s -D - -o /dev/null "$BASE$PAGE" | grep -ci '^set-cookie' || true)
    log "- Set-Cookie headers on an anonymous request: $cookies"
    load app-before-profile "$BASE$PAGE" 10s "$CONNECTIONS" >/dev/null
    "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.start name=bench settings=profile filename="$RUN_DIR/council-page.jfr" >/dev/null
    load app-profiled "$BASE$PAGE" 20s "$CONNECTIONS" >/dev/null
    "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.stop name=bench >/dev/null
    "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$RUN_DIR/council-page.jfr" >"$RUN_DIR/jfr-hot-methods.txt" 2>&1 || true
    if command -v python3 >/dev/null; then
        "$JAVA_HOME/bin/jfr" print --stack-depth 64 --events jdk.ExecutionSample "$RUN_DIR/council-page.jfr" \
            | python3 bench/jfr_breakdown.py >"$RUN_DIR/jfr-breakdown.txt"
        log "- CPU samples of request threads by the innermost framework they were in (JFR, 20 s under load):"
        log ""
        log '```'
        log "$(cat "$RUN_DIR/jfr-breakdown.txt")"
        log '```'
    fi
    log ""
    log "Details: jfr-hot-methods.txt, council-page.jfr (open with JDK Mission Control or 'jfr view')."
    log ""
fi

stop_app
rm -rf "$DATA_DIR"
log "Results in ${RUN_DIR#"$PWD"/}"
