#!/usr/bin/env bash
# The kill -9 campaign (issue 17) without Maven: KillNineBenchmark's main on the test class path,
# starting the extracted jar with its AOT cache. Needs `./mvnw -B package -Dmaven.test.skip=true`
# (target/hdnd-so/) and `./mvnw -B test-compile` (target/test-classes/).
#
#   KILLS=100 MINUTES=60 WRITERS=2 bench/kill-nine.sh
# Output: the [bench] lines; the data directory and instance logs stay under target/kill-nine-*.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
ASSERTJ=$(find "$HOME/.m2/repository/org/assertj/assertj-core" -name 'assertj-core-*.jar' | sort | tail -1)
[[ -f target/hdnd-so/hdnd-so.jar && -d target/test-classes && -n "$ASSERTJ" ]] || {
    echo "run ./mvnw -B package -Dmaven.test.skip=true and ./mvnw -B test-compile first" >&2; exit 1; }
exec "$JAVA" -Dbench.kills="${KILLS:-100}" -Dbench.minutes="${MINUTES:-600}" -Dbench.writers="${WRITERS:-2}" \
    -cp "target/test-classes:target/classes:target/hdnd-so/lib/*:$ASSERTJ" vn.hdndso.backup.bench.KillNineBenchmark
