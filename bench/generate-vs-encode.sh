#!/usr/bin/env bash
# Benchmark: `./zapcut generate` of a 30 s 16:9 ad against a bare FFmpeg encode of 30 s of 1080p30
# test pattern with the same encoder settings (VideoEncoding.DEFAULT), in one run, on this machine.
# Prints both wall times, their ratio (target <= 1.5, issue 18), the CPU seconds (user + sys) each side used
# (a steadier figure than wall time when other work shares the machine) and the peak memory of the
# generation's whole process tree (JVM + embedded PostgreSQL + FFmpeg children), sampled every 200 ms
# in an extra run. (The generation's composition pieces run two at a time with one encoder thread
# each on two cores, where the bare encode has x264's default thread pool to itself: see docs/decisions.md.)
#
#   bench/generate-vs-encode.sh [runs]      (default 3 runs of each; the median is reported)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/common.sh"
needs_tools pstree:psmisc bc:bc unzip:unzip
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ZAPCUT_HOME="$work/home"
cd "$here"

"$here/zapcut" --version >/dev/null                     # builds on first use, outside the timing
sample_inputs target/zapcut.jar "$work"

# Warm-up: the first run creates the embedded database and the JVM's class-data archive.
"$here/zapcut" generate --brief "$brief" --image "$photo" --product "Luna Cold Brew" --out "$work/warmup.mp4" >/dev/null
ffmpeg="$ZAPCUT_HOME/bin/ffmpeg-4.4.1-amd64"

now() { date +%s.%N; }
tree_rss_kb() { # resident memory (KB) of a process and all its descendants; 0 once it is gone
  local pids
  pids=$(pstree -p "$1" 2>/dev/null | grep -o '([0-9]\+)' | tr -d '()' | paste -sd, -) || true
  [ -n "$pids" ] || { echo 0; return; }
  { ps -o rss= -p "$pids" 2>/dev/null || true; } | awk '{s+=$1} END {print s+0}'
}
peak_of() { # runs "$@" while sampling its process tree; prints the peak resident memory in KB
  local peak=0 rss pid
  "$@" >/dev/null 2>"$work/err.log" & pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(tree_rss_kb "$pid"); [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.2
  done
  wait "$pid" || { cat "$work/err.log" >&2; exit 1; }
  echo "$peak"
}
generate() { "$here/zapcut" generate --brief "$brief" --image "$photo" --product "Luna Cold Brew" --out "$work/ad.mp4"; }
bare() { bare_encode "$ffmpeg" "$work/bare.mp4"; }

# Timed runs are not sampled (sampling costs CPU on two cores); memory gets a run of its own.
gen_times=(); enc_times=(); gen_cpu=(); enc_cpu=()
for i in $(seq "$runs"); do
  t=$(timed_quietly generate) || exit 1; read -r wall cpu <<< "$t"; gen_times+=("$wall"); gen_cpu+=("$cpu")
  t=$(timed_quietly bare) || exit 1; read -r wall cpu <<< "$t"; enc_times+=("$wall"); enc_cpu+=("$cpu")
  printf 'run %d: generate %.1f s (%.1f CPU-s), bare encode %.1f s (%.1f CPU-s)\n' "$i" "${gen_times[-1]}" "${gen_cpu[-1]}" \
    "${enc_times[-1]}" "${enc_cpu[-1]}"
done
peak=$(peak_of generate)
gen=$(printf '%s\n' "${gen_times[@]}" | median)
enc=$(printf '%s\n' "${enc_times[@]}" | median)
gcpu=$(printf '%s\n' "${gen_cpu[@]}" | median)
ecpu=$(printf '%s\n' "${enc_cpu[@]}" | median)
printf '\nmedian of %d runs on %d cores:\n' "$runs" "$(nproc)"
printf '  ./zapcut generate (30 s, 16:9, 1 photo): %6.1f s\n' "$gen"
printf '  bare ffmpeg encode (30 s 1080p30):        %6.1f s\n' "$enc"
printf '  ratio generate / bare encode:             %6.2f   (target <= 1.5)\n' "$(echo "$gen / $enc" | bc -l)"
printf '  CPU seconds (user+sys), generate / bare:  %6.1f / %.1f = %.2f\n' "$gcpu" "$ecpu" "$(echo "$gcpu / $ecpu" | bc -l)"
printf '  peak memory of the generation (tree):     %6d MB (separate, sampled run)\n' $((peak / 1024))
