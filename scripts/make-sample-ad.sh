#!/usr/bin/env bash
# Remakes studio/src/assets/sample-ad.mp4, the sample ad on the studio's first screen. It is a real ad
# from Zapcut's offline pipeline: the bundled sample brief and photo (what `./zapcut demo` renders),
# 15 s in 16:9, then scaled to 640x360 and encoded small for the web (H.264, no sound: it plays muted).
# Run from anywhere: scripts/make-sample-ad.sh. Needs what ./zapcut needs; uses the bundled FFmpeg.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$here/zapcut" generate --brief "$(cat "$here/src/main/resources/sample/brief.txt")" \
  --image "$here/src/main/resources/sample/product.png" --product "Luna Cold Brew" \
  --duration 15 --aspect 16:9 --out "$work/ad.mp4"

ffmpeg="${ZAPCUT_FFMPEG:-}"
if [ -z "$ffmpeg" ]; then
  ffmpeg="$(ls "${ZAPCUT_HOME:-$HOME/.zapcut}"/bin/ffmpeg-* | head -n 1)"   # extracted by the run above
fi
# Web playback: yuv420p main profile, moov atom first (plays while it loads), a key frame every 2 s.
# A light denoise takes out the backdrop's dither grain, which costs many bits at this size and is invisible.
"$ffmpeg" -hide_banner -loglevel error -y -i "$work/ad.mp4" -an \
  -vf "scale=640:360:flags=lanczos,hqdn3d=2:2:3:3,format=yuv420p" \
  -c:v libx264 -preset veryslow -crf 28 -profile:v main -g 60 -movflags +faststart \
  -metadata title="Luna Cold Brew | Zapcut sample ad" "$here/studio/src/assets/sample-ad.mp4"
ls -l "$here/studio/src/assets/sample-ad.mp4"
