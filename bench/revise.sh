#!/usr/bin/env bash
# Benchmark: what a revision costs against the full generation it revises, offline, in one run on this
# machine. Each round generates the bundled sample (30 s, 16:9, one photo) with `./zapcut generate`, then
# revises that ad twice from the command line: a text-only change (scene 1's on-screen text) and a
# one-scene change (scene 3's picture). Two figures for each: the job (from the line that starts the
# generation to its "done": what a server's worker spends on it) and the whole command (the JVM, Spring
# and the embedded database starting and stopping included: a fixed few seconds a running server does
# not pay per job). Targets: text-only <= 0.3x, one scene <= 0.5x of the generation.
#
#   bench/revise.sh [rounds]      (default 3; medians are reported, and every round's figures)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/common.sh"
needs_tools bc:bc unzip:unzip
rounds="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ZAPCUT_HOME="$work/home"
cd "$here"

"$here/zapcut" --version >/dev/null                     # builds on first use, outside the timing
sample_inputs target/zapcut.jar "$work"
# Warm-up: the first run creates the embedded database and the JVM's class-data archive.
"$here/zapcut" generate --brief "$brief" --image "$photo" --product "Luna Cold Brew" --out "$work/warmup.mp4" >/dev/null

stamp() { while IFS= read -r line; do printf '%s %s\n' "$(date +%s.%N)" "$line"; done; }
timed() { # runs "$@" with each output line stamped into $work/out.log; prints "<command seconds> <job seconds>"
  local start end job
  start=$(date +%s.%N)
  if ! "$@" 2>"$work/err.log" | stamp >"$work/out.log"; then cat "$work/out.log" "$work/err.log" >&2; exit 1; fi
  end=$(date +%s.%N)
  job=$(awk '$2 == "generation" && !s {s = $1} $3 == "done" {d = $1} END {printf "%.3f", d - s}' "$work/out.log")
  echo "$(echo "$end - $start" | bc -l) $job"
}
m() { printf '%s\n' "$@" | median; }
ratio() { echo "$1 / $2" | bc -l; }

gen=(); text=(); scene=(); genj=(); textj=(); scenej=()
set -o pipefail
for i in $(seq "$rounds"); do
  read -r c j <<< "$(timed "$here/zapcut" generate --brief "$brief" --image "$photo" --product "Luna Cold Brew" --out "$work/ad.mp4")"
  gen+=("$c"); genj+=("$j")
  ad=$(sed -n 's/^[0-9.]* ad \([0-9a-f-]*\).*/\1/p' "$work/out.log" | head -1)
  read -r c j <<< "$(timed "$here/zapcut" revise "$ad" --scene 1 --text "Round $i: calm energy, all day" --out "$work/text.mp4")"
  text+=("$c"); textj+=("$j")
  read -r c j <<< "$(timed "$here/zapcut" revise "$ad" --scene 3 --visual "Round $i: the bottle on a sunlit sill" --out "$work/scene.mp4")"
  scene+=("$c"); scenej+=("$j")
  printf 'round %d  job: generate %.1f s, text %.1f s (%.2fx), scene %.1f s (%.2fx)   command: %.1f s, %.1f s (%.2fx), %.1f s (%.2fx)\n' \
    "$i" "${genj[-1]}" "${textj[-1]}" "$(ratio "${textj[-1]}" "${genj[-1]}")" "${scenej[-1]}" "$(ratio "${scenej[-1]}" "${genj[-1]}")" \
    "${gen[-1]}" "${text[-1]}" "$(ratio "${text[-1]}" "${gen[-1]}")" "${scene[-1]}" "$(ratio "${scene[-1]}" "${gen[-1]}")"
done
g=$(m "${genj[@]}"); t=$(m "${textj[@]}"); s=$(m "${scenej[@]}")
G=$(m "${gen[@]}"); T=$(m "${text[@]}"); S=$(m "${scene[@]}")
printf '\nmedian of %d rounds on %d cores:          job                whole command\n' "$rounds" "$(nproc)"
printf '  ./zapcut generate (30 s, 16:9, 1 photo): %5.1f s            %5.1f s\n' "$g" "$G"
printf '  ./zapcut revise --scene 1 --text:        %5.1f s  %.2fx     %5.1f s  %.2fx   (target <= 0.3)\n' "$t" "$(ratio "$t" "$g")" "$T" "$(ratio "$T" "$G")"
printf '  ./zapcut revise --scene 3 --visual:      %5.1f s  %.2fx     %5.1f s  %.2fx   (target <= 0.5)\n' "$s" "$(ratio "$s" "$g")" "$S" "$(ratio "$S" "$G")"
