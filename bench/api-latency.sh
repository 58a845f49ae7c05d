#!/usr/bin/env bash
# Latency of the two reads clients poll most, job status and the project list, measured with `hey`
# (Debian's HTTP load generator) at a fixed rate: first on an idle server, then while generations
# run on the same machine. Starts `./zapcut serve` on a fresh ZAPCUT_HOME (embedded PostgreSQL,
# in-process workers) and prints p50/p90/p99 per phase over every request hey made.
#
# The rate comes from ten hey processes of two connections each, started 1/10 of a period apart:
# hey paces each connection with its own ticker, all starting together, so one hey with 20
# connections fires its requests in bursts of 20 at once (measured here: p50 7 ms where the same
# rate smoothly gets 1.8 ms); staggered, the arrivals are spread as independent clients' would be.
# A warm-up phase (not reported) comes first: a just-started JVM is still compiling its hot code.
#
#   bench/api-latency.sh [RATE=200] [SECONDS=30] [GENERATIONS=2] [DURATION=30]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/jdk.sh"
rate="${1:-200}"; seconds="${2:-30}"; generations="${3:-2}"; duration="${4:-30}"
if ! command -v hey >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey) >&2
  else
    echo "api-latency: needs hey: sudo apt-get install -y hey" >&2; exit 1
  fi
fi
port=18081
work="$(mktemp -d)"
"$here/zapcut" --version >/dev/null   # builds on first use
export ZAPCUT_HOME="$work/home" ZAPCUT_RATELIMIT_PERMINUTE=100000000 ZAPCUT_ACCOUNTS_INITIAL_VIDEOS=1000 \
       ZAPCUT_WORKER_CONCURRENCY="$generations"
"$here/zapcut" serve --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://localhost:$port"
for _ in $(seq 120); do
  curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 1
done
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }
token=$(curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"bench-$$@example.com\",\"password\":\"Correct-Horse-9\"}" \
  "$base/v1/auth/signup" | field access_token)
auth="Authorization: Bearer $token"
project=$(curl -fs -H "$auth" -H 'Content-Type: application/json' -d '{"name":"bench","product_name":"Luna Cold Brew"}' \
  "$base/v1/projects" | field id)
curl -fs -H "$auth" -F "file=@$here/src/main/resources/sample/product.png;type=image/png" -F type=image \
  "$base/v1/projects/$project/assets/upload" >/dev/null
order="{\"project_id\":\"$project\",\"brief\":\"Luna Cold Brew: organic cold brew for busy professionals who want calm, focused mornings. Shop now.\",\"duration_seconds\":$duration}"
submit() { curl -fs -H "$auth" -H 'Content-Type: application/json' -d "$order" "$base/v1/generate/video" | field job_id; }
# A finished job to poll while idle: the status of a completed job is the largest answer.
job=$(submit)
until curl -fs -H "$auth" "$base/v1/generate/video/job/$job" | grep -q '"status":"completed"'; do sleep 2; done
procs=10; conns=2; per_conn=$(( (rate + procs * conns - 1) / (procs * conns) ))
period_ms=$(( 1000 / per_conn ))
measure() { # label url [quiet]
  rm -f "$work"/hey-*.csv
  local pids=()
  for i in $(seq "$procs"); do
    hey -z "${seconds}s" -c "$conns" -q "$per_conn" -o csv -H "$auth" "$2" > "$work/hey-$i.csv" &
    pids+=($!)
    sleep "$(awk -v p="$period_ms" -v n="$procs" 'BEGIN { printf "%.4f", p / n / 1000 }')"
  done
  wait "${pids[@]}"   # not the server, which runs in the background too
  [ -n "${3:-}" ] && return 0
  cat "$work"/hey-*.csv | awk -F, '$1 ~ /^[0-9.]+$/ { print $1 * 1000, $7 }' | sort -n > "$work/all.txt"
  awk -v label="$1" -v secs="$seconds" '
    { t[NR] = $1; if ($2 == 200) ok++ }
    END { n = NR; printf "%-36s %6.1f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %7.2f ms  max %7.2f ms  (%d of %d answered 200)\n",
          label, n / secs, t[int(n * 0.50)], t[int(n * 0.90)], t[int(n * 0.99)], t[n], ok, n }' "$work/all.txt"
}
echo "machine: $(nproc) cores; $((procs * conns * per_conn)) req/s for $seconds s per phase over $((procs * conns)) connections"
measure "warm-up (not reported)" "$base/v1/generate/video/job/$job" quiet
measure "job status, idle" "$base/v1/generate/video/job/$job"
measure "project list, idle" "$base/v1/projects"
for _ in $(seq "$generations"); do submit >/dev/null; done
until curl -fs -H "$auth" "$base/v1/generate/video/job/$job" >/dev/null && \
      [ "$(curl -fs -H "$auth" "$base/actuator/prometheus" 2>/dev/null | sed -n 's/^zapcut_jobs_running \(.*\)/\1/p' | cut -d. -f1)" = "$generations" ]; do
  sleep 1
done
measure "job status, $generations generations running" "$base/v1/generate/video/job/$job"
measure "project list, $generations generations running" "$base/v1/projects"
running=$(curl -fs "$base/actuator/prometheus" | sed -n 's/^zapcut_jobs_running \(.*\)/\1/p')
echo "generations still running at the end: ${running:-?} (the load phases overlapped them)"
