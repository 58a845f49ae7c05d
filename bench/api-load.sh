#!/usr/bin/env bash
# Load benchmark of the HTTP API. Starts `./zapcut serve` on a fresh ZAPCUT_HOME (embedded
# PostgreSQL, in-process workers), then runs bench/ApiLoad.java against it:
#   1. GET /v1/generate/video/job/{id} at a fixed rate: p50/p90/p99 latency (open loop)
#   2. the same with N concurrent clients as fast as they go: the maximum rate
#   3. GENERATIONS generation requests at once: accept times, then all followed to the end
#      (completed, failed, lost, run more than once).
# The per-user rate limit is lifted for the run (it would otherwise answer 429 after 100 requests).
#
#   bench/api-load.sh [RATE=200] [SECONDS=10] [CLIENTS=16] [GENERATIONS=50] [DURATION=15] [ASPECT=1:1] [WORKERS=2]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/jdk.sh"
rate="${1:-200}"; seconds="${2:-10}"; clients="${3:-16}"; generations="${4:-50}"; duration="${5:-15}"; aspect="${6:-1:1}"
workers="${7:-2}"
port=18080
work="$(mktemp -d)"
"$here/zapcut" --version >/dev/null   # builds on first use
export ZAPCUT_HOME="$work/home" ZAPCUT_RATELIMIT_PERMINUTE=100000000 ZAPCUT_ACCOUNTS_INITIAL_VIDEOS=100000 \
       ZAPCUT_WORKER_CONCURRENCY="$workers"
"$here/zapcut" serve --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 120); do
  curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 1
done
echo "server up (workers: $workers); machine: $(nproc) cores"
java "$here/bench/ApiLoad.java" "http://localhost:$port" "$rate" "$seconds" "$clients" "$generations" "$duration" "$aspect" \
  "$here/src/main/resources/sample/product.png"
