#!/usr/bin/env bash
# Issue 16's drill, run by hand: one `serve` and two `worker` processes, each with its own
# ZAPCUT_HOME, sharing only this machine's PostgreSQL server (127.0.0.1:5432, user postgres, no
# password; a throwaway database is made and dropped) and an S3 bucket (S3Mock 5 in its own JVM,
# from the jar the build copies out of the local Maven repository). ADS ads (15 s, 16:9, offline
# providers) are ordered over the API, one worker is SIGKILLed in the middle of its ad's composition,
# and the drill waits until every ad is done. It is MultiMachineDrillTest: every check of the test
# applies, and it prints one line of figures (ads, kills, stages re-run, objects in the bucket
# against blobs the database names, takeover time, wall time). Everything it started is stopped
# and removed at the end, whether it passed or not.
#
#   bench/drill.sh [ADS=4]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
source scripts/jdk.sh
ads="${1:-4}"
command -v ffprobe >/dev/null || { echo "drill: needs ffprobe (apt-get install ffmpeg)" >&2; exit 1; }
pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || { echo "drill: needs PostgreSQL on 127.0.0.1:5432 (user postgres)" >&2; exit 1; }
log="$(mktemp --suffix=.drill.log)"
# The first run needs the network once (dependencies, the S3Mock jar); later runs can add -o.
if mvn -B -q -Dstudio.skip=true test -Dtest=MultiMachineDrillTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dzapcut.drill.ads="$ads" >"$log" 2>&1; then
  grep '^drill:' "$log"
  rm -f "$log"
else
  grep -E '^drill:|\[ERROR\]|Expect|expected|but was' "$log" | head -40 >&2
  echo "drill: failed; the whole log is in $log" >&2
  exit 1
fi
