#!/usr/bin/env bash
# Benchmark: one generation with every capability on a remote provider (Anthropic, OpenAI Images,
# Replicate video and music), all served by WireMock with the seed's latencies divided by 100
# (LLM 225 ms, image 112 ms, video 1.5 s a scene, music 0.9 s). Prints the pipeline's wall time
# against the critical path of the stage graph (each stage at its measured duration; target
# <= 1.15x) and the five scenes run in parallel from their keyframes against the same scenes run one
# after another (parallelism 1, the seed's sequential chain).
#
#   bench/remote-providers.sh [ad seconds: 15|30|60]     (default 15)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
source scripts/jdk.sh
command -v ffprobe >/dev/null || { echo "bench: needs ffprobe (apt-get install ffmpeg)" >&2; exit 1; }
mvn -B -q -o test -Dtest=RemoteProvidersBench -Dsurefire.failIfNoSpecifiedTests=false -Dzapcut.bench=true \
    -Dzapcut.bench.duration="${1:-15}" 2>&1 | grep -vE '^(WARNING|\[INFO\])' | grep -vE ' (INFO|WARN) ' || true
