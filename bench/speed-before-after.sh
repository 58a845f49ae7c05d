#!/usr/bin/env bash
# Benchmark: `./zapcut generate` of this checkout against the same command at an earlier commit, and a
# bare FFmpeg encode of 30 s of 1080p30 (the same encoder settings as bench/generate-vs-encode.sh), run
# in turn round after round so that all three see the same machine. The figures on a shared 2-core
# machine drift by a third from one minute to the next; only figures from one run compare.
#
#   bench/speed-before-after.sh <commit> [rounds]      (default 3 rounds; medians reported)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
before_rev="${1:?usage: bench/speed-before-after.sh <commit> [rounds]}"
rounds="${2:-3}"
source "$here/bench/common.sh"
needs_tools bc:bc unzip:unzip
work="$(mktemp -d)"
before="$work/before"
trap 'git -C "$here" worktree remove --force "$before" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$here" worktree add -q --detach "$before" "$before_rev"

"$here/zapcut" --version >/dev/null                      # builds each side on first use, outside the timing
"$before/zapcut" --version >/dev/null
sample_inputs "$here/target/zapcut.jar" "$work"
generate() { # <checkout> <home>
  ZAPCUT_HOME="$2" "$1/zapcut" generate --brief "$brief" --image "$photo" --product "Luna Cold Brew" --out "$work/ad.mp4"
}
# Warm-up of each side: the first run creates its embedded database and the JVM's start-up cache.
generate "$here" "$work/home-after" >/dev/null 2>&1
generate "$before" "$work/home-before" >/dev/null 2>&1
ffmpeg="$work/home-after/bin/ffmpeg-4.4.1-amd64"
bare() { bare_encode "$ffmpeg" "$work/bare.mp4"; }
declare -a bw bc aw ac ew ec
for i in $(seq "$rounds"); do
  read -r w c <<< "$(timed_quietly generate "$before" "$work/home-before")"; bw+=("$w"); bc+=("$c")
  read -r w c <<< "$(timed_quietly generate "$here" "$work/home-after")"; aw+=("$w"); ac+=("$c")
  read -r w c <<< "$(timed_quietly bare)"; ew+=("$w"); ec+=("$c")
  printf 'round %d: before %.1f s (%.1f CPU-s), after %.1f s (%.1f CPU-s), bare encode %.1f s (%.1f CPU-s)\n' "$i" \
    "${bw[-1]}" "${bc[-1]}" "${aw[-1]}" "${ac[-1]}" "${ew[-1]}" "${ec[-1]}"
done
m() { printf '%s\n' "$@" | median; }
B=$(m "${bw[@]}") A=$(m "${aw[@]}") E=$(m "${ew[@]}") BC=$(m "${bc[@]}") AC=$(m "${ac[@]}") EC=$(m "${ec[@]}")
printf '\nmedians of %d rounds on %d cores (before = %s):\n' "$rounds" "$(nproc)" "$(git -C "$here" rev-parse --short "$before_rev")"
printf '  bare encode:  %5.1f s  %5.1f CPU-s\n' "$E" "$EC"
printf '  before:       %5.1f s  %5.1f CPU-s   ratio to bare encode %.2f\n' "$B" "$BC" "$(echo "$B / $E" | bc -l)"
printf '  after:        %5.1f s  %5.1f CPU-s   ratio to bare encode %.2f   (target <= 1.5)\n' "$A" "$AC" "$(echo "$A / $E" | bc -l)"
