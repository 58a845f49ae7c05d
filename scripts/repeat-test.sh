#!/usr/bin/env bash
# Runs one test (class or Class#method) N times in a row, each in a fresh JVM, and counts the passes:
# how a timing-dependent failure is shown gone (or caught).
#   scripts/repeat-test.sh 'RemoteProvidersEndToEndTest#theBudgetStopsTheJobBeforeItWouldSpendPastIt' 20
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/jdk.sh"
test="$1"; runs="${2:-20}"
cd "$here"
mvn -B -q -Dstudio.skip=true -DskipTests test-compile
passed=0
for i in $(seq "$runs"); do
  start=$(date +%s)
  if mvn -B -q -o -Dstudio.skip=true -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false surefire:test > "/tmp/repeat-test-$i.log" 2>&1; then
    passed=$((passed + 1)); echo "run $i: passed ($(( $(date +%s) - start )) s)"
  else
    echo "run $i: FAILED ($(( $(date +%s) - start )) s), log in /tmp/repeat-test-$i.log"
  fi
done
echo "$test: $passed of $runs passed"
[ "$passed" = "$runs" ]
