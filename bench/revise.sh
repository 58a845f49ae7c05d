#!/usr/bin/env bash
# Benchmark: what a revision costs against the full generation it revises, offline, in one run on this
# machine. Each round generates the bundled sample (30 s, 16:9, one photo) with `./zapcut generate`, then
# revises that ad twice from the command line: a text-only change (scene 1's on-screen text) and a
# one-scene change (scene 3's picture). All three are whole commands (JVM start included), so the ratios
# compare what a user waits for. Targets: text-only <= 0.3x, one scene <= 0.5x of the generation.
#
#   bench/revise.sh [rounds]      (default 3; medians are reported, and every round's figures)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for tool in bc:bc unzip:unzip; do command -v "${tool%%:*}" >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq "${tool#*:}" >/dev/null; }; done
rounds="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ZAPCUT_HOME="$work/home"
cd "$here"

"$here/zapcut" --version >/dev/null                     # builds on first use, outside the timing
photo="$work/product.png"
unzip -p target/zapcut.jar BOOT-INF/classes/sample/product.png > "$photo"
brief="$(unzip -p target/zapcut.jar BOOT-INF/classes/sample/brief.txt)"
# Warm-up: the first run creates the embedded database and the JVM's class-data archive.
"$here/zapcut" generate --brief "$brief" --image "$photo" --product "Luna Cold Brew" --out "$work/warmup.mp4" >/dev/null

timed() { # runs "$@", keeping its output in $work/out.log; prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/out.log" 2>"$work/err.log" || { cat "$work/out.log" "$work/err.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

gen=(); text=(); scene=()
for i in $(seq "$rounds"); do
  gen+=("$(timed "$here/zapcut" generate --brief "$brief" --image "$photo" --product "Luna Cold Brew" --out "$work/ad.mp4")")
  ad=$(sed -n 's/^ad \([0-9a-f-]*\).*/\1/p' "$work/out.log" | head -1)
  text+=("$(timed "$here/zapcut" revise "$ad" --scene 1 --text "Round $i: calm energy, all day" --out "$work/text.mp4")")
  scene+=("$(timed "$here/zapcut" revise "$ad" --scene 3 --visual "Round $i: the bottle on a sunlit windowsill beside a plant" \
    --out "$work/scene.mp4")")
  printf 'round %d: generate %.1f s, text-only revision %.1f s (%.2fx), one-scene revision %.1f s (%.2fx)\n' "$i" \
    "${gen[-1]}" "${text[-1]}" "$(echo "${text[-1]} / ${gen[-1]}" | bc -l)" "${scene[-1]}" "$(echo "${scene[-1]} / ${gen[-1]}" | bc -l)"
done
g=$(printf '%s\n' "${gen[@]}" | median)
t=$(printf '%s\n' "${text[@]}" | median)
s=$(printf '%s\n' "${scene[@]}" | median)
printf '\nmedian of %d rounds on %d cores:\n' "$rounds" "$(nproc)"
printf '  ./zapcut generate (30 s, 16:9, 1 photo):   %6.1f s\n' "$g"
printf '  ./zapcut revise --scene 1 --text:          %6.1f s   %.2fx   (target <= 0.3)\n' "$t" "$(echo "$t / $g" | bc -l)"
printf '  ./zapcut revise --scene 3 --visual:        %6.1f s   %.2fx   (target <= 0.5)\n' "$s" "$(echo "$s / $g" | bc -l)"
