#!/usr/bin/env bash
# The offline voices compared, in one run: how well a speech recogniser (Debian's PocketSphinx, US
# English) understands each engine's reading of typical ad lines (word error rate: lower is clearer),
# and how fast each speaks (real-time factor: seconds of work per second of speech). Installs what it
# needs from Debian when run as root. Usage: bench/voice.sh
set -euo pipefail
if [ "$(id -u)" = 0 ]; then
  missing=()
  command -v festival >/dev/null || missing+=(festival festvox-us-slt-hts)
  command -v flite >/dev/null || missing+=(flite)
  command -v espeak-ng >/dev/null || missing+=(espeak-ng)
  command -v pocketsphinx_continuous >/dev/null || missing+=(pocketsphinx pocketsphinx-en-us)
  command -v ffmpeg >/dev/null || missing+=(ffmpeg)
  if [ ${#missing[@]} -gt 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") >&2
  fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lines=(
  "Meet Luna Cold Brew."
  "Made for busy professionals."
  "Start every morning with a smooth, naturally sweet ritual."
  "Calm energy without the jitters."
  "Shop now."
  "Your skin deserves better, every single day."
  "Built to last, designed to be loved."
  "The lightest running shoe we have ever made."
  "Fresh ingredients, delivered to your door."
  "Try it free for thirty days."
  "Sleep deeper and wake up ready."
  "Clean water for your whole family."
  "Order today and save twenty percent."
  "A quieter kitchen starts here."
  "Find yours at the store near you."
)
normalise() { tr '[:upper:]' '[:lower:]' | tr -c 'a-z0-9\n ' ' ' | tr -s ' ' | sed 's/^ //;s/ $//'; }
# Word error rate by edit distance over words, summed over all lines.
wer() { python3 -c '
import sys
ref, hyp = sys.argv[1].split(), sys.argv[2].split()
d = [[i + j if i * j == 0 else 0 for j in range(len(hyp) + 1)] for i in range(len(ref) + 1)]
for i in range(1, len(ref) + 1):
    for j in range(1, len(hyp) + 1):
        d[i][j] = min(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + (ref[i-1] != hyp[j-1]))
print(d[len(ref)][len(hyp)], len(ref))' "$1" "$2"; }
speak() { # engine text out.wav
  case "$1" in
    festival-hts) printf '(voice_cmu_us_slt_arctic_hts)\n(utt.save.wave (utt.synth (Utterance Text "%s")) "%s" (quote riff))\n' "$2" "$3" > "$work/s.scm"
                  festival --batch "$work/s.scm" ;;
    flite-slt) flite -voice slt -t "$2" -o "$3" ;;
    espeak-ng) espeak-ng -w "$3" "$2" ;;
  esac
}
printf '%-14s %8s %8s %10s\n' engine WER RTF "speech s"
for engine in festival-hts flite-slt espeak-ng; do
  errors=0 words=0 work_s=0 speech_s=0
  for i in "${!lines[@]}"; do
    out="$work/$engine-$i.wav"
    t0=$(date +%s.%N); speak "$engine" "${lines[$i]}" "$out"; t1=$(date +%s.%N)
    work_s=$(echo "$work_s + $t1 - $t0" | bc -l)
    speech_s=$(echo "$speech_s + $(ffprobe -v error -show_entries format=duration -of csv=p=0 "$out")" | bc -l)
    ffmpeg -v error -y -i "$out" -ar 16000 -ac 1 "$work/r.wav"
    heard=$(pocketsphinx_continuous -infile "$work/r.wav" 2>/dev/null | normalise)
    read -r e n < <(wer "$(echo "${lines[$i]}" | normalise)" "$heard")
    errors=$((errors + e)); words=$((words + n))
  done
  printf '%-14s %7.1f%% %8.3f %10.1f\n' "$engine" "$(echo "100 * $errors / $words" | bc -l)" "$(echo "$work_s / $speech_s" | bc -l)" "$speech_s"
done
