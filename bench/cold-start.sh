#!/usr/bin/env bash
# Cold start to healthy: time from `java -jar` to /actuator/health answering UP, including the
# embedded PostgreSQL. Runs N starts on a fresh data directory (the first one also runs initdb
# and the migrations; the demo city then loads in the background) and N on the kept one.
# Usage: bench/cold-start.sh [runs]   (needs target/cityos.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18080
jar=target/cityos.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }

measure() { # $1 data dir → prints milliseconds to healthy
  local start end marker
  marker="cityos.bench.run=$RANDOM$RANDOM"
  start=$(date +%s%N)
  CITYOS_DATA_DIR="$1" CITYOS_PORT=$port java "-D$marker" -jar "$jar" >"$1.log" 2>&1 &
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
  # Let the background demo load finish before stopping, so the next start finds a whole database.
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$port/api/platform/status" | grep -q '"state":"RUNNING"' || break
    sleep 0.2
  done
  # SIGTERM: a background job of a non-interactive shell ignores SIGINT.
  pkill -TERM -f "$marker"
  while pgrep -f "$marker" >/dev/null; do sleep 0.1; done
}

if curl -s "http://127.0.0.1:$port/" >/dev/null 2>&1; then echo "port $port is busy" >&2; exit 1; fi
tmp=$(mktemp -d)
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do
  echo "fresh data dir, run $i: $(measure "$tmp/fresh$i") ms"
done
for i in $(seq 1 "$runs"); do
  echo "existing data dir, run $i: $(measure "$tmp/fresh1") ms"
done
rm -rf "$tmp"
