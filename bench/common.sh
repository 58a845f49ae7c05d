# Sourced by the generation benchmarks (generate-vs-encode.sh, speed-before-after.sh, speed-floor.sh,
# revise.sh): what they share, so each measures the same way. Expects $work (a scratch folder) to be set
# before timed_quietly runs.

# The plain x264 encode every generation benchmark compares with: 30 s of 1080p30 test pattern made by
# FFmpeg, encoded with the delivery settings (VideoEncoding.DEFAULT).
X264_DELIVERY=(-c:v libx264 -preset veryfast -crf 20 -profile:v high -pix_fmt yuv420p -r 30 -g 60 -movflags +faststart)
bare_encode() { # <ffmpeg> <out.mp4>
  "$1" -hide_banner -nostdin -y -f lavfi -i testsrc2=size=1920x1080:rate=30 -t 30 "${X264_DELIVERY[@]}" "$2"
}

needs_tools() { # <command>:<Debian package> ...: installs what is missing when this runs as root
  local tool
  for tool in "$@"; do
    command -v "${tool%%:*}" >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq "${tool#*:}" >/dev/null; }
  done
}

sample_inputs() { # <zapcut.jar> <folder>: sets $photo (the bundled product photo, written there) and $brief
  photo="$2/product.png"
  unzip -p "$1" BOOT-INF/classes/sample/product.png > "$photo"
  brief="$(unzip -p "$1" BOOT-INF/classes/sample/brief.txt)"
}

timed_quietly() { # runs "$@" quietly; prints its wall time and its CPU seconds (user + sys of every process it
  # waited for, FFmpeg children included; the embedded database server runs detached and is not counted)
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" >/dev/null 2>"$work/err.log"; } 2>&1 ) || { cat "$work/err.log" >&2; exit 1; }
  echo "$t" | awk '{printf "%s %.2f\n", $1, $2 + $3}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
