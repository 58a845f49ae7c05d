#!/usr/bin/env bash
# Benchmark: how much of issue 18's speed budget (a whole `./zapcut generate` at <= 1.5x a bare encode) is
# spent before Zapcut does any work of its own. In one run, on this machine:
#   - the bare encode as bench/generate-vs-encode.sh times it (test pattern made by FFmpeg, x264 with the
#     delivery settings, VideoEncoding.DEFAULT);
#   - x264 alone, with the same settings, on the finished ad's own pictures: the CPU of encoding them from a
#     lossless copy (FFV1, made beforehand, untimed) less the CPU of only decoding that copy. That is what
#     any composition of these pictures must spend on the encoder, however cheaply its pictures were made.
#     The same measure on the test pattern checks the method against the bare encode;
#   - the whole generation, for comparison (wall and CPU, FFmpeg and voice children included);
#   - the command's start-up: from launch to the first line the generation prints (JVM, Spring, database),
#     wall time and the JVM's CPU time by then.
# CPU seconds are the figure that decides here: on two cores every stage of a generation already runs with
# both cores busy (docs/decisions.md), so wall time follows CPU time. The floor is (x264 on the ad's pictures
# + start-up) / bare encode, in CPU seconds; what is left up to 1.5x is the budget for everything else:
# agents, keyframes, voice, music, brand checks, the layers' motion, mux and the quality record.
#
#   bench/speed-floor.sh [runs]      (default 3 runs of each; medians are reported)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/common.sh"
needs_tools bc:bc unzip:unzip
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ZAPCUT_HOME="$work/home"
cd "$here"

"$here/zapcut" --version >/dev/null                     # builds on first use, outside the timing
sample_inputs target/zapcut.jar "$work"
generate() { "$here/zapcut" generate --brief "$brief" --image "$photo" --product "Luna Cold Brew" --out "$work/ad.mp4" "$@"; }
generate >/dev/null                                      # warm-up: database, class-data archive, the ad itself
ffmpeg="$ZAPCUT_HOME/bin/ffmpeg-4.4.1-amd64"

# Lossless copies of the ad's pictures and of 30 s of the test pattern. FFV1, not raw frames: its decoder reuses
# frame buffers, where raw frames read from a file cost this VM a page fault per 4 KB: the encode took 35-57 % more CPU.
"$ffmpeg" -hide_banner -nostdin -loglevel error -y -i "$work/ad.mp4" -map 0:v:0 -c:v ffv1 "$work/ad.mkv"
"$ffmpeg" -hide_banner -nostdin -loglevel error -y -f lavfi -i testsrc2=size=1920x1080:rate=30 -t 30 -c:v ffv1 "$work/pattern.mkv"

startup() { # wall seconds from launch to the generation's first line of progress, and the JVM's CPU seconds by then
  local t0 line pid tick
  tick=$(getconf CLK_TCK)
  t0=$(date +%s.%N)
  while IFS= read -r line; do
    if [[ "$line" == "generation starting"* ]]; then
      local at; at=$(date +%s.%N)
      pid=$(pgrep -n -f "zapcut.jar generate")
      echo "$(echo "$at - $t0" | bc) $(awk -v t="$tick" '{printf "%.2f", ($14 + $15) / t}' "/proc/$pid/stat")"
    fi
  done < <(generate 2>/dev/null)
}
bare() { bare_encode "$ffmpeg" "$work/bare.mp4"; }
encode() { "$ffmpeg" -hide_banner -nostdin -y -i "$work/$1.mkv" "${X264_DELIVERY[@]}" "$work/$1_again.mp4"; }
decode() { "$ffmpeg" -hide_banner -nostdin -y -i "$work/$1.mkv" -f null -; }
m() { echo "$1" | tr ' ' '\n' | grep . | median; }

gen_wall=""; gen_cpu=""; bare_wall=""; bare_cpu=""; ad_cpu=""; pattern_cpu=""; up_wall=""; up_cpu=""
for i in $(seq "$runs"); do
  read -r w c <<< "$(timed_quietly generate)"; gen_wall+="$w "; gen_cpu+="$c "
  read -r w c <<< "$(timed_quietly bare)"; bare_wall+="$w "; bare_cpu+="$c "
  read -r _ e <<< "$(timed_quietly encode ad)"; read -r _ d <<< "$(timed_quietly decode ad)"; ad_cpu+="$(echo "$e - $d" | bc) "
  read -r _ e <<< "$(timed_quietly encode pattern)"; read -r _ d <<< "$(timed_quietly decode pattern)"; pattern_cpu+="$(echo "$e - $d" | bc) "
  read -r w c <<< "$(startup)"; up_wall+="$w "; up_cpu+="$c "
  printf 'run %d: generate %s s (%s CPU-s); bare %s s (%s CPU-s); x264 CPU-s on the ad %s, on the pattern %s; start-up %.2f s (%s CPU-s)\n' "$i" \
    "$(echo $gen_wall | awk '{print $NF}')" "$(echo $gen_cpu | awk '{print $NF}')" "$(echo $bare_wall | awk '{print $NF}')" "$(echo $bare_cpu | awk '{print $NF}')" "$(echo $ad_cpu | awk '{print $NF}')" \
    "$(echo $pattern_cpu | awk '{print $NF}')" "$w" "$c"
done
gw=$(m "$gen_wall"); gc=$(m "$gen_cpu"); bw=$(m "$bare_wall"); bc_=$(m "$bare_cpu"); ac=$(m "$ad_cpu"); pc=$(m "$pattern_cpu"); uw=$(m "$up_wall"); uc=$(m "$up_cpu")
printf '\nmedian of %d runs on %d cores:\n' "$runs" "$(nproc)"
printf '  ./zapcut generate (30 s, 16:9, voice, captions):  %5.1f s, %5.1f CPU-s (%.2fx the bare encode)\n' "$gw" "$gc" "$(echo "$gw / $bw" | bc -l)"
printf '  bare encode, as generate-vs-encode.sh runs it:     %5.1f s, %5.1f CPU-s\n' "$bw" "$bc_"
printf '  x264 alone on the test pattern (method check):              %5.1f CPU-s\n' "$pc"
printf '  x264 alone on the ad'"'"'s pictures:                             %5.1f CPU-s\n' "$ac"
printf '  start-up to the first line of progress:            %5.2f s, %5.1f CPU-s (JVM)\n' "$uw" "$uc"
# The subtraction can undercount x264 (the pattern's figure lands below the bare encode's CPU, which makes
# the same pictures): the floor uses the ad-to-pattern ratio of the same method, applied to the bare encode.
ratio=$(echo "$ac / $pc" | bc -l)
printf '  x264 on the ad / on the pattern (same method):     %5.2f\n' "$ratio"
printf '  floor, x264 on the ad + start-up, / bare (CPU):    %5.2f\n' "$(echo "$ratio + $uc / $bc_" | bc -l)"
printf '  left under 1.5x for all the rest:                           %5.1f CPU-s\n' "$(echo "(1.5 - $ratio) * $bc_ - $uc" | bc -l)"
printf '  all the rest today (generate - x264 - start-up):            %5.1f CPU-s\n' "$(echo "$gc - $ratio * $bc_ - $uc" | bc -l)"
